// What the tone panel makes of the engine's hints: muting, the template tags a reading asks for,
// and the templates that answer it.
import { describe, expect, it } from 'vitest';
import { hintsSignature, matchingTemplates, needsFollowUp, READING_TAGS, readingTags, templateMatcher, visibleHints } from '@/lib/features/tone-hints/reading';
import { starterTemplates } from '@/lib/templates/starters';
import { analyze, HINT_IDS, type Hint } from '@/lib/tone';
import { makeTemplate } from '../templates/make-template';

const hint = (id: Hint['id'], reason = 'x'): Hint => ({ id, severity: 'info', reason });
const ctx = { platform: 'x' as const, brandId: 'acme' };

describe('visibleHints', () => {
  it('drops the muted ids and keeps the order', () => {
    const hints = [hint('in.upset'), hint('rep.shouting'), hint('rep.excess_punct')];
    expect(visibleHints(hints, new Set(['rep.shouting'])).map((h) => h.id)).toEqual(['in.upset', 'rep.excess_punct']);
    expect(visibleHints(hints, new Set())).toEqual(hints);
  });
});

describe('readingTags', () => {
  it('maps every incoming-post reading, and only those, to template tags', () => {
    expect(Object.keys(READING_TAGS).sort()).toEqual(HINT_IDS.filter((id) => id.startsWith('in.')).sort());
    expect(readingTags([hint('in.upset'), hint('in.sarcasm'), hint('rep.shouting'), hint('in.escalation')])).toEqual(['upset', 'escalation', 'crisis']);
    expect(readingTags([hint('rep.shouting'), hint('ctx.use_name')])).toEqual([]);
  });

  it('finds tags the starter templates carry for each reading', () => {
    const tags = new Set(starterTemplates(new Date('2026-12-01T09:00:00Z')).flatMap((t) => t.tags));
    for (const wanted of Object.values(READING_TAGS)) expect(wanted?.some((tag) => tags.has(tag)), String(wanted)).toBe(true);
  });
});

describe('matchingTemplates', () => {
  const upset = makeTemplate({ id: 'upset', tags: ['Upset ', 'dm'] });
  const otherBrand = makeTemplate({ id: 'other-brand', tags: ['upset'], brand: 'zeta' });
  const facebookOnly = makeTemplate({ id: 'fb-only', tags: ['upset'], platforms: ['facebook'] });
  const ours = makeTemplate({ id: 'ours', tags: ['crisis'], brand: 'acme', platforms: ['x'] });
  const untagged = makeTemplate({ id: 'untagged', tags: [] });
  const all = [upset, otherBrand, facebookOnly, ours, untagged];

  it('keeps templates with one of the tags (any case) that fit this platform and brand', () => {
    expect(matchingTemplates(all, ['upset'], ctx).map((t) => t.id)).toEqual(['upset']);
    expect(matchingTemplates(all, ['upset', 'crisis'], ctx).map((t) => t.id)).toEqual(['upset', 'ours']);
    expect(matchingTemplates(all, ['upset'], { platform: 'facebook', brandId: 'zeta' }).map((t) => t.id)).toEqual(['upset', 'other-brand', 'fb-only']);
    expect(matchingTemplates(all, [], ctx)).toEqual([]);
  });

  it('is the same test as the predicate the picker is narrowed with', () => {
    const keep = templateMatcher(['upset', 'crisis'], ctx);
    expect(all.filter(keep)).toEqual(matchingTemplates(all, ['upset', 'crisis'], ctx));
  });

  it('offers the starters for a real angry post', () => {
    const hints = analyze({ post: "Vous êtes des escrocs, je vais porter plainte et prévenir la presse !", reply: '', platform: 'x', brand: { name: 'Acme', register: 'vous' }, author: { firstName: null } });
    const found = matchingTemplates(starterTemplates(new Date()), readingTags(hints), ctx).map((t) => t.id);
    expect(found).toContain('starter-fr-vous-crisis-holding');
    expect(found).toContain('starter-fr-vous-guidelines-reminder');
    expect(found.some((id) => id.includes('faq') || id.includes('praise'))).toBe(false);
  });
});

describe('needsFollowUp and hintsSignature', () => {
  it('asks for a follow-up on an escalation threat only', () => {
    expect(needsFollowUp([hint('in.upset'), hint('in.escalation')])).toBe(true);
    expect(needsFollowUp([hint('in.hostile')])).toBe(false);
  });

  it('changes when an id or a reason changes, not otherwise', () => {
    const a = [hint('rep.shouting', 'NULS'), hint('rep.excess_punct', '!!!')];
    expect(hintsSignature(a)).toBe(hintsSignature(a.map((h) => ({ ...h }))));
    expect(hintsSignature(a)).not.toBe(hintsSignature([hint('rep.shouting', 'NULS'), hint('rep.excess_punct', '???')]));
    expect(hintsSignature(a)).not.toBe(hintsSignature([hint('rep.shouting', 'NULS')]));
  });
});
