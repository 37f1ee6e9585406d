import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="cmsk-empty" role="note">
      <svg class="cmsk-empty__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M4 5h16v11H7l-3 3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
      </svg>
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </div>
  );
}
