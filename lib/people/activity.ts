// Counting what the CM did over time (replies, clips, checklist days), for the Activity view.
// Pure: the view passes records and "now"; local calendar days, weeks from Monday.

import type { Author } from '../schema/author';

export type Period = 'day' | 'week' | 'month';

export interface ActivityEvent {
  at: string;
  /** What the event is counted by besides time: a template, a site, a competitor. */
  group: string;
}

export interface Bucket {
  /** First local day of the bucket, YYYY-MM-DD. */
  start: string;
  count: number;
}

export interface Aggregate {
  buckets: Bucket[];
  byGroup: Array<{ group: string; count: number }>;
  total: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of the day, the Monday of the week, or the 1st of the month holding `d`. */
export function bucketStart(d: Date, period: Period): Date {
  const start = new Date(d.getFullYear(), d.getMonth(), period === 'month' ? 1 : d.getDate());
  if (period === 'week') start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

function step(d: Date, period: Period, by: number): Date {
  const next = new Date(d);
  if (period === 'month') next.setMonth(next.getMonth() + by);
  else next.setDate(next.getDate() + by * (period === 'week' ? 7 : 1));
  return next;
}

/**
 * The last `count` periods up to and including the one holding `now`, oldest first, with the
 * events in each; events outside that range are not counted. Groups: most events first.
 */
export function aggregate(events: readonly ActivityEvent[], period: Period, now: Date, count: number): Aggregate {
  const first = step(bucketStart(now, period), period, -(count - 1));
  const starts = Array.from({ length: count }, (_, i) => step(first, period, i));
  const end = step(starts[starts.length - 1] ?? first, period, 1).getTime();
  const counts = new Array<number>(count).fill(0);
  const groups = new Map<string, number>();
  let total = 0;
  for (const event of events) {
    const at = Date.parse(event.at);
    if (!Number.isFinite(at) || at < first.getTime() || at >= end) continue;
    const index = starts.findLastIndex((s) => s.getTime() <= at);
    counts[index] = (counts[index] ?? 0) + 1;
    groups.set(event.group, (groups.get(event.group) ?? 0) + 1);
    total++;
  }
  return {
    buckets: starts.map((s, i) => ({ start: localDay(s), count: counts[i] ?? 0 })),
    byGroup: [...groups].map(([group, n]) => ({ group, count: n })).sort((a, b) => b.count - a.count || a.group.localeCompare(b.group)),
    total,
  };
}

/** Replies inserted with a template, from people's timelines: by template title, or by site. */
export function replyEvents(people: readonly Author[], by: 'template' | 'site'): ActivityEvent[] {
  return people.flatMap((p) => p.interactions.filter((i) => i.kind === 'reply').map((i) => ({ at: i.at, group: by === 'site' ? p.site : i.detail })));
}
