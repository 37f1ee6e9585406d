import { ChecklistItemSchema, type ChecklistItem } from '../../../lib/schema/checklist';

export function makeItem(fields: Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'recurrence'>): ChecklistItem {
  return ChecklistItemSchema.parse({
    label: fields.id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
}
