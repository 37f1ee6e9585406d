// Words of the whole library, sorted once, so that "words starting with `ret`" is one contiguous
// range of ids, and for each word the templates that contain it (postings). A keystroke then
// walks the postings of the matching words instead of reading every template's text.

export type Vocabulary = {
  /** Sorted distinct words; a word's id is its position. */
  readonly words: readonly string[];
  idOf(word: string): number | undefined;
  /** Ids of the words starting with `prefix`: [from, to). */
  prefixRange(prefix: string): { from: number; to: number };
};

/** For each word id, the sorted indices of the templates whose field holds that word. */
export type Postings = readonly Int32Array[];

function lowerBound(words: readonly string[], target: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function splitWords(searchableText: string): string[] {
  const trimmed = searchableText.trim();
  return trimmed ? trimmed.split(' ') : [];
}

export function createVocabulary(texts: Iterable<string>): Vocabulary {
  const set = new Set<string>();
  for (const text of texts) for (const word of splitWords(text)) set.add(word);
  // Plain code-unit order, the same order `<` uses in lowerBound.
  const words = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(words.map((word, id) => [word, id]));
  return {
    words,
    idOf: (word) => ids.get(word),
    prefixRange(prefix) {
      // Every word starting with `prefix` sorts before `prefix` followed by the highest code unit.
      return { from: lowerBound(words, prefix), to: lowerBound(words, `${prefix}\uffff`) };
    },
  };
}

/** Postings for one field (title, tags or body) of every template, given as searchable strings. */
export function createPostings(vocabulary: Vocabulary, fields: readonly string[]): Postings {
  const lists: number[][] = vocabulary.words.map(() => []);
  fields.forEach((field, index) => {
    for (const word of splitWords(field)) {
      const list = lists[vocabulary.idOf(word) ?? -1];
      // Templates are visited in order, so a repeated word is always the last one pushed.
      if (list && list[list.length - 1] !== index) list.push(index);
    }
  });
  return lists.map((list) => Int32Array.from(list));
}
