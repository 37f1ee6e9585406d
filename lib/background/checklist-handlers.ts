import { completion, streak } from '../checklist/history';
import { moveTo, stepTarget } from '../checklist/reorder';
import { setDone } from '../checklist/today';
import { deleteItem, getItem, listDays, listItems, putDay, putItems } from '../db/checklist-repo';
import type { Db } from '../db/open';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import type { checklistProtocol, TodayView } from '../protocol/checklist';
import type { ChecklistDay, ChecklistItem } from '../schema/checklist';
import { reflectToday } from './badge';
import type { HandlerDeps } from './deps';
import { rollover, todayList, todayState, toView, type DayContext } from './today';

type ChecklistHandlers = Pick<Handlers, keyof typeof checklistProtocol>;

/** FNV-1a: a short stable id, so the same follow-up sent twice (a retry, a second click) stays one item. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Where a move sends the entry at `index`: one step, or the index a drag dropped it at. */
function targetOf(index: number, placement: { direction: 'up' | 'down' } | { to: number }): number {
  return 'to' in placement ? placement.to : stepTarget(index, placement.direction);
}

/** The moved list, or null when the move leaves it as it is (first entry up, last one down, same index). */
function move<T>(list: readonly T[], index: number, placement: { direction: 'up' | 'down' } | { to: number }): T[] | null {
  const to = targetOf(index, placement);
  // A step past either end does nothing, where a drag's index is clamped into the list.
  if ('direction' in placement && (to < 0 || to >= list.length)) return null;
  return moveTo(list, index, to);
}

