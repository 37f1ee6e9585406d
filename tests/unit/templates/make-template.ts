import { TemplateSchema, type Template } from '../../../lib/schema';

type Input = Partial<Omit<Template, 'usage'>> & { usage?: Partial<Template['usage']> };

let next = 0;

/** A valid Template with schema defaults; only what the test cares about is spelled out. */
export function makeTemplate(input: Input = {}): Template {
  next++;
  return TemplateSchema.parse({
    id: `t${next}`,
    title: `Template ${next}`,
    body: 'Merci !',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...input,
    usage: { count: 0, lastUsedAt: null, ...input.usage },
  });
}
