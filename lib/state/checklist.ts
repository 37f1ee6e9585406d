import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { dayLabel } from '../checklist/day-label';
import { moveTo } from '../checklist/reorder';
import { currentSnapshot, TODAY_SNAPSHOT_KEY, type TodaySnapshot } from '../checklist/snapshot';
import { detectLocale } from '../i18n/format';
import { request } from '../messaging/client';
import type { HistoryDay, TodayView } from '../protocol/checklist';
import type { ChecklistItem, RoutineRecurrence } from '../schema/checklist';
import { locale } from './i18n';

/** Today's list as the background built it; the popup renders this and nothing else. */
export const today = signal<TodayView | null>(null);
/** Set when an answer is for a later day than the one shown: the list started over. */
export const dayChanged = signal(false);

/** Language and theme come with the list, so the popup renders once, in the right ones. */
function applyPrefs(view: TodayView): void {
  locale.value = view.uiLang === 'auto' ? detectLocale(navigator.languages) : view.uiLang;
  document.documentElement.lang = locale.value;
  document.documentElement.dataset.theme = view.theme;
}

/** `stored`: the view is the popup's own copy in localStorage, so there is nothing to write back. */
function show(view: TodayView, stored = false): TodayView {
  const shown = today.value;
  dayChanged.value = shown !== null && shown.day !== view.day;
  today.value = view;
  applyPrefs(view);
  if (!stored) keepLocal(view);
  return view;
}

/**
 * The popup's own copy of the last snapshot, in its localStorage: read synchronously, it puts
 * the list on the popup's first paint, where storage.session answers a few milliseconds after.
 * Same checks as the background's copy: never shown past the day start it was built for.
 */
const LOCAL_KEY = 'cmsk:today';
/** The last snapshot adopted: its day start and labels go with the lists shown after it. */
let kept: TodaySnapshot | null = null;

function readLocal(): TodaySnapshot | null {
  try {
    const raw = localStorage.getItem(LOCAL_KEY);
    return raw ? currentSnapshot(JSON.parse(raw), new Date()) : null;
  } catch {
    return null;
  }
}

function keepLocal(view: TodayView): void {
  // Only for that snapshot's day: another day's list waits for the background's next snapshot.
  if (kept?.view.day !== view.day) return;
  try {
    localStorage.setItem(LOCAL_KEY, JSON.stringify({ ...kept, view }));
  } catch {
    // A full or disabled localStorage only costs the instant first paint.
  }
}

const day = (): string => today.value?.day ?? '';

export async function loadToday(): Promise<TodayView> {
  return show(await request('checklist/today', {}));
}

/** Day headers by `locale:day`, seeded from the snapshot so the first paint does not wait on Intl. */
const dayLabels = new Map<string, string>();

