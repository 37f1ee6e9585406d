// The tone panel of one focused reply box: reads the answered post once, re-reads the draft at
// most once per frame while the CM types, and shows the hints, the matching templates and, on an
// escalation threat, a follow-up for today's list. Quiet (no panel at all) when there is nothing
// to say; gone, with its listeners and frame, when `signal` aborts.

import { TonePanel, type FollowUpState, type PanelHint } from '../../../components/tone-panel/tone-panel';
import panelCss from '../../../components/tone-panel/tone-panel.css?inline';
import { contentLocale, contentSettings, t } from '../../content/i18n';
import { createShadowUi, type ShadowUi } from '../../content/shadow-ui';
import { sendMessage } from '../../messaging/client';
import type { Template } from '../../schema';
import type { SiteAdapter } from '../../sites/types';
import { deriveFirstName } from '../../templates/first-name';
import type { Hint, HintId } from '../../tone';
import { templatePickerOnPage } from '../template-picker';
import { buttonAnchor } from '../template-picker/placement';
import { activeBrandOf } from '../template-picker/reply-context';
import { answeredPost, readDraft } from './answered-post';
import { hintsSignature, matchingTemplates, needsFollowUp, readingTags, templateMatcher, visibleHints } from './reading';

/** What outlives one box on the page: the CM's collapse choice and mutes not yet confirmed. */
export interface TonePrefs {
  expanded: boolean;
  /** Muted in this tab; shown as muted at once, before the background has saved them. */
  muted: Set<string>;
}

export interface ToneSessionOptions {
  site: SiteAdapter;
  box: HTMLElement;
  prefs: TonePrefs;
  signal: AbortSignal;
}

// Inputs that change the draft: Draft.js cancels `beforeinput` and renders itself, so plain
// typing there fires no `input`, only the key events; a paste, cut or drop may fire neither.
const DRAFT_EVENTS = ['input', 'keyup', 'paste', 'cut', 'drop', 'compositionend'] as const;
const LABEL_MAX = 200;

/** Our panel goes under the box's control-free container, after the template button if it is there. */
function placeUnder(box: HTMLElement, host: HTMLElement): void {
  let ref: Element = buttonAnchor(box);
  while (ref.nextElementSibling?.localName === 'cmsk-ui') ref = ref.nextElementSibling;
  ref.after(host);
}

