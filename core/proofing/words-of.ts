import type { SpellingLanguage } from './style-rule-names';

/** A word to look up, where it stands in its block's text, and which dictionary it belongs to. */
export interface TextWord {
  readonly word: string;
  readonly from: number;
  readonly to: number;
  readonly language: SpellingLanguage;
}

// Arabic letters with their marks and tatweel; Latin letters with inner apostrophes (don't, O’Neill).
const words = /(?:(?![\p{Nd}\p{P}\p{S}])[\p{Script=Arabic}\u0640\p{M}])+|\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
const hasLetter = /\p{L}(?<!\u0640)/u;

/**
 * The words of a text for the spelling dictionaries, by script: Arabic words for the Arabic
 * dictionary, Latin ones for the English one. Words glued to digits ("5G", "٢٠مليون"), single
 * letters and capitals-only acronyms are not looked up.
 */
export function wordsOf(text: string): TextWord[] {
  const found: TextWord[] = [];
  for (const match of text.matchAll(words)) {
    const word = match[0];
    const from = match.index;
    const to = from + word.length;
    if (!hasLetter.test(word) || /\p{Nd}/u.test(text[from - 1] ?? '') || /\p{Nd}/u.test(text[to] ?? '')) continue;
    const language: SpellingLanguage = /\p{Script=Latin}/u.test(word[0]!) ? 'en' : 'ar';
    const letters = word.replace(/[\p{M}\u0640'’]/gu, '');
    if ([...letters].length < 2) continue;
    if (language === 'en' && letters === letters.toUpperCase()) continue;
    found.push({ word, from, to, language });
  }
  return found;
}
