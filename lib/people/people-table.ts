// Searching and exporting people for the People view. Pure.

import type { Author } from '../schema/author';
import type { Site } from '../schema/common';
import { fold } from '../templates/normalize';
import { toCsv } from './csv';
import type { Segment } from './segment';

export interface PeopleFilters {
  query: string;
  segment: Segment | null;
  tag: string | null;
  site: Site | null;
}

export const NO_PEOPLE_FILTERS: PeopleFilters = { query: '', segment: null, tag: null, site: null };

/** Every word of the query must appear (accents and case folded) in the name, key, tags or note. */
export function filterPeople(people: readonly Author[], f: PeopleFilters): Author[] {
  const words = fold(f.query).split(/\s+/u).filter(Boolean);
  return people.filter((p) => {
    if (f.segment && p.segment !== f.segment) return false;
    if (f.tag && !p.tags.includes(f.tag)) return false;
    if (f.site && p.site !== f.site) return false;
    if (words.length === 0) return true;
    const hay = fold([p.displayName, p.key, p.firstName ?? '', p.tags.join(' '), p.note].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export function allTags(people: readonly Author[]): string[] {
  return [...new Set(people.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
}

export function lastInteractionAt(p: Author): string | null {
  return p.interactions.reduce<string | null>((last, i) => (last === null || i.at > last ? i.at : last), null);
}

/** Column headings come from the caller, in the CM's language. */
export function peopleCsv(people: readonly Author[], headings: readonly string[]): string {
  return toCsv([
    headings,
    ...people.map((p) => [p.id, p.site, p.key, p.displayName, p.firstName ?? '', p.segment ?? '', p.tags.join(', '), p.note, p.interactions.length, lastInteractionAt(p) ?? '']),
  ]);
}
