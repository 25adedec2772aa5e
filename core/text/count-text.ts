export interface TextCounts {
  readonly words: number;
  /** Graphemes without white space; a letter with its diacritics counts once. */
  readonly characters: number;
  readonly readingMinutes: number;
}

const wordsPerMinute = 180;
const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('ar', { granularity: 'grapheme' });

/** Counts words (numbers, Arabic-Indic ones included) and characters the way editors expect. */
export function countText(text: string): TextCounts {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike || /\p{N}/u.test(segment.segment)) words += 1;
  }
  let characters = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (!/^\s+$/u.test(segment)) characters += 1;
  }
  return { words, characters, readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute)) };
}
