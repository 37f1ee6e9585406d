import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ResponseOf } from '@/lib/messages';
import { request } from '@/lib/messaging/client';
import { aggregate, replyEvents, type ActivityEvent, type Period } from '@/lib/people/activity';
import { toCsv } from '@/lib/people/csv';
import type { Author } from '@/lib/schema/author';
import { locale, t } from '@/lib/state/i18n';
import { downloadFile, stampedName } from './clips/download';
import { BarChart, GroupTable } from './activity/bar-chart';
import './people/people.css';

/** How many periods each chart shows. */
const SPAN: Record<Period, number> = { day: 14, week: 12, month: 12 };
/** The clips library is read a page at a time; this bounds one read. */
const CLIP_PAGE = 5_000;

interface Sources {
  people: Author[];
  clips: ActivityEvent[];
  checklist: ActivityEvent[];
}

async function loadSources(): Promise<Sources> {
  const { people } = await request('people/list', {});
  const clips: ActivityEvent[] = [];
  let after: { savedAt: string; id: string } | null = null;
  do {
    const page: ResponseOf<'clips/list'> = await request('clips/list', { after, limit: CLIP_PAGE });
    for (const c of page.clips) clips.push({ at: c.savedAt, group: c.competitor ?? '' });
    after = page.next;
  } while (after);
  const history = await request('checklist/history', { limit: 366 });
  // A checklist day counts once, at local noon of that day, when every required item was done.
  const checklist = history.days.filter((d) => d.complete).map((d) => ({ at: new Date(`${d.day}T12:00:00`).toISOString(), group: '' }));
  return { people, clips, checklist };
}

/** "Activity": replies, saved posts and complete checklist days, per day, week or month. */
export function ActivityView() {
  const [sources, setSources] = useState<Sources | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('week');
  useEffect(() => {
    loadSources().then(setSources, (e: unknown) => setError(t('people.error', { message: e instanceof Error ? e.message : String(e) })));
  }, []);
  const figures = useMemo(() => {
    if (!sources) return null;
    const now = new Date();
    const n = SPAN[period];
    return {
      byTemplate: aggregate(replyEvents(sources.people, 'template'), period, now, n),
      bySite: aggregate(replyEvents(sources.people, 'site'), period, now, n),
      clips: aggregate(sources.clips.map((c) => ({ ...c, group: c.group || t('activity.clips.none') })), period, now, n),
      checklist: aggregate(sources.checklist, period, now, n),
    };
  }, [sources, period]);

  if (error) return <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p>;
  if (!figures) return <p aria-busy="true">{t('common.loading')}</p>;
  const fmt = new Intl.DateTimeFormat(locale.value, period === 'month' ? { month: 'short', year: '2-digit' } : { day: 'numeric', month: 'short' });
  const label = (start: string) => fmt.format(new Date(`${start}T12:00:00`));
  const exportCsv = () => {
    const rows: Array<Array<string | number>> = [[t('activity.period'), t('activity.col.period'), t('activity.col.group'), t('activity.col.count')]];
    const add = (title: string, agg: typeof figures.clips) => {
      for (const b of agg.buckets) rows.push([title, b.start, '', b.count]);
      for (const g of agg.byGroup) rows.push([title, '', g.group, g.count]);
    };
    add(t('activity.replies.byTemplate'), figures.byTemplate);
    for (const g of figures.bySite.byGroup) rows.push([t('activity.replies.bySite'), '', g.group, g.count]);
    add(t('activity.clips.byCompetitor'), figures.clips);
    add(t('activity.checklist'), figures.checklist);
    downloadFile(stampedName('activity', 'csv'), 'text/csv;charset=utf-8', toCsv(rows));
  };
  return (
    <div class="cmsk-activity cmsk-stack">
      <h2>{t('activity.title')}</h2>
      <p class="cmsk-muted">{t('activity.intro')}</p>
      <div class="cmsk-filters">
        <label class="cmsk-field">
          <span>{t('activity.period')}</span>
          <select value={period} onChange={(e) => setPeriod(e.currentTarget.value as Period)}>
            {(['day', 'week', 'month'] as const).map((p) => <option key={p} value={p}>{t(`activity.period.${p}`)}</option>)}
          </select>
        </label>
        <button type="button" class="cmsk-btn" onClick={exportCsv}>{t('activity.export')}</button>
      </div>
      <div class="cmsk-activity__charts">
        <section class="cmsk-stack">
          <BarChart id="replies" title={t('activity.replies')} buckets={figures.byTemplate.buckets} label={label} />
          <GroupTable id="replies-template" title={t('activity.replies.byTemplate')} groups={figures.byTemplate.byGroup} />
          <GroupTable id="replies-site" title={t('activity.replies.bySite')} groups={figures.bySite.byGroup.map((g) => ({ ...g, group: g.group === 'x' ? 'X' : 'Facebook' }))} />
        </section>
        <section class="cmsk-stack">
          <BarChart id="clips" title={t('activity.clips')} buckets={figures.clips.buckets} label={label} />
          <GroupTable id="clips-competitor" title={t('activity.clips.byCompetitor')} groups={figures.clips.byGroup} />
        </section>
        <section class="cmsk-stack">
          <BarChart id="checklist" title={t('activity.checklist')} buckets={figures.checklist.buckets} label={label} />
        </section>
      </div>
    </div>
  );
}