export function startToneSession({ site, box, prefs, signal }: ToneSessionOptions): void {
  const doc = box.ownerDocument;
  const view = doc.defaultView ?? window;
  const target = site.authorOfReplyBox(box);
  const post = answeredPost(site, box, target);
  const firstName = target ? deriveFirstName(target.name, { handle: target.handle }) : null;
  const picker = templatePickerOnPage();

  let ui: { shadow: ShadowUi; stop: AbortController } | null = null;
  let frame: number | null = null;
  let draft: string | null = null;
  let hints: Hint[] = [];
  /** Numbers each analysis request, so only the latest draft's answer is drawn. */
  let analysis = 0;
  /** What the background accepts per text; longer drafts are read from their start. */
  const TEXT_MAX = 50_000;
  let library: readonly Template[] = [];
  let followUp: FollowUpState = { kind: 'idle' };
  let drawn = '';

  const hide = () => {
    if (!ui) return;
    // A keyboard user inside the panel goes back to the editor, not to the top of the page.
    const hadFocus = doc.activeElement === ui.shadow.host;
    ui.stop.abort();
    ui = null;
    drawn = '';
    if (hadFocus && box.isConnected) box.focus({ preventScroll: true });
  };

  const draw = () => {
    const settings = contentSettings.value;
    // Before settings arrive the strings and the brand are unknown: say nothing yet.
    if (!settings || signal.aborted) return;
    const muted = new Set([...settings.mutedHints, ...prefs.muted]);
    const shown = visibleHints(hints, muted);
    if (shown.length === 0) return hide();
    const brand = activeBrandOf(settings);
    const context = { platform: site.site, brandId: settings.activeBrandId };
    const tags = readingTags(shown);
    const matches = picker ? matchingTemplates(library, tags, context).length : 0;
    const theme = site.theme(doc);
    const key = [hintsSignature(shown), prefs.expanded, matches, followUp.kind, contentLocale.value, brand?.register, theme].join('|');
    if (key === drawn && ui?.shadow.host.isConnected) return;
    if (ui && !ui.shadow.host.isConnected) hide();
    drawn = key;
    if (!ui) {
      const stop = new AbortController();
      ui = { stop, shadow: createShadowUi({ name: 'tone-panel', css: panelCss, theme, signal: AbortSignal.any([signal, stop.signal]), mount: (host) => placeUnder(box, host) }) };
    }
    ui.shadow.setTheme(theme);
    const params = { firstName: firstName ?? '', register: brand?.register ?? 'vous' };
    const items: PanelHint[] = shown.map((h) => ({ id: h.id, severity: h.severity, reason: h.reason, text: t(`tone.${h.id}`, params) }));
    ui.shadow.render(
      <TonePanel
        hints={items}
        platform={site.site}
        expanded={prefs.expanded}
        t={t}
        onToggle={() => {
          prefs.expanded = !prefs.expanded;
          draw();
        }}
        onMute={mute}
        templates={picker && matches > 0 ? { count: matches, onOpen: () => picker.openMatching(box, templateMatcher(tags, context)) } : null}
        followUp={needsFollowUp(shown) ? { state: followUp, onAdd: () => void addFollowUp() } : null}
      />,
    );
  };

  const update = () => {
    frame = null;
    if (signal.aborted) return;
    if (!box.isConnected) return hide();
    const settings = contentSettings.value;
    if (!settings) return;
    const next = readDraft(box);
    if (next === draft) return draw();
    draft = next;
    const brand = activeBrandOf(settings);
    const asked = ++analysis;
    // No `lang`: an English complaint may get a French answer, and the engine reads each text in its own language.
    void sendMessage('tone/analyze', {
      post: (post?.text ?? '').slice(0, TEXT_MAX),
      reply: next.slice(0, TEXT_MAX),
      platform: site.site,
      brand: { name: brand?.name ?? '', register: brand?.register ?? 'vous' },
      author: { name: target?.name || post?.authorName || undefined, firstName },
    }).then((result) => {
      // Only the answer to the latest draft is shown; an older one arriving late is dropped.
      if (asked !== analysis || signal.aborted || !result.ok) return;
      hints = result.data;
      draw();
    });
  };

  // One analysis per frame at most, after the editor has rendered the keystroke.
  const schedule = () => {
    if (frame === null && !signal.aborted) frame = view.requestAnimationFrame(update);
  };

  function mute(id: HintId): void {
    const fromKeyboard = ui !== null && doc.activeElement === ui.shadow.host;
    prefs.muted.add(id);
    draw();
    // The muted item took the keyboard focus with it: give it back to the editor.
    if (fromKeyboard && (ui === null || doc.activeElement !== ui.shadow.host)) box.focus({ preventScroll: true });
    void sendMessage('settings/mute-hint', { id }).then((result) => {
      if (result.ok) contentSettings.value = result.data;
    });
  }

  async function addFollowUp(): Promise<void> {
    followUp = { kind: 'busy' };
    draw();
    const author = target?.name || post?.authorName || t('tone.panel.followUp.someone');
    const label = t('tone.panel.followUp.label', { author, site: t(`tone.panel.site.${site.site}`) }).slice(0, LABEL_MAX);
    const result = await sendMessage('checklist/add-follow-up', { label, url: post?.permalink ?? doc.URL });
    followUp = result.ok ? { kind: 'done' } : { kind: 'failed', message: result.error.message };
    draw();
  }

  for (const type of DRAFT_EVENTS) box.addEventListener(type, schedule, { passive: true, signal });
  // Settings (brand, language, mutes) may change under us; analyse again with them.
  const again = () => {
    draft = null;
    schedule();
  };
  again();
  contentSettings.subscribe(again, signal);
  contentLocale.subscribe(again, signal);
  void picker?.templates().then((list) => {
    library = list;
    draw();
  });
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== null) view.cancelAnimationFrame(frame);
      frame = null;
      hide();
    },
    { once: true },
  );
}
