// The tone hints beside a host reply box. Presentational: the content script mounts it in a shadow
// root (with tone-panel.css, imported `?inline` there), feeds it the engine's hints already in the
// CM's language, and does the muting, the picker and the follow-up itself.
//
// It never takes the focus from the editor: a mouse press anywhere in it is cancelled (clicks
// still arrive), so the caret stays where the CM was typing. Keyboard users reach it with Tab.

import { useId } from 'preact/hooks';
import type { Params } from '../../lib/i18n';
import type toneEn from '../../lib/i18n/en/tone';
import type { Site } from '../../lib/schema';
import type { HintId, Severity } from '../../lib/tone';

export type ToneKey = keyof typeof toneEn;
/** The app's translator narrowed to this domain's keys; the content script's `t` fits. */
export type ToneTranslate = (key: ToneKey, params?: Params) => string;

export interface PanelHint {
  id: HintId;
  severity: Severity;
  /** The catalogue's advice, in the CM's language. */
  text: string;
  /** The words that triggered it, quoted from the post or the draft. */
  reason: string;
}

export type FollowUpState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

export interface TonePanelProps {
  hints: readonly PanelHint[];
  platform: Site;
  expanded: boolean;
  t: ToneTranslate;
  onToggle: () => void;
  onMute: (id: HintId) => void;
  /** Templates tagged for the post's reading; null when none match. */
  templates: { count: number; onOpen: () => void } | null;
  /** Offered on an escalation threat; null otherwise. */
  followUp: { state: FollowUpState; onAdd: () => void } | null;
}

const RANK: Record<Severity, number> = { info: 0, suggest: 1, warn: 2 };

function worstOf(hints: readonly PanelHint[]): Severity {
  return hints.reduce<Severity>((worst, h) => (RANK[h.severity] > RANK[worst] ? h.severity : worst), 'info');
}

function followUpText(state: FollowUpState, t: ToneTranslate): string {
  if (state.kind === 'done') return t('tone.panel.followUp.done');
  if (state.kind === 'failed') return t('tone.panel.followUp.failed', { message: state.message });
  return t('tone.panel.followUp');
}

export function TonePanel({ hints, platform, expanded, t, onToggle, onMute, templates, followUp }: TonePanelProps) {
  const idBase = `cmsk-tone-${useId()}`;
  const label = t('tone.panel.label');
  return (
    <section
      class="cmsk-tone"
      data-platform={platform}
      data-expanded={expanded ? 'true' : 'false'}
      role="status"
      aria-label={label}
      onMouseDown={(event) => event.preventDefault()}
      // Events leave our shadow root retargeted to its host, which is not an input: X would read
      // keys pressed on our buttons as its own keyboard shortcuts.
      onKeyDown={(event) => event.stopPropagation()}
      onKeyUp={(event) => event.stopPropagation()}
      onKeyPress={(event) => event.stopPropagation()}
    >
      <div class="cmsk-tone__bar">
        <button type="button" class="cmsk-tone__toggle" aria-expanded={expanded ? 'true' : 'false'} aria-controls={`${idBase}-body`} onClick={onToggle}>
          <span class="cmsk-tone__dot" data-severity={worstOf(hints)} aria-hidden="true" />
          <span>{t('tone.panel.toggle', { count: hints.length })}</span>
          <svg class="cmsk-tone__chevron" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 6l4 4 4-4" />
          </svg>
        </button>
      </div>
      <div class="cmsk-tone__body" id={`${idBase}-body`} hidden={!expanded}>
        <ul class="cmsk-tone__list">
          {hints.map((hint) => (
            <li
              key={hint.id}
              class="cmsk-tone__hint"
              data-hint={hint.id}
              data-severity={hint.severity}
              tabindex={0}
              title={hint.reason ? t('tone.panel.reason', { reason: hint.reason }) : undefined}
              aria-describedby={hint.reason ? `${idBase}-${hint.id}` : undefined}
            >
              <span class="cmsk-tone__mark" aria-hidden="true" />
              <span class="cmsk-tone__text">
                <span class="cmsk-tone__sr">{`${t('tone.panel.severity', { severity: t(`tone.severity.${hint.severity}`) })} `}</span>
                {hint.text}
              </span>
              <button type="button" class="cmsk-tone__mute" aria-label={t('tone.panel.mute')} title={t('tone.panel.mute')} onClick={() => onMute(hint.id)}>
                <svg viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
                </svg>
              </button>
              {hint.reason ? (
                <p class="cmsk-tone__reason" id={`${idBase}-${hint.id}`} role="tooltip">
                  {t('tone.panel.reason', { reason: hint.reason })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {templates || followUp ? (
          <div class="cmsk-tone__actions">
            {/* The template list may arrive after the panel: its button comes last, so it moves nothing under the pointer. */}
            {followUp ? (
              <button
                type="button"
                class="cmsk-tone__action"
                data-state={followUp.state.kind}
                disabled={followUp.state.kind === 'busy' || followUp.state.kind === 'done'}
                onClick={followUp.onAdd}
              >
                {followUpText(followUp.state, t)}
              </button>
            ) : null}
            {templates ? (
              <button type="button" class="cmsk-tone__action" aria-haspopup="dialog" onClick={templates.onOpen}>
                {t('tone.panel.templates', { count: templates.count })}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
