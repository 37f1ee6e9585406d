// Character classes for regexes over folded text. Folded text is lower case, without accents and
// without surrogate pairs (see text.ts), so these regexes can run without the `u` flag, which in
// V8 makes our long phrase alternations several times faster. Letters of other scripts are
// listed so that a phrase still only matches whole words next to them.

const LETTER_RANGES = 'a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u0600-\\u06ff\\u0900-\\u097f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';

/** One letter. */
export const LETTER = `[${LETTER_RANGES}]`;
/** One letter or digit. */
export const ALNUM = `[${LETTER_RANGES}0-9]`;
/** Letters, apostrophes and hyphens: the rest of a word after a phrase's "word*". */
export const WORD_TAIL = `[${LETTER_RANGES}'-]*`;
/** Not preceded by a letter or digit: the start of a word. */
export const WORD_START = `(?<!${ALNUM})`;
/** Not followed by a letter or digit: the end of a word. */
export const WORD_END = `(?!${ALNUM})`;
