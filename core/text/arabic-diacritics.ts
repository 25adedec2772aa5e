/** Tashkeel and Quranic marks (fathatan … sukun, superscript alef, small high signs), as a character class body. */
export const arabicDiacriticRanges = '\\u064B-\\u065F\\u0670\\u06D6-\\u06ED';

/** Tatweel (kashida), the stretching stroke. */
export const tatweel = '\u0640';
