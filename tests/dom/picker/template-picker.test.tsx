import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatePicker, type PickerContext, type TemplatePickerProps } from '../../../components/picker/template-picker';
import { format, type Params } from '../../../lib/i18n';
import en from '../../../lib/i18n/en/templates';
import fr from '../../../lib/i18n/fr/templates';
import type { Template } from '../../../lib/schema';
import { makeTemplate } from '../../unit/templates/make-template';

type Key = keyof typeof en;
const tEn = (key: Key, params?: Params) => format(en[key], params);
const tFr = (key: Key, params?: Params) => format(fr[key], params);

const context: PickerContext = {
  author: { displayName: 'Camille Durand 🌿', handle: 'camille_d' },
  brand: { id: 'acme', name: 'Acme', register: 'vous', lang: 'fr' },
  me: { name: 'Léa' },
  platform: 'x',
  lang: 'fr',
  now: new Date(2026, 11, 1),
};

const delay = makeTemplate({ title: 'Colis en retard', body: 'Bonjour {{author.firstName}}, votre colis arrive.' });
const thanks = makeTemplate({ title: 'Merci', body: 'Merci {{author.firstName|à vous}} de la part de {{brand}} !', usage: { count: 3, lastUsedAt: '2026-11-30T10:00:00Z' } });
const signed = makeTemplate({ title: 'Signature', body: 'Bonne journée {{author.firstName}} !\n{{cursor}}— {{me.name}}, {{lien}}' });

function setup(props: Partial<TemplatePickerProps> = {}, searchName = 'Search templates') {
  const onPick = vi.fn<TemplatePickerProps['onPick']>();
  const onClose = vi.fn();
  render(<TemplatePicker templates={[delay, thanks]} context={context} t={tEn} theme="dim" onPick={onPick} onClose={onClose} {...props} />);
  const search = screen.getByRole('searchbox', { name: searchName });
  return { onPick, onClose, search };
}

const options = () => screen.queryAllByRole('option');
const typeQuery = (search: HTMLElement, value: string) => fireEvent.input(search, { target: { value } });
function keyDown(target: HTMLElement, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  const stop = vi.spyOn(event, 'stopPropagation');
  // act() flushes Preact's batched state updates, as a real frame would.
  act(() => {
    target.dispatchEvent(event);
  });
  return { prevented: event.defaultPrevented, stopped: stop.mock.calls.length > 0 };
}

afterEach(cleanup);

