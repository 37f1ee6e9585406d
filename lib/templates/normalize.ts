// Folding shared by search and name checks: "Délai" and "DELAI" must meet "delai".

/** Lowercase, accents removed, French ligatures spelled out. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * Folded words separated by single spaces, with a space at both ends, so that `indexOf(' ' + term)`
 * finds a word start and `indexOf(' ' + term + ' ')` a whole word without any per-query regex.
 */
export function searchable(text: string): string {
  const words = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words ? ` ${words} ` : ' ';
}
