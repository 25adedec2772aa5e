/** The Arabic script's blocks (Arabic, Supplement, Extended-A, presentation forms), as a character class body. */
export const arabicScriptRanges = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';

/** Every right-to-left script's letters: Hebrew through Arabic Extended-A, and their presentation forms. */
export const rightToLeftScriptRanges = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';

/** Latin (with accents), Greek and Cyrillic letters: the left-to-right scripts a newsroom meets. */
export const leftToRightScriptRanges = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
