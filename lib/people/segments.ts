/** The four member groups a CM gives different attention to. Plain data: usable in content scripts without zod. */
export const SEGMENTS = ['engaged', 'silent', 'veteran', 'newcomer'] as const;
export type SegmentName = (typeof SEGMENTS)[number];
