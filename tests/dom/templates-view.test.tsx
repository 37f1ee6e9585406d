// Options → Templates in happy-dom, with the messaging client replaced at its boundary by a small
// in-memory background: what the view sends is what a real background would receive.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageType, RequestOf, ResponseOf, Result } from '@/lib/messages';
import type { Template } from '@/lib/schema';
import { SettingsSchema } from '@/lib/schema/settings';
import { locale } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { templates as templatesSignal } from '@/lib/state/templates';
import { makeTemplate } from '../unit/templates/make-template';

type Sent = { type: MessageType; data: unknown };
const sent: Sent[] = [];
let store = new Map<string, Template>();
let ids = 0;

function answer<T extends MessageType>(type: T, data: RequestOf<T>): Result<ResponseOf<T>> {
  const ok = (value: unknown) => ({ ok: true, data: value }) as Result<ResponseOf<T>>;
  switch (type) {
    case 'templates/list':
      return ok([...store.values()].sort((a, b) => a.title.localeCompare(b.title)));
    case 'templates/save': {
      const input = data as RequestOf<'templates/save'>;
      const saved = makeTemplate({ ...input, id: input.id ?? `new-${++ids}`, usage: input.usage });
      store.set(saved.id, saved);
      return ok(saved);
    }
    case 'templates/delete': {
      const { id } = data as { id: string };
      const deleted = store.get(id) ?? null;
      store.delete(id);
      return ok({ deleted });
    }
    case 'backup/import': {
      const backup = (data as { backup: { templates: Array<Partial<Template>> } }).backup;
      for (const t of backup.templates) {
        const saved = makeTemplate({ ...t, id: t.id ?? `imp-${++ids}` });
        store.set(saved.id, saved);
      }
      return ok({ templates: backup.templates.length, clips: 0, calendar: 0, checklist: 0, checklistHistory: 0, authors: 0, settings: false });
    }
    default:
      return { ok: false, error: { code: 'unknown-message', message: `unexpected ${type}` } };
  }
}

vi.mock('@/lib/messaging/client', () => {
  class RequestFailed extends Error {}
  const sendMessage = vi.fn(async (type: MessageType, data: unknown) => {
    sent.push({ type, data });
    return answer(type, data as never);
  });
  const request = async (type: MessageType, data: unknown) => {
    const result = await sendMessage(type, data);
    if (!result.ok) throw new RequestFailed(result.error.message);
    return result.data;
  };
  return { sendMessage, request, RequestFailed };
});

// Imported after the mock so the view and the state modules get the fake client.
const { TemplatesView } = await import('@/components/options/templates-view');
const { Toasts, toasts } = await import('@/components/ui/toast');

const delay = makeTemplate({ id: 'delay', title: 'Colis en retard', body: 'Bonjour {{author.firstName|à vous}}, votre colis arrive.', tags: ['livraison'], shortcut: 'retard', example: true });
const thanks = makeTemplate({ id: 'thanks', title: 'Merci', body: 'Merci {{author.firstName}} !', tags: ['merci'], lang: 'fr', platforms: ['facebook'] });

beforeEach(() => {
  store = new Map([delay, thanks].map((t) => [t.id, t]));
  sent.length = 0;
  templatesSignal.value = null;
  toasts.value = [];
  locale.value = 'en';
  settings.value = SettingsSchema.parse({ brands: [{ id: 'acme', name: 'Acme', lang: 'fr' }], activeBrandId: 'acme', myName: 'Léa' });
});
afterEach(cleanup);

async function mount() {
  render(
    <>
      <TemplatesView />
      <Toasts />
    </>,
  );
  await screen.findByRole('heading', { name: 'Reply templates' });
}

const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const saves = () => sent.filter((m) => m.type === 'templates/save').map((m) => m.data as RequestOf<'templates/save'>);

