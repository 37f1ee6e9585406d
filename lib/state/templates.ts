import { signal } from '@preact/signals';
import { request } from '../messaging/client';
import type { Template } from '../schema';

export const templates = signal<Template[] | null>(null);

export async function loadTemplates(): Promise<Template[]> {
  const list = await request('templates/list', {});
  templates.value = list;
  return list;
}