describe('TemplatePicker', () => {
  it('focuses the searchbox and lists templates, most used first, with rendered previews', () => {
    const { search } = setup();
    expect(document.activeElement).toBe(search);
    const listbox = screen.getByRole('listbox');
    const items = within(listbox).getAllByRole('option');
    expect(items.map((o) => o.querySelector('.cmsk-picker__title')?.textContent)).toEqual(['Merci', 'Colis en retard']);
    expect(items[0]).toHaveProperty('textContent', expect.stringContaining('Merci Camille de la part de Acme !'));
    expect(items[0]?.getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(items[0]?.id);
  });

  it('filters as the CM types and resets the highlight to the best match', () => {
    const { search } = setup();
    keyDown(search, 'ArrowDown');
    typeQuery(search, 'retard');
    expect(options().map((o) => o.querySelector('.cmsk-picker__title')?.textContent)).toEqual(['Colis en retard']);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrows, wrapping, and keeps aria-activedescendant in step', () => {
    const { search } = setup();
    expect(keyDown(search, 'ArrowDown')).toEqual({ prevented: true, stopped: true });
    expect(options()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);
    keyDown(search, 'ArrowDown');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    keyDown(search, 'ArrowUp');
    expect(options()[1]?.getAttribute('aria-selected')).toBe('true');
  });

  it('picks the highlighted template on Enter, which never reaches the host page', () => {
    const { search, onPick } = setup();
    const hostListener = vi.fn();
    document.addEventListener('keydown', hostListener);
    const result = keyDown(search, 'Enter');
    document.removeEventListener('keydown', hostListener);
    expect(result).toEqual({ prevented: true, stopped: true });
    expect(hostListener).not.toHaveBeenCalled();
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick).toHaveBeenCalledWith(thanks, { text: 'Merci Camille de la part de Acme !', cursor: null, missing: [] });
  });

  it('keeps typed letters from the host page (X reads them as shortcuts)', () => {
    const { search } = setup();
    const hostListener = vi.fn();
    document.addEventListener('keydown', hostListener);
    keyDown(search, 'j');
    document.removeEventListener('keydown', hostListener);
    expect(hostListener).not.toHaveBeenCalled();
  });

  it('picks with a click too', () => {
    const { onPick } = setup();
    fireEvent.click(options()[1] as HTMLElement);
    expect(onPick).toHaveBeenCalledWith(delay, expect.objectContaining({ text: 'Bonjour Camille, votre colis arrive.' }));
  });

  it('closes on Escape', () => {
    const { search, onClose, onPick } = setup();
    expect(keyDown(search, 'Escape').prevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onPick).not.toHaveBeenCalled();
  });

  it('asks for missing values before inserting, then inserts once they are filled', () => {
    const { search, onPick } = setup({ templates: [signed], context: { ...context, author: { displayName: 'SNCF' }, me: null } });
    expect(options()[0]?.textContent).toContain('Bonne journée [Their first name] !');
    keyDown(search, 'Enter');
    expect(onPick).not.toHaveBeenCalled();

    const first = screen.getByRole('textbox', { name: 'Their first name' });
    const me = screen.getByRole('textbox', { name: 'Your name' });
    const link = screen.getByRole('textbox', { name: 'Value for “lien”' });
    expect(document.activeElement).toBe(first);

    fireEvent.input(first, { target: { value: 'Zoé' } });
    expect(keyDown(first, 'Enter')).toEqual({ prevented: true, stopped: true });
    expect(onPick).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Fill in every field to insert the reply.');
    expect(document.activeElement).toBe(me);

    fireEvent.input(me, { target: { value: 'Léa' } });
    fireEvent.input(link, { target: { value: 'https://acme.test/faq' } });
    keyDown(link, 'Enter');
    expect(onPick).toHaveBeenCalledTimes(1);
    const [, rendered] = onPick.mock.calls[0] ?? [];
    expect(rendered).toEqual({ text: 'Bonne journée Zoé !\n— Léa, https://acme.test/faq', cursor: 'Bonne journée Zoé !\n'.length, missing: [] });
    expect(rendered?.text).not.toContain('{{');
  });

  it('goes back from the form to the list', () => {
    setup({ templates: [signed] });
    keyDown(screen.getByRole('searchbox'), 'Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Back to templates' }));
    expect(screen.getByRole('searchbox', { name: 'Search templates' })).toBe(document.activeElement);
  });

  it('renders page text as text, never as HTML', () => {
    const hostile = makeTemplate({ title: '<img src=x onerror=alert(1)>', body: 'Salut {{author.firstName}}' });
    setup({ templates: [hostile], context: { ...context, author: { firstName: '<b>Zoé</b>' } } });
    const option = options()[0] as HTMLElement;
    expect(option.querySelector('img, b')).toBeNull();
    expect(option.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(option.textContent).toContain('Salut <b>Zoé</b>');
  });

  it('explains an empty library', () => {
    const { search, onPick } = setup({ templates: [] });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('No reply templates yet')).toBeTruthy();
    expect(screen.getByText(/Create your first one/)).toBeTruthy();
    keyDown(search, 'Enter');
    expect(onPick).not.toHaveBeenCalled();
    expect(search.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('explains a query with no match', () => {
    const { search } = setup();
    typeQuery(search, 'zzz');
    expect(screen.getByText('No template matches “zzz”')).toBeTruthy();
    expect(options()).toHaveLength(0);
  });

  it('marks examples and templates for another platform', () => {
    const facebook = makeTemplate({ title: 'Pour Facebook', platforms: ['facebook'], example: true });
    setup({ templates: [facebook, delay] });
    const last = options()[1] as HTMLElement;
    expect(last.textContent).toContain('Pour Facebook');
    expect(last.textContent).toContain('Example');
    expect(last.textContent).toContain('Other brand or platform');
  });

  it('speaks French with the French translator', () => {
    const { search } = setup({ t: tFr, templates: [] as Template[] }, 'Rechercher un modèle');
    expect(search.getAttribute('placeholder')).toBe('Titre, tag ou mots de la réponse');
    expect(screen.getByText('Aucun modèle de réponse pour l’instant')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Modèles de réponse' })).toBeTruthy();
  });

  it('carries the theme and platform for the styles', () => {
    setup();
    const dialog = screen.getByRole('dialog');
    expect(dialog.dataset.theme).toBe('dim');
    expect(dialog.dataset.platform).toBe('x');
  });
});
