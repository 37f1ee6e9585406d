/** A small seeded generator, so a failing fuzz case can be replayed from its seed. */
export function createRng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
export type Rng = ReturnType<typeof createRng>;

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '\u0000\u0001\u0002',
  '\uD800',
  '‮gnp.exe',
  '🙂'.repeat(300),
  'a'.repeat(25_000),
  '',
  ' ',
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Any JSON-like value, biased towards the shapes that break validators. */
export function randomValue(rng: Rng, depth = 0): unknown {
  const kind = rng.int(depth > 3 ? 6 : 9);
  switch (kind) {
    case 0: return null;
    case 1: return rng.pick([true, false]);
    case 2: return rng.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 42]);
    case 3: return rng.pick(HOSTILE_STRINGS);
    case 4: return rng.pick(['2026-12-01T09:00:00Z', 'not a date', '2026-02-30', 'x', 'facebook', 'fr', 'any']);
    case 5: return undefined;
    case 6: return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      const n = rng.int(5);
      for (let i = 0; i < n; i++) {
        const key = rng.next() < 0.3 ? rng.pick(POLLUTION_KEYS) : rng.pick(['id', 'title', 'body', 'type', 'data', 'cmsk', 'site', 'postId', 'brands', 'x']);
        obj[key] = randomValue(rng, depth + 1);
      }
      return obj;
    }
  }
}

/** JSON with `__proto__` as an own key, the way a hostile file would arrive through JSON.parse. */
export function withProtoKey(value: Record<string, unknown>, payload: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/^\{/, `{"__proto__":${JSON.stringify(payload)},`));
}
