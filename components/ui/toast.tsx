import { signal } from '@preact/signals';
import { t } from '@/lib/state/i18n';

interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

export const toasts = signal<Toast[]>([]);
let nextId = 1;
const UNDO_WINDOW_MS = 8_000;

/** Shows a short message; with `undo`, the CM gets an Undo button for a few seconds. */
export function showToast(text: string, opts: { kind?: Toast['kind']; undo?: () => void } = {}): void {
  const toast: Toast = { id: nextId++, text, kind: opts.kind ?? 'info', ...(opts.undo ? { undo: opts.undo } : {}) };
  toasts.value = [...toasts.value.slice(-2), toast];
  setTimeout(() => dismiss(toast.id), UNDO_WINDOW_MS);
}

function dismiss(id: number): void {
  toasts.value = toasts.value.filter((x) => x.id !== id);
}

export function Toasts() {
  return (
    <div class="cmsk-toasts" role="status" aria-live="polite">
      {toasts.value.map((toast) => (
        <div key={toast.id} class={`cmsk-toast cmsk-toast--${toast.kind}`}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" class="cmsk-btn cmsk-btn--link" onClick={() => { toast.undo?.(); dismiss(toast.id); }}>
              {t('common.undo')}
            </button>
          )}
          <button type="button" class="cmsk-btn cmsk-btn--icon" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