/** Handlers of the checklist messages; spread into createHandlers. */
export function checklistHandlers(db: Db, deps: HandlerDeps): ChecklistHandlers {
  const current = () => rollover(db, deps.now(), deps.browserLocale());

  /** The view of today, and the badge, popup snapshot and day-start alarm to match. */
  const view = async (ctx: DayContext, state?: ChecklistDay): Promise<TodayView> => {
    const result = toView(ctx, await todayList(db, ctx, state));
    try {
      await reflectToday(ctx, result);
    } catch (error) {
      console.error('[CM Sidekick] badge update failed', error);
    }
    return result;
  };

  /**
   * Runs a change on today's record. A page still showing a day that has ended gets the new
   * day back unchanged: a tick meant for yesterday must not land on today.
   */
  const onToday = async (day: string, change: (ctx: DayContext, state: ChecklistDay) => Promise<ChecklistDay | null>): Promise<TodayView> => {
    const ctx = await current();
    if (day !== ctx.day) return view(ctx);
    const state = await todayState(db, ctx);
    const next = await change(ctx, state);
    if (next) await putDay(db, next);
    return view(ctx, next ?? state);
  };

  const listedKey = async (ctx: DayContext, state: ChecklistDay, key: string) => {
    const item = (await todayList(db, ctx, state)).find((i) => i.key === key);
    if (!item) throw new UserError('not-found', 'error.not-found');
    return item;
  };

  const routine = async () => (await listItems(db)).filter((i) => i.recurrence.kind !== 'once');

  return {
    'checklist/today': async () => view(await current()),

    'checklist/toggle': async ({ day, key, done }) =>
      onToday(day, async (ctx, state) => {
        await listedKey(ctx, state, key);
        return setDone(state, key, done, deps.now());
      }),

    'checklist/add': async ({ day, label, why, required }) =>
      onToday(day, async (ctx) => {
        const stamp = deps.now().toISOString();
        await putItems(db, [{
          id: deps.newId(), label, why, required, brand: ctx.brandId, order: 0,
          recurrence: { kind: 'once', day: ctx.day }, source: { kind: 'manual', url: null }, example: false, createdAt: stamp, updatedAt: stamp,
        }]);
        return null;
      }),

    'checklist/edit': async ({ day, key, label, why }) =>
      onToday(day, async () => {
        // A rendez-vous is edited in the calendar; only list items have a record here.
        const item = await getItem(db, key);
        if (!item) throw new UserError('not-found', 'checklist.error.not-editable');
        await putItems(db, [{ ...item, label, why, updatedAt: deps.now().toISOString() }]);
        return null;
      }),

    'checklist/remove': async ({ day, key }) => {
      let deleted: ChecklistItem | null = null;
      const today = await onToday(day, async (ctx, state) => {
        await listedKey(ctx, state, key);
        const item = await getItem(db, key);
        if (item && item.recurrence.kind === 'once') {
          deleted = await deleteItem(db, key);
          return null;
        }
        // Routine steps and rendez-vous stay for the other days: only today's list loses them.
        return { ...state, skipped: [...new Set([...(state.skipped ?? []), key])] };
      });
      return { today, deleted };
    },

    'checklist/restore': async ({ day, key, item }) =>
      onToday(day, async (_ctx, state) => {
        if (item) await putItems(db, [item]);
        return state.skipped?.includes(key) ? { ...state, skipped: state.skipped.filter((k) => k !== key) } : null;
      }),

    'checklist/move': async ({ day, key, ...placement }) =>
      onToday(day, async (ctx, state) => {
        const keys = (await todayList(db, ctx, state)).map((i) => i.key);
        const order = move(keys, keys.indexOf(key), placement);
        return order ? { ...state, order } : null;
      }),

    'checklist/add-follow-up': async ({ label, url }) => {
      const ctx = await current();
      const id = `follow-up:${ctx.day}:${hash(`${label}\n${url}`)}`;
      const existing = await getItem(db, id);
      const stamp = deps.now().toISOString();
      const item: ChecklistItem = existing ?? {
        id, label, why: '', required: true, brand: ctx.brandId, order: 0,
        recurrence: { kind: 'once', day: ctx.day }, source: { kind: 'follow-up', url }, example: false, createdAt: stamp, updatedAt: stamp,
      };
      if (!existing) await putItems(db, [item]);
      return { item, remaining: (await view(ctx)).remaining };
    },

    'checklist/routine': async () => routine(),

    'checklist/save-item': async ({ item }) => {
      const stamp = deps.now().toISOString();
      const existing = item.id ? await getItem(db, item.id) : null;
      const all = await routine();
      const record: ChecklistItem = {
        ...item,
        id: item.id ?? deps.newId(),
        // A new step goes at the end of the routine.
        order: item.order ?? existing?.order ?? Math.max(0, ...all.map((i) => i.order)) + 10,
        source: existing?.source ?? { kind: 'routine', url: null },
        example: false,
        createdAt: existing?.createdAt ?? stamp,
        updatedAt: stamp,
      };
      await putItems(db, [record]);
      await view(await current());
      return record;
    },

    'checklist/delete-item': async ({ id }) => {
      const deleted = await deleteItem(db, id);
      await view(await current());
      return { deleted };
    },

    'checklist/restore-item': async ({ item }) => {
      await putItems(db, [item]);
      await view(await current());
      return item;
    },

    'checklist/move-item': async ({ id, ...placement }) => {
      const all = await routine();
      const next = move(all, all.findIndex((i) => i.id === id), placement);
      if (!next) return all;
      // Orders are rewritten in steps of 10, so a step added later can slot in between.
      const renumbered = next.map((item, i) => ({ ...item, order: (i + 1) * 10 }));
      await putItems(db, renumbered);
      await view(await current());
      return renumbered;
    },

    'checklist/history': async ({ limit }) => {
      const ctx = await current();
      const records = (await listDays(db)).filter((d) => d.brand === ctx.brandId && d.day < ctx.day);
      const days = completion(records)
        .filter((c) => c.ratio !== null)
        .reverse()
        .slice(0, limit)
        .map((c) => ({
          day: c.day, required: c.required, requiredDone: c.requiredDone,
          optional: c.total - c.required, optionalDone: c.done - c.requiredDone, ratio: c.ratio, complete: c.complete,
        }));
      return { today: ctx.day, streak: streak(records, ctx.day), days };
    },
  };
}
