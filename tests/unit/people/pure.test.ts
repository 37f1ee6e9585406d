// The pure parts of People and Activity: keys, segment suggestions, merging, CSV, searching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate, bucketStart, replyEvents } from '@/lib/people/activity';
import { BOM, csvCell, toCsv } from '@/lib/people/csv';
import { isKnown, mergePeople } from '@/lib/people/merge';
import { filterPeople, NO_PEOPLE_FILTERS, peopleCsv } from '@/lib/people/people-table';
import { personKey } from '@/lib/people/person-key';
import { suggestSegment, type Interaction } from '@/lib/people/segment';
import { AuthorSchema, type Author } from '@/lib/schema/author';

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

const NOW = new Date('2026-12-01T10:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const reply = (d: number, detail = 'Retard'): Interaction => ({ kind: 'reply', at: daysAgo(d), detail });
const person = (over: Partial<Author> & { site: Author['site']; key: string }): Author =>
  AuthorSchema.parse({ id: `${over.site}:${over.key}`, updatedAt: NOW.toISOString(), ...over });

describe('personKey', () => {
  it('lower-cases X handles and drops the @', () => {
    expect(personKey('x', '@JSmith')).toBe('jsmith');
    expect(personKey('x', 'not a handle')).toBeNull();
    expect(personKey('x', null)).toBeNull();
  });
  it('keeps the Facebook profile path or numeric id', () => {
    expect(personKey('facebook', 'https://www.facebook.com/marie.dupont/')).toBe('marie.dupont');
    expect(personKey('facebook', 'https://www.facebook.com/profile.php?id=1234')).toBe('profile.php?id=1234');
    expect(personKey('facebook', 'https://evil.example/marie')).toBeNull();
  });
  it('cuts a Facebook path to what a person id can hold, the same way for the marker and the store', () => {
    const key = personKey('facebook', `https://www.facebook.com/people/${'a'.repeat(300)}/1234/`);
    expect(key).toHaveLength(191);
    expect(AuthorSchema.safeParse({ id: `facebook:${key}`, site: 'facebook', key, updatedAt: NOW.toISOString() }).success).toBe(true);
  });
});

describe('suggestSegment', () => {
  it('suggests nothing without interactions', () => expect(suggestSegment([], NOW)).toBeNull());
  it('calls three interactions this month engaged', () => expect(suggestSegment([reply(40), reply(20), reply(10), reply(2)], NOW)).toBe('engaged'));
  it('calls someone first met this month a newcomer', () => expect(suggestSegment([reply(5)], NOW)).toBe('newcomer'));
  it('calls someone known for half a year and still around a veteran', () => expect(suggestSegment([reply(400), reply(30)], NOW)).toBe('veteran'));
  it('calls someone not heard from in two months silent', () => expect(suggestSegment([reply(120), reply(70)], NOW)).toBe('silent'));
  it('ignores interactions dated in the future', () => expect(suggestSegment([{ kind: 'reply', at: '2030-01-01T00:00:00Z', detail: '' }], NOW)).toBeNull());
});

describe('mergePeople', () => {
  it('keeps the target, fills its gaps and joins timelines without duplicates', () => {
    const into = person({ site: 'x', key: 'jsmith', displayName: 'Jordan', note: 'VIP client', interactions: [reply(3)] });
    const from = person({ site: 'x', key: 'jordan_s', firstName: 'Jordan', segment: 'engaged', tags: ['vip'], note: 'Ancien compte', interactions: [reply(3), reply(9, 'Merci')] });
    const merged = mergePeople(into, from, NOW.toISOString());
    expect(merged.id).toBe('x:jsmith');
    expect(merged.firstName).toBe('Jordan');
    expect(merged.segment).toBe('engaged');
    expect(merged.tags).toEqual(['vip']);
    expect(merged.note).toBe('VIP client\n\nAncien compte');
    expect(merged.interactions.map((i) => i.detail)).toEqual(['Merci', 'Retard']);
  });
  it('keeps one save per post when both records saved it', () => {
    const saved = (d: number): Interaction => ({ kind: 'clip', at: daysAgo(d), detail: 'Carte', post: { site: 'x', postId: '42', permalink: null } });
    const merged = mergePeople(person({ site: 'x', key: 'a', interactions: [saved(2)] }), person({ site: 'x', key: 'b', interactions: [saved(5), reply(5)] }), NOW.toISOString());
    expect(merged.interactions.map((i) => [i.kind, i.at])).toEqual([['clip', daysAgo(5)], ['reply', daysAgo(5)]]);
  });
  it('knows someone only once the CM noted or dealt with them', () => {
    expect(isKnown(person({ site: 'x', key: 'a' }))).toBe(false);
    expect(isKnown(person({ site: 'x', key: 'a', note: 'troll' }))).toBe(true);
    expect(isKnown(person({ site: 'x', key: 'a', interactions: [reply(1)] }))).toBe(true);
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c'], ['say "hi"', 'line\nbreak']])).toBe(`${BOM}a,"b, c"\r\n"say ""hi""","line\nbreak"\r\n`);
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)']) expect(csvCell(evil).replace(/^"|"$/gu, '').startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe('-3');
  });
  it('exports people with accents intact', () => {
    const csv = peopleCsv([person({ site: 'x', key: 'lea', displayName: '=1+1 Léa', tags: ['presse'] })], ['id', 'site']);
    expect(csv.split('\r\n')[1]).toBe("x:lea,x,lea,'=1+1 Léa,,,presse,,0,");
  });
});

