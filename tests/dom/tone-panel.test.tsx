// The tone panel, alone and wired into a page (happy-dom; the E2E suite types into the real
// Draft.js and Lexical editors): what it shows, that it analyses at most once per frame, mutes,
// offers templates and follow-ups, and leaves nothing behind once aborted.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TonePanel, type PanelHint, type TonePanelProps } from '@/components/tone-panel/tone-panel';
import { contentLocale, contentSettings } from '@/lib/content/i18n';
import { templatePicker } from '@/lib/features/template-picker';
import { toneHints } from '@/lib/features/tone-hints';
import { translate } from '@/lib/i18n';
import { SettingsSchema, type Settings } from '@/lib/schema/settings';
import type { Post } from '@/lib/schema/clip';
import type { SiteAdapter } from '@/lib/sites/types';
import { analyze } from '@/lib/tone';
import type { Template } from '@/lib/schema';
import { makeTemplate } from '../unit/templates/make-template';

vi.mock('@/lib/tone', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/tone')>();
  return { ...real, analyze: vi.fn(real.analyze) };
});

const sent: Array<{ type: string; data: unknown }> = [];
let library: Template[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    // The background runs the real engine; here the (spied) engine answers the same way.
    if (type === 'tone/analyze') return { ok: true, data: (await import('@/lib/tone')).analyze(data as Parameters<typeof analyze>[0]) };
    if (type === 'templates/list') return { ok: true, data: library };
    if (type === 'settings/mute-hint') return { ok: true, data: { ...contentSettings.value, mutedHints: [...(contentSettings.value?.mutedHints ?? []), (data as { id: string }).id] } };
    if (type === 'checklist/add-follow-up') return { ok: true, data: { item: {}, remaining: 1 } };
    return { ok: false, error: { code: 'internal', message: 'no' } };
  }),
}));

const SETTINGS: Settings = SettingsSchema.parse({ brands: [{ id: 'acme', name: 'Acme', lang: 'fr', register: 'vous' }], activeBrandId: 'acme' });
const UPSET = 'My order never arrived and support has not answered in 3 days. Really disappointed';
const ESCALATION = "Vous êtes des escrocs, je vais porter plainte et prévenir la presse !";

