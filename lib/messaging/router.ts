import { EnvelopeSchema, isMessageType, protocol, type AppError, type MessageType, type Origin, type ParsedRequestOf, type ResponseOf, type Result } from '../messages';
import { translate, type Locale } from '../i18n';
import { describeIssues } from '../zod-issues';
import { isQuotaError, UserError } from './errors';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface HandlerContext {
  origin: Origin;
  sender: SenderInfo;
  locale: Locale;
}

export type Handlers = {
  [T in MessageType]: (data: ParsedRequestOf<T>, ctx: HandlerContext) => Promise<ResponseOf<T>>;
};

export interface RouterOptions {
  extensionId: string;
  /** chrome-extension://<id>/ (or moz-extension://<uuid>/): the prefix of our own pages. */
  extensionOrigin: string;
  locale: () => Promise<Locale> | Locale;
  onError?: (error: unknown, type: string) => void;
}

/** Hosts our content scripts run on; a content-script sender elsewhere is not ours to trust. */
const SUPPORTED_HOSTS = new Set(['x.com', 'twitter.com', 'www.facebook.com']);

export function isSupportedSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && SUPPORTED_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** Tells our pages from our content scripts; null for anything else. */
export function classifySender(sender: SenderInfo, opts: Pick<RouterOptions, 'extensionId' | 'extensionOrigin'>): Origin | null {
  if (sender.id !== opts.extensionId) return null;
  // Our own pages may sit in a tab too (the options page), so the URL decides, not the tab.
  if (sender.url?.startsWith(opts.extensionOrigin)) return 'page';
  // A content script reports the frame it runs in; it must be on a supported site.
  return sender.tab && isSupportedSiteUrl(sender.url) ? 'content' : null;
}

/**
 * Returns the runtime.onMessage listener. Nothing reaches a handler unless the sender is
 * ours, the message is in the protocol, this sender may send it, and zod accepts its data.
 * Messages from other extensions get no answer at all.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown> | undefined> {
    const origin = classifySender(sender, opts);
    if (sender.id !== opts.extensionId) return undefined;
    const locale = await opts.locale();
    const fail = (code: AppError['code'], key: Parameters<typeof translate>[1], details?: AppError['details'], params?: Record<string, string | number>): Result<never> => ({
      ok: false,
      error: details ? { code, message: translate(locale, key, params), details } : { code, message: translate(locale, key, params) },
    });
    if (!origin) return fail('forbidden', 'error.forbidden');

    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return fail('bad-request', 'error.bad-request');
    const { type, data } = envelope.data;
    if (!isMessageType(type)) return fail('unknown-message', 'error.unknown-message');
    const spec = protocol[type];
    if (!(spec.from as readonly Origin[]).includes(origin)) return fail('forbidden', 'error.forbidden');

    const parsed = spec.request.safeParse(data, { reportInput: true });
    if (!parsed.success) return fail('bad-request', 'error.bad-request', describeIssues(locale, parsed.error.issues));

    try {
      const handler = handlers[type] as (data: unknown, ctx: HandlerContext) => Promise<unknown>;
      const result = await handler(parsed.data, { origin, sender, locale });
      return { ok: true, data: result };
    } catch (error) {
      if (error instanceof UserError) return fail(error.code, error.messageKey, error.details, error.params);
      if (isQuotaError(error)) return fail('quota', 'error.quota');
      opts.onError?.(error, type);
      return fail('internal', 'error.internal');
    }
  };
}

export type { MessageType };
