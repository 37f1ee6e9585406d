import { describe, expect, it } from 'vitest';
import { BOM, clipsToCsv, csvCell, CSV_COLUMNS } from '@/lib/clips/csv';
import { weeklyDigest } from '@/lib/clips/digest';
import { appendSample, mergeCounts } from '@/lib/clips/samples';
import { makeSummary } from './make-clip';

const titles = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof CSV_COLUMNS)[number], string>;

/** A small RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cafe')).toBe("'@cafe");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM, a header and one row per clip, first and latest engagement', () => {
    const xss = 'Test <script>alert(1)</script> et <img src=x onerror=alert(1)> & "guillemets", =1+1';
    const clip = makeSummary({ text: xss, tags: ['promo', 'lyon'], note: '=cmd|calc', counts: { replies: 5, reposts: 2, likes: 30, views: null }, first: { at: '2026-12-01T09:00:00.000Z', replies: 1, reposts: 2, likes: 3, views: 40 } });
    const csv = clipsToCsv([clip, makeSummary()], titles);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => rows[1]?.[CSV_COLUMNS.indexOf(name)];
    expect(cell('text')).toBe(xss);
    expect(cell('note')).toBe("'=cmd|calc");
    expect(cell('tags')).toBe('promo; lyon');
    expect([cell('likesFirst'), cell('likesLatest'), cell('viewsFirst'), cell('viewsLatest')]).toEqual(['3', '30', '40', '']);
  });
});

describe('weekly digest', () => {
  const now = new Date('2026-12-08T12:00:00.000Z');
  it('keeps the last 7 days, groups by competitor, most engaging first, unassigned last', () => {
    const clips = [
      makeSummary({ id: 'a', competitor: 'Acme', counts: { replies: 1, reposts: 0, likes: 1, views: 0 }, savedAt: '2026-12-07T10:00:00.000Z' }),
      makeSummary({ id: 'b', competitor: 'Acme', counts: { replies: 10, reposts: 5, likes: 100, views: 0 }, savedAt: '2026-12-06T10:00:00.000Z' }),
      makeSummary({ id: 'c', competitor: 'Zen', counts: { replies: 0, reposts: 0, likes: 500, views: 0 }, savedAt: '2026-12-05T10:00:00.000Z' }),
      makeSummary({ id: 'd', competitor: null, counts: { replies: 0, reposts: 0, likes: 9999, views: 0 }, savedAt: '2026-12-04T10:00:00.000Z' }),
      makeSummary({ id: 'old', competitor: 'Acme', savedAt: '2026-11-30T10:00:00.000Z' }),
    ];
    const groups = weeklyDigest(clips, now);
    expect(groups.map((g) => [g.competitor, g.clips.map((c) => c.id)])).toEqual([['Zen', ['c']], ['Acme', ['b', 'a']], [null, ['d']]]);
    expect(groups[1]?.interactions).toBe(117);
  });
});

describe('engagement samples', () => {
  const counts = { replies: 1, reposts: 1, likes: 1, views: null };
  it('keeps at most one feed sample an hour, and keeps known values a page no longer shows', () => {
    const start = [{ at: '2026-12-01T09:00:00.000Z', ...counts }];
    expect(appendSample(start, counts, new Date('2026-12-01T09:59:00.000Z'), 'visit')).toBeNull();
    expect(appendSample(start, counts, new Date('2026-12-01T10:00:00.000Z'), 'visit')).toHaveLength(2);
    expect(mergeCounts({ replies: 1, reposts: 2, likes: 3, views: 40 }, { replies: 2, reposts: null, likes: 5, views: null })).toEqual({ replies: 2, reposts: 2, likes: 5, views: 40 });
  });
});
