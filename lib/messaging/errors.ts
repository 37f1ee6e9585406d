import type { ErrorCode, ErrorDetail } from '../messages';
import type { MessageKey, Params } from '../i18n';

/**
 * Thrown by handlers for failures the CM should read about. The router turns it into
 * `{ok:false, error}` with the message in the user's language.
 */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params?: Params,
    readonly details?: ErrorDetail[],
  ) {
    super(messageKey);
    this.name = 'UserError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = 'name' in error ? String(error.name) : '';
  const inner = 'inner' in error ? (error as { inner: unknown }).inner : undefined;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}
