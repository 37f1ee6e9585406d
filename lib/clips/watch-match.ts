import { fold } from './normalize';

/**
 * Finds the CM's watch terms (brands, competitors, hashtags) in a post, whole words only, case
 * and accents ignored: "cafe" finds "Café" but not "cafetière"; "#déçu" finds "#decu". Pure, and
 * built once per list of terms, since it runs on every post that comes into view.
 */
export type TermMatcher = (text: string) => string[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))];
  if (wanted.length === 0) return () => [];
  const byFolded = new Map<string, string>();
  for (const term of wanted) if (!byFolded.has(fold(term))) byFolded.set(fold(term), term);
  // Longest first, so "Café Lumière" wins over "Café" where both are listed.
  const alternatives = [...byFolded.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Word edges by hand: \b does not know that "é" is a letter.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return (text) => {
    if (!text) return [];
    const found: string[] = [];
    for (const match of fold(text).matchAll(pattern)) {
      const term = byFolded.get(match[0]);
      if (term && !found.includes(term)) found.push(term);
    }
    return found;
  };
}