// Frames run when the test says so, and the test can see which are still pending.
const frames = new Map<number, FrameRequestCallback>();
let frameIds = 0;
/** Runs the pending frames, then lets the background's answer (a message) arrive and be drawn. */
const flushFrame = async () => {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(performance.now());
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let answers: { postId: string | null } | null = { postId: '1' };
const site: SiteAdapter = {
  site: 'x',
  postSelector: 'article',
  findPosts: (root) => [...root.querySelectorAll('article')],
  readPost: (el): Post => ({
    site: 'x', postId: el.getAttribute('data-id') ?? '', permalink: `https://x.com/jsmith/status/${el.getAttribute('data-id')}`, authorName: 'Jordan Smith',
    authorHandle: 'jsmith', text: el.textContent ?? '', time: null, counts: { replies: null, reposts: null, likes: null, views: null }, media: [], isReply: false, isQuote: false, quotedPostId: null,
  }),
  postKey: (el) => el.getAttribute('data-id'),
  postAuthor: () => null,
  actionBar: () => null,
  isSupportedPage: () => true,
  theme: () => 'dim',
  findReplyBoxes: (root) => {
    const self = root instanceof HTMLElement && root.matches('[data-box]') ? [root] : [];
    return [...self, ...root.querySelectorAll<HTMLElement>('[data-box]')];
  },
  authorOfReplyBox: () => (answers ? { name: 'Jordan Smith', handle: 'jsmith', profileUrl: null, postId: answers.postId } : null),
};

const page = (postText: string) =>
  `<article data-id="1">${postText}</article><input id="search"><div class="composer"><div class="area"><div class="wrap"><div data-box contenteditable="true" tabindex="0"></div></div></div><div class="toolbar"><button type="button">Reply</button></div></div>`;
const box = () => document.querySelector<HTMLElement>('[data-box]')!;
const panelHost = () => document.querySelector('cmsk-ui[data-cmsk-ui="tone-panel"]');
const panel = () => panelHost()?.shadowRoot ?? null;
const shown = () => [...(panel()?.querySelectorAll('[data-hint]') ?? [])].map((el) => el.getAttribute('data-hint'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(text: string, events: readonly string[] = ['input']): void {
  box().textContent = text;
  for (const name of events) box().dispatchEvent(new Event(name, { bubbles: true }));
}

// Every test's features stop after it, even a failing one, so none leaks into the next.
let stop = new AbortController();

beforeEach(() => {
  stop = new AbortController();
  frames.clear();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    frames.set(++frameIds, cb);
    return frameIds;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => void frames.delete(id));
  contentLocale.value = 'en';
  contentSettings.value = SETTINGS;
  answers = { postId: '1' };
  library = [];
  sent.length = 0;
  vi.mocked(analyze).mockClear();
  document.body.innerHTML = page(UPSET);
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('TonePanel', () => {
  const hints: PanelHint[] = [
    { id: 'in.upset', severity: 'info', text: 'This person seems upset.', reason: 'never arrived' },
    { id: 'rep.shouting', severity: 'warn', text: 'All caps reads as shouting.', reason: '<img src=x onerror=alert(1)>' },
  ];
  const props = (over: Partial<TonePanelProps> = {}): TonePanelProps => ({
    hints, platform: 'x', expanded: true, t: (key, params) => translate('en', key, params),
    onToggle: vi.fn(), onMute: vi.fn(), templates: null, followUp: null, ...over,
  });
  const mount = (p: TonePanelProps) => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<TonePanel {...p} />, root);
    return root;
  };

  it('is a named status region listing each hint with its id, severity, advice and reason', async () => {
    const root = mount(props());
    const region = root.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-label')).toBe('Tone hints');
    const items = [...root.querySelectorAll('li[data-hint]')];
    expect(items.map((el) => [el.getAttribute('data-hint'), el.getAttribute('data-severity'), el.getAttribute('tabindex')])).toEqual([['in.upset', 'info', '0'], ['rep.shouting', 'warn', '0']]);
    expect(items[0]!.querySelector('.cmsk-tone__text')!.textContent).toBe('Good to know: This person seems upset.');
    const reason = items[0]!.querySelector('[role="tooltip"]')!;
    expect(reason.textContent).toBe('Triggered by: “never arrived”');
    expect(items[0]!.getAttribute('aria-describedby')).toBe(reason.id);
    expect(items[0]!.getAttribute('title')).toBe('Triggered by: “never arrived”');
    // Page text is data: the quoted draft stays text.
    expect(root.querySelector('img')).toBeNull();
    expect(items[1]!.querySelector('[role="tooltip"]')!.textContent).toBe('Triggered by: “<img src=x onerror=alert(1)>”');
  });

  it('collapses, mutes and never takes the focus on a mouse press', async () => {
    const onToggle = vi.fn();
    const onMute = vi.fn();
    const root = mount(props({ onToggle, onMute, expanded: false }));
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect([toggle.getAttribute('aria-expanded'), toggle.textContent]).toEqual(['false', 'Tone hints (2)']);
    expect(root.querySelector<HTMLElement>('.cmsk-tone__body')!.hidden).toBe(true);
    toggle.click();
    expect(onToggle).toHaveBeenCalledOnce();
    root.querySelector<HTMLButtonElement>('[data-hint="rep.shouting"] button[aria-label="Don\'t show this again"]')!.click();
    expect(onMute).toHaveBeenCalledWith('rep.shouting');
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    root.querySelector('li')!.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('offers the matching templates and the follow-up, in French too', async () => {
    const onOpen = vi.fn();
    const onAdd = vi.fn();
    const root = mount(props({ t: (key, params) => translate('fr', key, params), templates: { count: 4, onOpen }, followUp: { state: { kind: 'idle' }, onAdd } }));
    expect(root.querySelector('[role="status"]')!.getAttribute('aria-label')).toBe('Conseils de ton');
    // The template button comes last: the list arrives after the panel, and must move nothing under the pointer.
    const [followUp, templates] = [...root.querySelectorAll<HTMLButtonElement>('.cmsk-tone__action')];
    expect([followUp!.textContent, templates!.textContent]).toEqual(['Ajouter aux suivis du jour', 'Modèles adaptés (4)']);
    templates!.click();
    followUp!.click();
    expect([onOpen.mock.calls.length, onAdd.mock.calls.length]).toEqual([1, 1]);
    render(<TonePanel {...props({ followUp: { state: { kind: 'done' }, onAdd } })} />, root);
    expect(root.querySelector<HTMLButtonElement>('[data-state="done"]')!.disabled).toBe(true);
  });
});

describe('tone hints in the page', () => {
  it('shows the post’s reading on focus, under the box and before the host’s toolbar', async () => {
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    expect(panelHost()).toBeNull();
    await flushFrame();
    expect(shown()).toEqual(['in.upset']);
    expect(panelHost()!.previousElementSibling?.className).toBe('area');
    expect(panelHost()!.nextElementSibling?.className).toBe('toolbar');
    expect(panelHost()!.getAttribute('data-theme')).toBe('dim');
    expect(vi.mocked(analyze)).toHaveBeenLastCalledWith({
      post: UPSET, reply: '', platform: 'x', brand: { name: 'Acme', register: 'vous' }, author: { name: 'Jordan Smith', firstName: 'Jordan' },
    });
    expect(document.activeElement).toBe(box());
  });

  it('analyses the draft at most once per frame, and not at all when it did not change', async () => {
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await flushFrame();
    vi.mocked(analyze).mockClear();
    for (const text of ['V', 'VO', 'VOUS', 'VOUS ÊTES NULS !!!']) type(text, ['input', 'keyup']);
    expect(frames.size).toBe(1);
    await flushFrame();
    expect(vi.mocked(analyze)).toHaveBeenCalledOnce();
    expect(shown()).toEqual(expect.arrayContaining(['in.upset', 'rep.shouting', 'rep.excess_punct']));
    // An arrow key: a frame, but the same draft is not analysed again.
    box().dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft', bubbles: true }));
    await flushFrame();
    expect(vi.mocked(analyze)).toHaveBeenCalledOnce();
    type('Bonjour Jordan, toutes nos excuses pour cette attente.');
    await flushFrame();
    expect(shown()).not.toContain('rep.shouting');
  });

  it('stays quiet, with no panel at all, when there is nothing to say', async () => {
    answers = null;
    document.body.innerHTML = page('').replace('<article data-id="1"></article>', '');
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await flushFrame();
    expect(panelHost()).toBeNull();
    type('VOUS ÊTES NULS');
    await flushFrame();
    expect(shown()).toEqual(['rep.shouting']);
    type('Merci beaucoup !');
    await flushFrame();
    expect(panelHost()).toBeNull();
  });

  it('never shows a muted hint, and hides one the CM mutes at once', async () => {
    contentSettings.value = { ...SETTINGS, mutedHints: ['in.upset'] };
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    type('VOUS ÊTES NULS !!!');
    await flushFrame();
    expect(shown()).not.toContain('in.upset');
    expect(shown()).toContain('rep.excess_punct');
    panel()!.querySelector<HTMLButtonElement>('[data-hint="rep.excess_punct"] .cmsk-tone__mute')!.click();
    // Hidden before the background answers.
    expect(shown()).not.toContain('rep.excess_punct');
    expect(shown()).toContain('rep.shouting');
    expect(sent.filter((m) => m.type === 'settings/mute-hint')).toEqual([{ type: 'settings/mute-hint', data: { id: 'rep.excess_punct' } }]);
    await settle();
    expect(contentSettings.value?.mutedHints).toEqual(['in.upset', 'rep.excess_punct']);
    // From the keyboard, the focus goes back to the editor rather than to the top of the page.
    const keyboardMute = panel()!.querySelector<HTMLButtonElement>('[data-hint="rep.shouting"] .cmsk-tone__mute')!;
    keyboardMute.focus();
    expect(document.activeElement).toBe(panelHost());
    keyboardMute.click();
    expect(shown()).not.toContain('rep.shouting');
    expect(document.activeElement).toBe(box());
  });

  it('opens the picker on the templates tagged for the reading', async () => {
    library = [
      makeTemplate({ id: 'a', title: 'Sorry about the parcel', tags: ['upset'] }),
      makeTemplate({ id: 'b', title: 'Thanks!', tags: ['praise'] }),
      makeTemplate({ id: 'c', title: 'Another brand', tags: ['upset'], brand: 'zeta' }),
      makeTemplate({ id: 'd', title: 'Sorry (DM)', tags: ['Upset'] }),
    ];
    templatePicker.init({ site, signal: stop.signal });
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await settle();
    await flushFrame();
    const button = [...panel()!.querySelectorAll<HTMLButtonElement>('.cmsk-tone__action')].find((b) => b.textContent?.startsWith('Matching templates'))!;
    expect(button.textContent).toBe('Matching templates (2)');
    // The panel goes after the template button, which stays right under the box.
    expect(panelHost()!.previousElementSibling?.getAttribute('data-cmsk-ui')).toBe('template-button');
    button.click();
    await settle();
    const picker = document.querySelector('cmsk-ui[data-cmsk-ui="template-picker"]')!.shadowRoot!;
    expect([...picker.querySelectorAll('[role="option"] .cmsk-picker__title')].map((el) => el.firstChild?.textContent).sort()).toEqual(['Sorry (DM)', 'Sorry about the parcel']);
  });

  it('puts an escalation on today’s follow-ups, with the post’s link', async () => {
    document.body.innerHTML = page(ESCALATION);
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await flushFrame();
    expect(shown()).toContain('in.escalation');
    const button = panel()!.querySelector<HTMLButtonElement>('.cmsk-tone__action:last-child')!;
    expect(button.textContent).toBe("Add to today's follow-ups");
    button.click();
    await settle();
    await flushFrame();
    expect(sent.filter((m) => m.type === 'checklist/add-follow-up')).toEqual([{ type: 'checklist/add-follow-up', data: { label: 'Follow up: Jordan Smith (X)', url: 'https://x.com/jsmith/status/1' } }]);
    expect(panel()!.querySelector('.cmsk-tone__action:last-child')!.textContent).toBe("Added to today's follow-ups");
  });

  it('ends when the CM focuses something else of the host’s, not when the focus goes into our UI', async () => {
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await flushFrame();
    panel()!.querySelector<HTMLElement>('[data-hint="in.upset"]')!.focus();
    await flushFrame();
    expect(shown()).toEqual(['in.upset']);
    document.querySelector<HTMLInputElement>('#search')!.focus();
    expect(panelHost()).toBeNull();
    expect(frames.size).toBe(0);
  });

  it('leaves nothing behind once aborted: no element, no listener, no frame', async () => {
    toneHints.init({ site, signal: stop.signal });
    box().focus();
    await flushFrame();
    type('VOUS ÊTES NULS !!!');
    expect(frames.size).toBe(1);
    const before = document.body.innerHTML;
    stop.abort();
    expect(frames.size).toBe(0);
    expect(document.querySelectorAll('cmsk-ui')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before.replace(/<cmsk-ui[^>]*><\/cmsk-ui>/g, ''));
    vi.mocked(analyze).mockClear();
    type('ENCORE !!!', ['input', 'keyup', 'paste']);
    box().blur();
    box().focus();
    contentSettings.value = { ...SETTINGS };
    expect(frames.size).toBe(0);
    await flushFrame();
    expect(vi.mocked(analyze)).not.toHaveBeenCalled();
    expect(document.querySelectorAll('cmsk-ui')).toHaveLength(0);
  });
});
