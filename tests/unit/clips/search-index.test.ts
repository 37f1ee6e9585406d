import { describe, expect, it } from 'vitest';
import { createClipIndex } from '@/lib/clips/search-index';
import { makeSummary } from './make-clip';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('clip search index', () => {
  const clips = [
    makeSummary({ id: 'x:1', postId: '1', text: 'Le remboursement n’est toujours pas arrivé 😡', authorName: 'Jordan Smith', authorHandle: 'jsmith', savedAt: at(1) }),
    makeSummary({ id: 'x:2', postId: '2', text: 'Nouvelle carte d’automne au Café Lumière', tags: ['Promo'], competitor: 'Café Lumière', savedAt: at(3) }),
    makeSummary({ id: 'facebook:3', postId: '3', site: 'facebook', authorName: 'Ville de Nantes', authorHandle: null, text: 'ŒUVRE collective, bravo !', note: 'à relancer', savedAt: at(2) }),
  ];

  it('lists newest saved first', () => {
    expect(createClipIndex(clips).all().map((c) => c.id)).toEqual(['x:2', 'facebook:3', 'x:1']);
  });

  it('matches word prefixes, accent- and case-blind, in text, author, handle, tags, competitor and note', () => {
    const index = createClipIndex(clips);
    const ids = (q: string) => index.search(q).map((c) => c.id);
    expect(ids('rembours')).toEqual(['x:1']);
    expect(ids('CAFE lumiere')).toEqual(['x:2']);
    expect(ids('oeuvre')).toEqual(['facebook:3']);
    expect(ids('arrive')).toEqual(['x:1']);
    expect(ids('jsm')).toEqual(['x:1']);
    expect(ids('promo')).toEqual(['x:2']);
    expect(ids('relancer')).toEqual(['facebook:3']);
    expect(ids('carte remboursement')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
    expect(ids('  ')).toHaveLength(3);
  });

  it('filters by site, competitor (or none), tag and saved date range', () => {
    const index = createClipIndex(clips);
    const ids = (f: Parameters<typeof index.search>[1]) => index.search('', f).map((c) => c.id);
    expect(ids({ site: 'facebook' })).toEqual(['facebook:3']);
    expect(ids({ competitor: 'Café Lumière' })).toEqual(['x:2']);
    expect(ids({ competitor: '' })).toEqual(['facebook:3', 'x:1']);
    expect(ids({ tag: 'Promo' })).toEqual(['x:2']);
    expect(ids({ fromMs: Date.parse(at(2)), toMs: Date.parse(at(3)) })).toEqual(['facebook:3']);
    expect(index.competitors()).toEqual(['Café Lumière']);
    expect(index.tags()).toEqual(['Promo']);
  });

  it('updates in place: an edit is found by its new words and not by its old ones; removal hides', () => {
    const index = createClipIndex(clips);
    index.upsert([{ ...clips[0]!, note: 'dossier urgent', tags: ['sav'] }]);
    expect(index.search('urgent').map((c) => c.id)).toEqual(['x:1']);
    expect(index.search('sav').map((c) => c.id)).toEqual(['x:1']);
    expect(index.size).toBe(3);
    index.remove(['x:1']);
    expect(index.search('urgent')).toEqual([]);
    expect(index.size).toBe(2);
    index.upsert([makeSummary({ id: 'x:9', postId: '9', savedAt: at(2), text: 'urgent aussi' })]);
    expect(index.all().map((c) => c.id)).toEqual(['x:2', 'x:9', 'facebook:3']);
  });

  it('stays correct through many edits (compaction)', () => {
    const index = createClipIndex();
    const many = Array.from({ length: 3000 }, (_, i) => makeSummary({ id: `x:${i}`, postId: String(i), text: `post numéro ${i}`, savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    index.upsert(many);
    for (let round = 0; round < 3; round++) index.upsert(many.slice(0, 2000).map((c) => ({ ...c, note: `round${round}` })));
    expect(index.size).toBe(3000);
    expect(index.search('round2')).toHaveLength(2000);
    expect(index.search('round1')).toHaveLength(0);
    expect(index.search('2999').map((c) => c.id)).toEqual(['x:2999']);
    expect(index.all()[0]?.id).toBe('x:2999');
  });
});
