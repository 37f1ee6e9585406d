// What this tab knows about the people on the page, by person id. Shared by the marker and the
// picker (remembered first names). Authors the background's filter rules out are settled in the
// tab; lookups for the others go out together, at most every 150 ms.

import { remoteFilter } from '../../content/remote-filter';
import { shared } from '../../content/shared';
import { frameThrottle } from '../../content/throttle';
import { sendMessage } from '../../messaging/client';
import type { PersonCard } from '../../protocol/people';

/** The router's bound on one batch. */
const BATCH = 500;

/** id → record, or null once the background said it knows nothing worth showing. */
const known: Map<string, PersonCard | null> = shared('people', () => new Map<string, PersonCard | null>());

export function knownPerson(id: string): PersonCard | null {
  return known.get(id) ?? null;
}

/** The first name the CM set or confirmed for this person, if any. */
export function rememberedFirstName(id: string): string | null {
  return known.get(id)?.firstName ?? null;
}

export interface PeopleLookup {
  /** Settles ids never asked about: from the filter, else one people/get-many for all of them, throttled. */
  want(ids: Iterable<string>): void;
  /** After a save from the card: the new record, shown at once on every post by that person. */
  set(person: PersonCard): void;
  /** Forgets what was learnt (another tab may have noted someone), then asks again. */
  refresh(ids: Iterable<string>): void;
}

/** Every lookup running in this tab, so another feature can say a person changed. */
const running: Set<PeopleLookup> = shared('people-lookups', () => new Set<PeopleLookup>());

/**
 * The background learnt something about these people (the CM just saved a post of theirs):
 * ask again, so their marker shows in this tab without a reload.
 */
export function peopleChanged(ids: readonly string[]): void {
  for (const lookup of running) lookup.refresh(ids);
}

export function createPeopleLookup(signal: AbortSignal, onChange: (ids: ReadonlySet<string>) => void): PeopleLookup {
  const pending = new Set<string>();
  // Authors that appeared meanwhile go in one message, at most every 150 ms while X recycles cells.
  const schedule = frameThrottle(() => flush(), signal);
  signal.addEventListener('abort', () => known.clear(), { once: true });
  const onRecord = remoteFilter(() => sendMessage('people/filter', {}), signal, {
    onReady: () => {
      if (pending.size) schedule();
    },
    held: () => [...known].flatMap(([id, person]) => (person ? [id] : [])),
  });

  async function lookup(ids: string[]): Promise<void> {
    const result = await sendMessage('people/get-many', { ids });
    if (signal.aborted) return;
    if (!result.ok) {
      // Unreachable background: leave them unknown so the next sighting asks again.
      for (const id of ids) known.delete(id);
      return;
    }
    const changed = new Set<string>();
    const found = new Map(result.data.people.map((p) => [p.id, p]));
    for (const id of ids) {
      const next = found.get(id) ?? null;
      if ((known.get(id) ?? null) !== null || next !== null) changed.add(id);
      known.set(id, next);
    }
    if (changed.size) onChange(changed);
  }

  function flush(): void {
    // The filter's arrival schedules again.
    if (!onRecord.ready) return;
    // Authors that came while the filter was on its way; those it rules out stay unknown (null).
    const ids = [...pending].filter((id) => onRecord.mayHold(id));
    pending.clear();
    for (let i = 0; i < ids.length; i += BATCH) void lookup(ids.slice(i, i + BATCH));
  }

  const lookupApi: PeopleLookup = {
    want(ids) {
      for (const id of ids) {
        if (known.has(id)) continue;
        // Marked as asked (null) at once, so the same author on ten posts is asked once.
        known.set(id, null);
        // Most authors of a feed are strangers to the CM: the filter says so at once, with no message.
        if (!onRecord.ready || onRecord.mayHold(id)) pending.add(id);
      }
      if (pending.size) schedule();
    },
    set(person) {
      known.set(person.id, person);
      onRecord.add(person.id);
      onChange(new Set([person.id]));
    },
    refresh(ids) {
      // Another tab, or this one, may have noted someone since: a new filter first.
      onRecord.refresh();
      for (const id of ids) known.delete(id);
      lookupApi.want(ids);
    },
  };
  running.add(lookupApi);
  signal.addEventListener('abort', () => running.delete(lookupApi), { once: true });
  return lookupApi;
}
