import type { DBSchema } from 'idb';
import type { Author, CalendarEvent, ChecklistDay, ChecklistItem, Clip, Template } from '../schema';
import type { Brand, Settings } from '../schema/settings';

export type StoredSettings = Omit<Settings, 'brands'>;
export type StoredBrand = Brand & { order: number };

export interface CmskDb extends DBSchema {
  templates: { key: string; value: Template; indexes: { updatedAt: string } };
  clips: { key: string; value: Clip; indexes: { savedAt: string; site: string; competitor: string; postId: string } };
  calendar: { key: string; value: CalendarEvent };
  checklistItems: { key: string; value: ChecklistItem };
  checklistDays: { key: string; value: ChecklistDay };
  authors: { key: string; value: Author };
  settings: { key: 'settings'; value: StoredSettings };
  brands: { key: string; value: StoredBrand };
  meta: { key: string; value: unknown };
}

export type StoreName = 'templates' | 'clips' | 'calendar' | 'checklistItems' | 'checklistDays' | 'authors' | 'settings' | 'brands' | 'meta';
export const ALL_STORES: StoreName[] = ['templates', 'clips', 'calendar', 'checklistItems', 'checklistDays', 'authors', 'settings', 'brands', 'meta'];
