// Folding a duplicate person into another (the same member seen under two keys, or on two sites).

import type { Author } from '../schema/author';
import { joinTimelines } from './timeline';

/** `into` keeps its identity; what it lacks comes from `from`; timelines are joined by time. */
export function mergePeople(into: Author, from: Author, at: string): Author {
  const interactions = joinTimelines(into.interactions, from.interactions);
  const note = [into.note, from.note].filter((n) => n.trim() !== '').join('\n\n');
  return {
    ...into,
    displayName: into.displayName || from.displayName,
    firstName: into.firstName ?? from.firstName,
    segment: into.segment ?? from.segment,
    tags: [...new Set([...into.tags, ...from.tags])].slice(0, 50),
    note: note.slice(0, 20_000),
    interactions,
    updatedAt: at,
  };
}

/** Worth a marker next to their posts: the CM wrote something about them or dealt with them. */
export function isKnown(p: Pick<Author, 'note' | 'segment' | 'tags' | 'interactions'>): boolean {
  return p.note.trim() !== '' || p.segment !== null || p.tags.length > 0 || p.interactions.length > 0;
}
