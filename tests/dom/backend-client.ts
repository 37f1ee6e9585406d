// A messaging client for DOM tests that talks to a real background: the real router and
// handlers over fake-indexeddb. What a view sends is checked and answered as in the browser.
import type { MessageType, Result } from '@/lib/messages';
import { createTestBackend } from '../helpers/backend';

export type Backend = Awaited<ReturnType<typeof createTestBackend>>;

export const wire = {
  backend: null as null | { send: (type: never, data: never) => Promise<unknown> },
  sent: [] as Array<{ type: string; data: unknown }>,
};

export async function connect(opts: Parameters<typeof createTestBackend>[0] = {}): Promise<Backend> {
  const backend = await createTestBackend(opts);
  wire.backend = backend as never;
  wire.sent.length = 0;
  return backend;
}

export function sentOf(type: MessageType): unknown[] {
  return wire.sent.filter((m) => m.type === type).map((m) => m.data);
}

/** The body of vi.mock('@/lib/messaging/client', …): the real RequestFailed, a sendMessage into the backend. */
export async function mockClient(importOriginal: () => Promise<typeof import('@/lib/messaging/client')>) {
  const actual = await importOriginal();
  const sendMessage = async (type: MessageType, data: unknown): Promise<Result<unknown>> => {
    wire.sent.push({ type, data });
    if (!wire.backend) throw new Error('connect() the test backend first');
    return (await wire.backend.send(type as never, data as never)) as Result<unknown>;
  };
  const request = async (type: MessageType, data: unknown) => {
    const result = await sendMessage(type, data);
    if (!result.ok) throw new actual.RequestFailed(result.error);
    return result.data;
  };
  return { ...actual, sendMessage, request };
}
