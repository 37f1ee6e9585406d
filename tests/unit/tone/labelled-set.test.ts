import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze, HINT_IDS, HintIdSchema, ToneInputSchema, type HintId } from '../../../lib/tone';

// The labelled set lives beside the catalogue, outside this repository.
const LABELLED = fileURLToPath(new URL('../../../../shared/data/tone/dev.jsonl', import.meta.url));

const ItemSchema = ToneInputSchema.extend({
  id: z.string(),
  expect: z.array(HintIdSchema),
  forbid: z.array(HintIdSchema),
});

function load(): z.infer<typeof ItemSchema>[] {
  return readFileSync(LABELLED, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => ItemSchema.parse(JSON.parse(line)));
}

describe('the labelled set beside the catalogue', () => {
  const items = load();
  const counts = new Map<HintId, { tp: number; fp: number; fn: number }>(HINT_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const it of items) {
    const got = new Set(analyze(it).map((h) => h.id));
    for (const id of it.expect) {
      const c = counts.get(id);
      if (c && got.has(id)) c.tp += 1;
      else if (c) c.fn += 1;
    }
    for (const id of it.forbid) {
      const c = counts.get(id);
      if (c && got.has(id)) c.fp += 1;
    }
  }
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

  it('has items to score', () => {
    expect(items.length).toBeGreaterThan(100);
  });

  it('reaches micro precision 0.95 and recall 0.90', () => {
    expect(total.tp / (total.tp + total.fp)).toBeGreaterThanOrEqual(0.95);
    expect(total.tp / (total.tp + total.fn)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(HINT_IDS)('recalls at least 0.75 of %s', (id) => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    expect(c.tp + c.fn, 'the set labels this id').toBeGreaterThan(0);
    expect(c.tp / (c.tp + c.fn)).toBeGreaterThanOrEqual(0.75);
  });
});