describe('TemplatesView', () => {
  it('lists the templates with their example badge, shortcut and platforms', async () => {
    await mount();
    expect(titles()).toEqual(['Colis en retard', 'Merci']);
    const card = screen.getByRole('heading', { name: /Colis en retard/ }).closest('li') as HTMLElement;
    expect(within(card).getByText('Example')).toBeTruthy();
    expect(within(card).getByText('/retard')).toBeTruthy();
    expect(within(card).getByText('X and Facebook')).toBeTruthy();
    const other = screen.getByRole('heading', { name: 'Merci' }).closest('li') as HTMLElement;
    expect(within(other).queryByText('Example')).toBeNull();
    expect(within(other).getByText('Facebook')).toBeTruthy();
  });

  it('shows the empty state when there is no template', async () => {
    store.clear();
    await mount();
    expect(screen.getByRole('note').textContent).toContain('No reply templates yet');
  });

  it('searches with the template index and filters by tag', async () => {
    await mount();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search templates' }), { target: { value: 'colis' } });
    expect(titles()).toEqual(['Colis en retard']);
    expect(screen.getByText('1 of 2 template(s)')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search templates' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'merci' } });
    expect(titles()).toEqual(['Merci']);
  });

  it('creates a template, with a live preview on the sample author', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Question livraison' } });
    const body = screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
    fireEvent.input(body, { target: { value: 'Bonjour {{author.firstName}},\nnous livrons partout. {{me.name}}' } });
    expect(screen.getByText(/Preview, replying to Camille Durand/).nextElementSibling?.textContent).toBe('Bonjour Camille,\nnous livrons partout. Léa');
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags, separated by commas' }), { target: { value: 'livraison, question, livraison' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Shortcut word' }), { target: { value: '/livre' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({
      title: 'Question livraison',
      body: 'Bonjour {{author.firstName}},\nnous livrons partout. {{me.name}}',
      tags: ['livraison', 'question'],
      lang: 'fr',
      platforms: ['x'],
      brand: null,
      shortcut: 'livre',
      example: false,
    });
    await waitFor(() => expect(titles()).toContain('Question livraison'));
  });

  it('inserts a variable at the caret from the syntax help', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    const body = screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
    fireEvent.input(body, { target: { value: 'Bonjour !' } });
    body.setSelectionRange(7, 7);
    fireEvent.click(screen.getByRole('button', { name: 'Add Their first name to the reply' }));
    expect(body.value).toBe('Bonjour{{author.firstName}} !');
  });

  it('refuses to save a body with an unknown variable or unclosed braces, saying where, and sends nothing', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Cassé' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Reply' }), { target: { value: 'Bonjour {{prenom}},\nmerci {{author.firstName' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    const alert = await screen.findByRole('alert');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Line 1, column 9: “prenom” is not a variable. Use author.firstName, author.name, author.handle, me.name, brand, date or cursor.',
      'Line 2, column 7: “{{” is never closed by “}}”.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Reply' }).getAttribute('aria-invalid')).toBe('true');
    expect(saves()).toHaveLength(0);
  });

  it('reports the problems in French for a French-speaking CM', async () => {
    locale.value = 'fr';
    await act(async () => {
      render(<TemplatesView />);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau modèle' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Titre' }), { target: { value: 'x' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Réponse' }), { target: { value: 'Salut {{nom}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le modèle' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ligne 1, colonne 7 : « nom » n’est pas une variable.');
  });

  it('refuses a shortcut another template already answers to', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Merci”' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Shortcut word' }), { target: { value: 'Retard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The shortcut /Retard is already used by “Colis en retard”.');
    expect(saves()).toHaveLength(0);
  });

  it('warns when the reply may not fit in an X post, only while X is a platform', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Reply' }), { target: { value: 'Merci pour votre message. '.repeat(12) } });
    expect(screen.getByText(/of 280 characters on X: it may not fit\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(screen.queryByText(/of 280 characters on X/)).toBeNull();
  });

  it('deletes with an Undo that saves the very same template back', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Colis en retard”' }));
    await waitFor(() => expect(titles()).toEqual(['Merci']));
    expect(sent.some((m) => m.type === 'templates/delete' && (m.data as { id: string }).id === 'delay')).toBe(true);
    expect(screen.getByText('“Colis en retard” deleted.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['Colis en retard', 'Merci']));
    expect(saves()).toEqual([delay]);
  });

  it('duplicates as a new template without id, usage or shortcut, and opens it', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate “Colis en retard”' }));
    await screen.findByRole('heading', { name: 'Edit “Colis en retard (copy)”' });
    const [copy] = saves();
    expect(copy).toMatchObject({ title: 'Colis en retard (copy)', body: delay.body, tags: ['livraison'], shortcut: null, example: false });
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('usage');
  });

  it('exports the templates alone in the backup format', async () => {
    await mount();
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:templates';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export templates' }));
    expect(click).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await (blob as unknown as Blob).text()) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['exportedAt', 'format', 'templates', 'version']);
    expect(file).toMatchObject({ format: 'cm-sidekick', version: 1, templates: [delay, thanks] });
    create.mockRestore();
    click.mockRestore();
  });

  it('imports the templates of a file through backup/import, and nothing else from it', async () => {
    await mount();
    const content = { format: 'cm-sidekick', version: 1, templates: [{ title: 'Importé', body: 'Bonjour !' }], clips: [] };
    const input = screen.getByLabelText('Import templates') as HTMLInputElement;
    const file = new File([JSON.stringify(content)], 'templates.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(titles()).toContain('Importé'));
    const imported = sent.find((m) => m.type === 'backup/import')?.data;
    expect(imported).toEqual({ backup: { format: 'cm-sidekick', version: 1, templates: [{ title: 'Importé', body: 'Bonjour !' }] } });
    expect(screen.getByText('1 template(s) imported.')).toBeTruthy();
  });

  it('says so when a file holds no templates, and imports nothing', async () => {
    await mount();
    const input = screen.getByLabelText('Import templates') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"clips": []}'], 'clips.json')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe('This file holds no templates.');
    expect(sent.some((m) => m.type === 'backup/import')).toBe(false);
  });
});
