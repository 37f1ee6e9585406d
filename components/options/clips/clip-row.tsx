// One saved post in the library. Page text is data: every field is a Preact text node.

import type { ClipSummary } from '@/lib/protocol/clips';
import { locale, t } from '@/lib/state/i18n';
import type { MessageKey } from '@/lib/i18n';
import { formatCount, formatDateTime } from './format';

const METRICS: ReadonlyArray<[keyof ClipSummary['counts'], MessageKey]> = [
  ['replies', 'clips.counts.replies'],
  ['reposts', 'clips.counts.reposts'],
  ['likes', 'clips.counts.likes'],
  ['views', 'clips.counts.views'],
];

export interface ClipRowProps {
  clip: ClipSummary;
  selected: boolean;
  onSelect(on: boolean): void;
  onEdit(): void;
  onDelete(): void;
}

function Growth({ clip, metric }: { clip: ClipSummary; metric: keyof ClipSummary['counts'] }) {
  const lang = locale.value;
  const latest = clip.counts[metric];
  const first = clip.first?.[metric] ?? null;
  if (first === null || latest === null || first === latest || clip.sampleCount < 2) return <>{formatCount(latest, lang)}</>;
  const delta = latest - first;
  return (
    <>
      {t('clips.counts.growth', { first: formatCount(first, lang), latest: formatCount(latest, lang) })}{' '}
      <span class={delta > 0 ? 'cmsk-clip__up' : 'cmsk-clip__down'}>{`(${delta > 0 ? '+' : ''}${formatCount(delta, lang)})`}</span>
    </>
  );
}

export function ClipRow({ clip, selected, onSelect, onEdit, onDelete }: ClipRowProps) {
  const lang = locale.value;
  const author = clip.authorName || clip.authorHandle || clip.postId;
  return (
    <article class="cmsk-clip" aria-label={author} data-clip-id={clip.id}>
      <input type="checkbox" class="cmsk-clip__select" checked={selected} aria-label={t('clips.select', { author })} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="cmsk-clip__media" title={t('clips.media.placeholder')}>
        {clip.media.length > 0 ? (
          // No <img>: a remote image is a network request, and CM Sidekick makes none.
          <a href={clip.media[0]} target="_blank" rel="noopener noreferrer" class="cmsk-clip__thumb">
            <svg viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="5" width="18" height="14" rx="2" /><path d="M3 16l5-5 4 4 3-3 6 6" /><circle cx="16" cy="9" r="1.5" /></svg>
            <span>{t('clips.media', { n: clip.media.length })}</span>
          </a>
        ) : (
          <span class="cmsk-clip__thumb cmsk-clip__thumb--none">{t('clips.media.none')}</span>
        )}
      </div>
      <div class="cmsk-clip__main">
        <header class="cmsk-clip__head">
          <strong class="cmsk-clip__author">{clip.authorName}</strong>
          {clip.authorHandle && <span class="cmsk-muted cmsk-clip__handle">{clip.site === 'x' ? `@${clip.authorHandle}` : clip.authorHandle.replace(/^https:\/\/www\.facebook\.com/u, '')}</span>}
          <span class="cmsk-chip cmsk-chip--muted">{t(clip.site === 'x' ? 'clips.site.x' : 'clips.site.facebook')}</span>
          {clip.competitor && <span class="cmsk-chip cmsk-clip__competitor">{clip.competitor}</span>}
          <span class="cmsk-muted cmsk-clip__time">
            {clip.time ? t('clips.postedAt', { time: formatDateTime(clip.time, lang) }) : t('clips.savedAt', { time: formatDateTime(clip.savedAt, lang) })}
          </span>
        </header>
        <p class="cmsk-clip__text">{clip.text}</p>
        <ul class="cmsk-clip__counts" aria-label={t('clips.samples', { count: clip.sampleCount })}>
          {METRICS.map(([metric, key]) => (
            <li key={metric}>
              <span class="cmsk-muted">{t(key)}</span> <Growth clip={clip} metric={metric} />
            </li>
          ))}
        </ul>
        <footer class="cmsk-clip__foot">
          {clip.tags.map((tag) => <span key={tag} class="cmsk-chip cmsk-chip--muted">{tag}</span>)}
          {clip.note && <span class="cmsk-clip__note" title={clip.note}>{clip.note}</span>}
        </footer>
      </div>
      <div class="cmsk-clip__actions">
        {clip.permalink && <a href={clip.permalink} target="_blank" rel="noopener noreferrer" class="cmsk-btn cmsk-btn--ghost">{t('clips.open')}</a>}
        <button type="button" class="cmsk-btn" aria-label={t('clips.edit', { author })} onClick={onEdit}>{t('common.edit')}</button>
        <button type="button" class="cmsk-btn" aria-label={t('clips.delete', { author })} onClick={onDelete}>{t('common.delete')}</button>
      </div>
    </article>
  );
}
