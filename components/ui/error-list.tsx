import type { ErrorDetail } from '@/lib/messages';

/** Which records are wrong and why; paths are shown as code so "templates[3].title" reads clearly. */
export function ErrorList({ title, errors }: { title: string; errors: readonly ErrorDetail[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="cmsk-alert cmsk-alert--error" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.path && <code>{e.path}</code>} {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
