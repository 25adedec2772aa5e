import { keyedCache } from '../keyed-cache';

export interface TextCounts {
  readonly words: number;
  /** Graphemes without white space; a letter with its diacritics counts once. */
  readonly characters: number;
  readonly readingMinutes: number;
}

const wordsPerMinute = 180;
const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('ar', { granularity: 'grapheme' });

/**
 * Text made only of Latin and Arabic letters, digits, marks, white space and common punctuation,
 * where the Unicode segmentation rules reduce to a few cases counted directly. Anything else (other
 * scripts, emoji, Arabic prepended signs, underscores, invisible separators) goes to Intl.Segmenter.
 */
const plainText = /^[\p{Script=Latin}\p{Script=Arabic}\p{Nd}\p{M}\s!-/:-@[-^`{-~\u00A1-\u00BF\u00D7\u00F7\u060C\u061B\u061F\u066A-\u066D\u06D4\u200C-\u200F\u2010-\u2027\u2030-\u205E]*$/u;
const prependedSigns = /[\u0600-\u0605\u06DD\u08E2_\u00AD\u061C\u200B\u2028\u2029\u202A-\u202F\u2060-\u206F]/u;

type Kind = 'letter' | 'digit' | 'ignored' | 'mid-letter' | 'mid-digit' | 'mid-both' | 'other';

const knownKinds = keyedCache<Kind>();

/** The word-break class of one character of plain text (UAX #29, as ICU applies it), worked out once per character. */
function kindOf(character: string): Kind {
  return knownKinds(character, () => classify(character));
}

function classify(character: string): Kind {
  if (/[\p{L}]/u.test(character)) return 'letter';
  if (/[\p{Nd}\u066B]/u.test(character)) return 'digit';
  if (/[\p{M}\u200C-\u200F]/u.test(character)) return 'ignored';
  if (/[:\u00B7\u2027]/u.test(character)) return 'mid-letter';
  if (/[,;\u060C\u066C]/u.test(character)) return 'mid-digit';
  if (/['.\u2018\u2019\u2024]/u.test(character)) return 'mid-both';
  return 'other';
}

function countPlainWords(text: string): number {
  const kinds = Array.from(text, kindOf);
  const nextCounted = (from: number): Kind | undefined => {
    for (let index = from; index < kinds.length; index += 1) if (kinds[index] !== 'ignored') return kinds[index];
    return undefined;
  };
  let words = 0;
  let last: 'letter' | 'digit' | undefined;
  for (let index = 0; index < kinds.length; index += 1) {
    const kind = kinds[index]!;
    switch (kind) {
      case 'letter':
      case 'digit':
        if (last === undefined) words += 1;
        last = kind;
        break;
      case 'ignored':
        break;
      case 'mid-letter':
      case 'mid-digit':
      case 'mid-both': {
        const next = nextCounted(index + 1);
        const joinsLetters = last === 'letter' && next === 'letter' && kind !== 'mid-digit';
        const joinsDigits = last === 'digit' && next === 'digit' && kind !== 'mid-letter';
        if (!joinsLetters && !joinsDigits) last = undefined;
        break;
      }
      case 'other':
        last = undefined;
        break;
    }
  }
  return words;
}

/** Counts words (numbers, Arabic-Indic ones included) and characters the way editors expect. */
export function countText(text: string): TextCounts {
  // Intl.Segmenter costs a few milliseconds per article; plain Latin and Arabic copy is counted
  // directly, to the same answer (tested against the segmenter on random text).
  if (plainText.test(text) && !prependedSigns.test(text)) {
    const words = countPlainWords(text);
    let characters = 0;
    for (const _codePoint of text.replace(/[\s\p{M}\u200C\u200D]/gu, '')) characters += 1;
    // Diacritics with nothing to sit on (at the start, after a space or a direction mark) are a character of their own.
    characters += text.match(/(?:^|[\s\u200E\u200F])[\p{M}\u200C\u200D]/gu)?.length ?? 0;
    return { words, characters, readingMinutes: readingMinutes(words) };
  }
  return segmentedCounts(text);
}

/** The counts by Intl.Segmenter's word and grapheme rules, for any text. */
export function segmentedCounts(text: string): TextCounts {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike || /\p{N}/u.test(segment.segment)) words += 1;
  }
  let characters = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (!/^\s+$/u.test(segment)) characters += 1;
  }
  return { words, characters, readingMinutes: readingMinutes(words) };
}

/** Reading time in whole minutes at a newspaper reader's pace; at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
