import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf, Result } from '../messages';
import { detectLocale } from '../i18n/format';
import { translate } from '../i18n/runtime';

// A structural check rather than the zod schema: content scripts must stay small, and the
// background built this envelope itself.
function isResult(raw: unknown): raw is Result<unknown> {
  if (!raw || typeof raw !== 'object' || !('ok' in raw)) return false;
  if (raw.ok === true) return 'data' in raw;
  return raw.ok === false && 'error' in raw && !!raw.error && typeof raw.error === 'object' && 'message' in raw.error;
}

const RETRY_DELAYS_MS = [50, 250, 1000];

function unreachable(): Result<never> {
  return { ok: false, error: { code: 'unreachable', message: translate(detectLocale(navigator.languages), 'error.unreachable') } };
}

/**
 * Sends one message to the background. MV3 stops the service worker when idle; the first message
 * after that can fail while it starts again, so a failed delivery is retried a few times. Writes are
 * idempotent on the background side, so a retry never duplicates anything.
 */
export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const raw: unknown = await browser.runtime.sendMessage({ cmsk: 1, type, data });
      if (isResult(raw)) return raw as Result<ResponseOf<T>>;
    } catch {
      // Receiving end does not exist yet: the worker is starting.
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) return unreachable();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** For UI code that prefers exceptions: throws the user-facing error. */
export class RequestFailed extends Error {
  constructor(readonly error: Extract<Result<unknown>, { ok: false }>['error']) {
    super(error.message);
  }
}

export async function request<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const result = await sendMessage(type, data);
  if (!result.ok) throw new RequestFailed(result.error);
  return result.data;
}