describe('filterPeople', () => {
  const list = [
    person({ site: 'x', key: 'jsmith', displayName: 'Jordan Smith', segment: 'engaged', tags: ['vip'] }),
    person({ site: 'facebook', key: 'marie.dupont', displayName: 'Marie Dupont', note: 'Ambassadrice très présente' }),
  ];
  it('searches names, keys and notes, accents folded', () => {
    expect(filterPeople(list, { ...NO_PEOPLE_FILTERS, query: 'tres' }).map((p) => p.key)).toEqual(['marie.dupont']);
    expect(filterPeople(list, { ...NO_PEOPLE_FILTERS, query: 'JSMITH' }).map((p) => p.key)).toEqual(['jsmith']);
  });
  it('filters by segment, tag and site', () => {
    expect(filterPeople(list, { ...NO_PEOPLE_FILTERS, segment: 'engaged' })).toHaveLength(1);
    expect(filterPeople(list, { ...NO_PEOPLE_FILTERS, tag: 'vip', site: 'facebook' })).toHaveLength(0);
    expect(filterPeople(list, { ...NO_PEOPLE_FILTERS, site: 'facebook' }).map((p) => p.key)).toEqual(['marie.dupont']);
  });
});

describe('aggregate', () => {
  it('starts weeks on Monday and months on the 1st, in local time', () => {
    // Tuesday 1 December 2026, 00:30 in Paris is still Monday 30 November in UTC.
    expect(bucketStart(new Date('2026-11-30T23:30:00Z'), 'day').getDate()).toBe(1);
    expect(bucketStart(new Date('2026-12-01T10:00:00Z'), 'week').getDate()).toBe(30);
    expect(bucketStart(new Date('2026-12-01T10:00:00Z'), 'month').getMonth()).toBe(11);
  });
  it('counts per day, oldest first, and per group; leaves out what is outside the range', () => {
    const events = [
      { at: '2026-12-01T08:00:00Z', group: 'Retard' },
      { at: '2026-12-01T09:00:00Z', group: 'Merci' },
      { at: '2026-11-30T22:30:00Z', group: 'Retard' }, // 23:30 in Paris: still 30 November
      { at: '2026-11-29T12:00:00Z', group: 'Retard' },
      { at: '2026-11-01T12:00:00Z', group: 'Ancien' },
    ];
    const day = aggregate(events, 'day', NOW, 3);
    expect(day.buckets).toEqual([{ start: '2026-11-29', count: 1 }, { start: '2026-11-30', count: 1 }, { start: '2026-12-01', count: 2 }]);
    expect(day.byGroup).toEqual([{ group: 'Retard', count: 3 }, { group: 'Merci', count: 1 }]);
    expect(day.total).toBe(4);
    const month = aggregate(events, 'month', NOW, 2);
    expect(month.buckets).toEqual([{ start: '2026-11-01', count: 3 }, { start: '2026-12-01', count: 2 }]);
  });
  it('reads replies from timelines, by template or by site', () => {
    const people = [person({ site: 'x', key: 'a', interactions: [reply(0, 'Retard'), { kind: 'follow-up', at: daysAgo(0), detail: '' }] }), person({ site: 'facebook', key: 'b', interactions: [reply(1, 'Merci')] })];
    expect(replyEvents(people, 'template').map((e) => e.group)).toEqual(['Retard', 'Merci']);
    expect(aggregate(replyEvents(people, 'site'), 'week', NOW, 1).byGroup).toEqual([{ group: 'facebook', count: 1 }, { group: 'x', count: 1 }]);
  });
});
