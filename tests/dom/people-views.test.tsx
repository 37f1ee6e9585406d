// Options → People and Options → Activity over a real background: search and filters, edit,
// delete with Undo, merge, the CSV file, and the activity counts with their table.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '@/lib/schema/settings';
import { locale } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { CONTENT_SENDER } from '../helpers/backend';
import { makePost } from '../unit/clips/make-clip';
import { connect, type Backend } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));
const downloads: Array<{ name: string; content: string }> = [];
vi.mock('@/components/options/clips/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/components/options/clips/download')>()),
  downloadFile: (name: string, _type: string, content: string) => downloads.push({ name, content }),
}));

const { PeopleView } = await import('@/components/options/people-view');
const { ActivityView } = await import('@/components/options/activity-view');
const { Toasts, toasts } = await import('@/components/ui/toast');

let backend: Backend;
const NOW = new Date();
beforeEach(async () => {
  backend = await connect({ now: () => NOW });
  downloads.length = 0;
  toasts.value = [];
  locale.value = 'en';
  settings.value = SettingsSchema.parse({ brands: [{ id: 'brand-default', name: 'My brand' }], activeBrandId: 'brand-default' });
  await backend.send('people/upsert', { site: 'x', key: 'jsmith', displayName: 'Jordan Smith', segment: 'engaged', tags: ['vip'], note: '=HYPERLINK("evil")', addInteraction: { kind: 'reply', at: NOW.toISOString(), detail: 'Retard de livraison' } });
  await backend.send('people/upsert', { site: 'x', key: 'jordan_s', displayName: 'Jordan S.', note: 'Ancien compte' });
  await backend.send('people/upsert', { site: 'facebook', key: 'marie.dupont', displayName: 'Marie Dupont', note: 'Ambassadrice' });
});
afterEach(cleanup);

const rowNames = () => screen.getAllByRole('row').slice(1).map((r) => within(r).queryByRole('rowheader')?.textContent ?? '');

