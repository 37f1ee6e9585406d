// The weekly watch digest: last seven days, by competitor, the most engaging posts first.

import { weeklyDigest } from '@/lib/clips/digest';
import { interactions } from '@/lib/clips/samples';
import { clipIndex, libraryVersion } from '@/lib/state/clips';
import { locale, t } from '@/lib/state/i18n';
import { EmptyState } from '../../ui/empty-state';
import { formatCount, formatDateTime } from './format';

export function Digest({ now = new Date() }: { now?: Date }) {
  void libraryVersion.value;
  const groups = weeklyDigest(clipIndex.all(), now);
  const lang = locale.value;
  if (groups.length === 0) return <EmptyState title={t('clips.digest.empty.title')}>{t('clips.digest.empty.body')}</EmptyState>;
  return (
    <section class="cmsk-stack" aria-labelledby="digest-title">
      <div>
        <h3 id="digest-title">{t('clips.digest.title')}</h3>
        <p class="cmsk-muted">{t('clips.digest.help')}</p>
      </div>
      {groups.map((group) => {
        const name = group.competitor ?? t('clips.digest.noCompetitor');
        return (
          <section key={name} class="cmsk-digest" aria-label={name}>
            <h4>{t('clips.digest.group', { competitor: name, count: group.clips.length, interactions: formatCount(group.interactions, lang) })}</h4>
            <ol class="cmsk-list">
              {group.clips.map((clip) => (
                <li key={clip.id} class="cmsk-card cmsk-digest__item">
                  <div class="cmsk-row">
                    <strong>{clip.authorName}</strong>
                    <span class="cmsk-chip">{t('clips.interactions', { count: formatCount(interactions(clip.counts), lang) })}</span>
                    <span class="cmsk-muted">{formatDateTime(clip.savedAt, lang)}</span>
                    {clip.permalink && <a href={clip.permalink} target="_blank" rel="noopener noreferrer">{t('clips.open')}</a>}
                  </div>
                  <p class="cmsk-card__body">{clip.text}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
