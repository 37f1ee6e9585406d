import type { ClipSummary } from '../protocol/clips';

/**
 * The library as a spreadsheet: UTF-8 with a byte-order mark (so Excel reads accents), one row
 * per clip, RFC 4180 quoting, CRLF line ends. Text from the page is data: a cell starting with
 * = + - @ (or a tab or carriage return) is prefixed with ' so no spreadsheet runs it as a
 * formula. Pure; the column titles come from the caller, in the CM's language.
 */

export const CSV_COLUMNS = [
  'site', 'postId', 'author', 'handle', 'text', 'postedAt', 'savedAt', 'permalink', 'competitor', 'tags', 'note',
  'repliesFirst', 'repliesLatest', 'repostsFirst', 'repostsLatest', 'likesFirst', 'likesLatest', 'viewsFirst', 'viewsLatest', 'media',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const BOM = '\uFEFF';

/** One cell, neutralised and quoted when it needs to be. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

function row(clip: ClipSummary): Record<CsvColumn, string | number | null> {
  const first = clip.first;
  return {
    site: clip.site,
    postId: clip.postId,
    author: clip.authorName,
    handle: clip.authorHandle,
    text: clip.text,
    postedAt: clip.time,
    savedAt: clip.savedAt,
    permalink: clip.permalink,
    competitor: clip.competitor,
    tags: clip.tags.join('; '),
    note: clip.note,
    repliesFirst: first?.replies ?? null,
    repliesLatest: clip.counts.replies,
    repostsFirst: first?.reposts ?? null,
    repostsLatest: clip.counts.reposts,
    likesFirst: first?.likes ?? null,
    likesLatest: clip.counts.likes,
    viewsFirst: first?.views ?? null,
    viewsLatest: clip.counts.views,
    media: clip.media.join(' '),
  };
}

export function clipsToCsv(clips: readonly ClipSummary[], titles: Readonly<Record<CsvColumn, string>>): string {
  const lines = [CSV_COLUMNS.map((c) => csvCell(titles[c])).join(',')];
  for (const clip of clips) {
    const values = row(clip);
    lines.push(CSV_COLUMNS.map((c) => csvCell(values[c])).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