describe('PeopleView', () => {
  it('searches and filters by segment and site', async () => {
    render(<PeopleView />);
    await screen.findByText('3 of 3 people');
    fireEvent.input(screen.getByLabelText('Search people'), { target: { value: 'ambassadrice' } });
    await waitFor(() => expect(rowNames()).toEqual(['Marie Dupont marie.dupont']));
    fireEvent.input(screen.getByLabelText('Search people'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Segment'), { target: { value: 'engaged' } });
    await waitFor(() => expect(rowNames()).toEqual(['Jordan Smith @jsmith']));
    fireEvent.change(screen.getByLabelText('Segment'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'facebook' } });
    await waitFor(() => expect(screen.getByText('1 of 3 people')).toBeTruthy());
  });

  it('deletes with Undo, which puts the record back with its timeline', async () => {
    render(<><PeopleView /><Toasts /></>);
    await screen.findByText('3 of 3 people');
    const row = screen.getByRole('rowheader', { name: /Jordan Smith/u }).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await screen.findByText('2 of 2 people');
    expect(await backend.db.get('authors', 'x:jsmith')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('3 of 3 people');
    expect((await backend.db.get('authors', 'x:jsmith'))?.interactions).toHaveLength(1);
  });

  it('merges a duplicate into another person', async () => {
    render(<><PeopleView /><Toasts /></>);
    await screen.findByText('3 of 3 people');
    const row = screen.getByRole('rowheader', { name: /Jordan S\./u }).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Merge into…' }));
    fireEvent.change(within(row).getByLabelText('Merge Jordan S. into'), { target: { value: 'x:jsmith' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Merge' }));
    await screen.findByText('2 of 2 people');
    expect((await backend.db.get('authors', 'x:jsmith'))?.note).toBe('=HYPERLINK("evil")\n\nAncien compte');
  });

  it('edits a person in place', async () => {
    render(<PeopleView />);
    await screen.findByText('3 of 3 people');
    const row = screen.getByRole('rowheader', { name: /Marie Dupont/u }).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit' });
    fireEvent.change(within(form).getByLabelText('Segment'), { target: { value: 'veteran' } });
    fireEvent.input(within(form).getByLabelText('Tags (comma separated)'), { target: { value: 'ambassador, press' } });
    fireEvent.submit(form);
    await waitFor(async () => expect((await backend.db.get('authors', 'facebook:marie.dupont'))?.tags).toEqual(['ambassador', 'press']));
    expect((await backend.db.get('authors', 'facebook:marie.dupont'))?.segment).toBe('veteran');
  });

  it('exports CSV with a BOM and formula-safe cells', async () => {
    render(<PeopleView />);
    await screen.findByText('3 of 3 people');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads).toHaveLength(1);
    const csv = downloads[0]!.content;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""evil"")"`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});

describe('ActivityView', () => {
  it('counts replies by template and by site, with a table behind each chart', async () => {
    const used = await backend.send('templates/save', { title: 'Merci', body: 'Merci !' });
    if (!used.ok) throw new Error(used.error.message);
    await backend.send('templates/used', { id: used.data.id, useId: 'u1', author: { site: 'facebook', key: 'marie.dupont', name: 'Marie Dupont' } }, CONTENT_SENDER);
    render(<ActivityView />);
    const replies = await screen.findByRole('table', { name: 'Replies by template' });
    expect(within(replies).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Merci1', 'Retard de livraison1']);
    const sites = screen.getByRole('table', { name: 'Replies by site' });
    expect(within(sites).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Facebook1', 'X1']);
    expect(screen.getByRole('img', { name: 'Replies inserted: 2 in total' })).toBeTruthy();
    const weekly = screen.getByRole('table', { name: 'Replies inserted' });
    expect(within(weekly).getAllByRole('row')).toHaveLength(13);
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'day' } });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Replies inserted' })).getAllByRole('row')).toHaveLength(15));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads[0]!.content.startsWith('\uFEFF')).toBe(true);
  });
});

describe('saved posts in People and Activity', () => {
  async function saveSome() {
    const menu = makePost({ text: 'Nouvelle carte d’automne disponible dès demain !' });
    const rival = makePost({ authorHandle: 'bistrot_rival', authorName: 'Bistrot Rival', text: 'Happy hour tous les jeudis' });
    await backend.send('clips/save', { post: menu }, CONTENT_SENDER);
    await backend.send('clips/save', { post: rival, details: { competitor: 'Bistrot Rival' } }, CONTENT_SENDER);
    // Saved again, and seen again in the feed: neither is another saved post anywhere.
    await backend.send('clips/save', { post: menu }, CONTENT_SENDER);
    await backend.send('clips/samples', { site: 'x', samples: [{ postId: menu.postId, counts: { ...menu.counts, likes: 50 } }] }, CONTENT_SENDER);
  }

  it('lists the author of a saved post with the post on their timeline', async () => {
    await saveSome();
    render(<PeopleView />);
    await screen.findByText('5 of 5 people');
    const row = screen.getByRole('rowheader', { name: /Café Lumière/u }).closest('tr')!;
    expect(within(row).getByRole('listitem').textContent).toBe('Post saved: Nouvelle carte d’automne disponible dès demain !');
    expect(within(row).getAllByRole('cell')[4]?.textContent).toMatch(/^1 · /u);
  });

  it('counts each saved post once, by competitor, and never as a reply', async () => {
    await saveSome();
    render(<ActivityView />);
    const byCompetitor = await screen.findByRole('table', { name: 'Posts saved by competitor' });
    expect(within(byCompetitor).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Bistrot Rival1', 'No competitor1']);
    expect(screen.getByRole('img', { name: 'Posts saved: 2 in total' })).toBeTruthy();
    // Only the reply set up for Jordan Smith: the saves on timelines are not replies.
    expect(screen.getByRole('img', { name: 'Replies inserted: 1 in total' })).toBeTruthy();
  });
});