/** The popup's header for `day`, in the page's language. */
export function dayHeading(day: string): string {
  const key = `${locale.value}:${day}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = dayLabel(day, locale.value);
    dayLabels.set(key, label);
  }
  return label;
}

/** The list the background last built, if it is still today's; null when absent, stale or unreadable. */
async function readSnapshot(): Promise<TodaySnapshot | null> {
  try {
    const session = browser.storage.session as typeof browser.storage.session | undefined;
    const stored = await session?.get(TODAY_SNAPSHOT_KEY);
    return currentSnapshot(stored?.[TODAY_SNAPSHOT_KEY], new Date());
  } catch {
    return null;
  }
}

function adopt(snapshot: TodaySnapshot, stored = false): void {
  for (const [lang, label] of Object.entries(snapshot.dayLabels)) dayLabels.set(`${lang}:${snapshot.view.day}`, label);
  kept = snapshot;
  // Writing the popup's own copy back would cost its first paint a serialisation and a write.
  show(snapshot.view, stored);
}

/**
 * Opening the popup. The list the background last built is painted at once (reading it needs
 * no service worker, which MV3 has often stopped), then the background's answer replaces it:
 * the same list in the usual case, and what changed otherwise.
 */
let fromLocal = false;

/** Puts the popup's own copy on screen, synchronously: called before the first render. */
export function primeToday(): void {
  if (today.value !== null) return;
  const local = readLocal();
  if (!local) return;
  adopt(local, true);
  fromLocal = true;
}

export async function openToday(): Promise<TodayView> {
  primeToday();
  const snapshot = await readSnapshot();
  // The background's copy replaces the popup's own, which may predate a tick made elsewhere.
  if (snapshot && (today.value === null || fromLocal)) {
    fromLocal = false;
    adopt(snapshot);
    // Let Preact put the list on screen before the message wakes a stopped worker: starting
    // it keeps this process busy for tens of milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return loadToday();
}

/** Ticks at once on screen; the background's answer then replaces the list (or puts it back on failure). */
export async function toggleItem(key: string, done: boolean): Promise<void> {
  const before = today.value;
  if (before) {
    const items = before.items.map((i) => (i.key === key ? { ...i, done } : i));
    today.value = { ...before, items, remaining: items.filter((i) => i.required && !i.done).length };
  }
  try {
    show(await request('checklist/toggle', { day: day() || before?.day || '', key, done }));
  } catch (error) {
    if (before) today.value = before;
    throw error;
  }
}

export async function addItem(label: string, why = ''): Promise<void> {
  show(await request('checklist/add', { day: day(), label, why }));
}

export async function editItem(key: string, label: string, why: string): Promise<void> {
  show(await request('checklist/edit', { day: day(), key, label, why }));
}

/** Returns what the Undo of the toast needs. */
export async function removeItem(key: string): Promise<{ key: string; deleted: ChecklistItem | null }> {
  const { today: view, deleted } = await request('checklist/remove', { day: day(), key });
  show(view);
  return { key, deleted };
}

export async function restoreItem(undo: { key: string; deleted: ChecklistItem | null }): Promise<void> {
  show(await request('checklist/restore', { day: day(), key: undo.key, item: undo.deleted }));
}

export async function moveItem(key: string, direction: 'up' | 'down'): Promise<TodayView> {
  return show(await request('checklist/move', { day: day(), key, direction }));
}

/** A drop: the list shows the new order at once; the background's answer replaces it (or puts it back on failure). */
export async function moveItemTo(key: string, to: number): Promise<TodayView> {
  const before = today.value;
  if (before) {
    const items = moveTo(before.items, before.items.findIndex((i) => i.key === key), to);
    if (!items) return before;
    today.value = { ...before, items };
  }
  try {
    return show(await request('checklist/move', { day: day() || before?.day || '', key, to }));
  } catch (error) {
    if (before) today.value = before;
    throw error;
  }
}

export async function switchBrand(brandId: string): Promise<void> {
  await request('brands/activate', { brandId });
  await loadToday();
}

// The routine and its history, for the options page.
export const routine = signal<ChecklistItem[] | null>(null);
export const history = signal<{ today: string; streak: number; days: HistoryDay[] } | null>(null);

export async function loadRoutine(): Promise<ChecklistItem[]> {
  routine.value = await request('checklist/routine', {});
  return routine.value;
}

export interface RoutineDraft {
  id?: string;
  label: string;
  why: string;
  recurrence: RoutineRecurrence;
  required: boolean;
  brand: string | null;
}

export async function saveRoutineItem(draft: RoutineDraft): Promise<ChecklistItem> {
  const saved = await request('checklist/save-item', { item: draft });
  await loadRoutine();
  return saved;
}

export async function deleteRoutineItem(id: string): Promise<ChecklistItem | null> {
  const { deleted } = await request('checklist/delete-item', { id });
  await loadRoutine();
  return deleted;
}

export async function restoreRoutineItem(item: ChecklistItem): Promise<void> {
  await request('checklist/restore-item', { item });
  await loadRoutine();
}

export async function moveRoutineItem(id: string, direction: 'up' | 'down'): Promise<ChecklistItem[]> {
  routine.value = await request('checklist/move-item', { id, direction });
  return routine.value;
}

/** A drop in the routine: shown at once, saved by the background (put back on failure). */
export async function moveRoutineItemTo(id: string, to: number): Promise<ChecklistItem[]> {
  const before = routine.value;
  if (before) {
    const next = moveTo(before, before.findIndex((i) => i.id === id), to);
    if (!next) return before;
    routine.value = next;
  }
  try {
    routine.value = await request('checklist/move-item', { id, to });
    return routine.value;
  } catch (error) {
    if (before) routine.value = before;
    throw error;
  }
}

export async function loadHistory(): Promise<void> {
  history.value = await request('checklist/history', { limit: 60 });
}
