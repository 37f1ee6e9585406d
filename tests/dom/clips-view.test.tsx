// The library view over the real router and fake-indexeddb: rows with their fields, page text
// as text, search, the virtualised list (only visible rows in the DOM), editing, delete + undo.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipsView } from '../../components/options/clips-view';
import { Toasts } from '../../components/ui/toast';
import { settings } from '../../lib/state/settings';
import { CONTENT_SENDER, createTestBackend, PAGE_SENDER } from '../helpers/backend';
import { makePost } from '../unit/clips/make-clip';

type Backend = Awaited<ReturnType<typeof createTestBackend>>;
let backend: Backend;

vi.mock('../../lib/messaging/client', async () => {
  class RequestFailed extends Error {
    constructor(readonly error: { code: string; message: string }) {
      super(error.message);
    }
  }
  return {
    RequestFailed,
    sendMessage: (type: Parameters<Backend['send']>[0], data: never) => backend.send(type, data, PAGE_SENDER),
    request: async (type: Parameters<Backend['send']>[0], data: never) => {
      const result = await backend.send(type, data, PAGE_SENDER);
      if (!result.ok) throw new RequestFailed(result.error);
      return result.data;
    },
  };
});

const XSS = 'Test <script>alert(1)</script> et <img src=x onerror=alert(1)>';

beforeEach(async () => {
  let tick = Date.parse('2026-12-01T09:00:00.000Z');
  backend = await createTestBackend({ seed: true, now: () => new Date((tick += 60_000)) });
  const s = await backend.send('settings/get', {});
  settings.value = s.ok ? s.data : null;
});

afterEach(() => {
  cleanup();
});

async function seed(count: number, extra: Array<Parameters<typeof makePost>[0]> = []): Promise<void> {
  for (let i = 0; i < count; i++) await backend.send('clips/save', { post: makePost({ text: `Post numéro ${i}` }) }, CONTENT_SENDER);
  for (const overrides of extra) await backend.send('clips/save', { post: makePost(overrides), details: { tags: ['crise'], note: 'À relancer' } }, CONTENT_SENDER);
}

describe('ClipsView', () => {
  it('shows the empty state with no clips', async () => {
    render(<ClipsView />);
    await screen.findByText('No saved posts yet');
  });

  it('lists clips newest first as text, and renders only the rows in view', async () => {
    await seed(300, [{ text: XSS, authorName: 'Sécu <b>Test</b>' }]);
    const { container } = render(<ClipsView />);
    await screen.findByText('301 of 301 saved posts');
    const rows = container.querySelectorAll('.cmsk-clip');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.textContent).toContain(XSS);
    expect(rows[0]?.textContent).toContain('Sécu <b>Test</b>');
    expect(rows[0]?.textContent).toContain('crise');
    expect(rows[0]?.textContent).toContain('À relancer');
    expect(container.querySelectorAll('script, b, img')).toHaveLength(0);
  });

  it('searches accent-blind and edits, deletes and restores a clip', async () => {
    await seed(5, [{ text: 'Remboursement toujours pas arrivé', authorName: 'Jordan Smith' }]);
    const { container } = render(<><ClipsView /><Toasts /></>);
    await screen.findByText('6 of 6 saved posts');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'ARRIVE' } });
    await screen.findByText('1 of 6 saved posts');
    const row = container.querySelector('.cmsk-clip') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit post by Jordan Smith' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.input(within(dialog).getByLabelText('Competitor'), { target: { value: 'Acme' } });
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(container.querySelector('.cmsk-clip__competitor')?.textContent).toBe('Acme'));
    fireEvent.click(within(container.querySelector('.cmsk-clip') as HTMLElement).getByRole('button', { name: 'Delete post by Jordan Smith' }));
    await screen.findByText('1 saved post(s) deleted.');
    expect(await backend.db.count('clips')).toBe(5);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    await waitFor(async () => expect(await backend.db.count('clips')).toBe(6));
    await screen.findByText('1 of 6 saved posts');
    expect((await backend.db.getAll('clips')).find((c) => c.authorName === 'Jordan Smith')?.competitor).toBe('Acme');
  });
});
