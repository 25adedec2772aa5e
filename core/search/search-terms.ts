import { stemmer } from 'stemmer';
import { arabicLightStem } from './arabic-light-stem';
import { foldForSearch } from './fold-for-search';

const arabicLetter = /\p{Script=Arabic}/u;
const latinLetter = /\p{Script=Latin}/u;

/** The words of a text as search sees them: folded, split on anything that is not a letter or digit. */
export function searchWords(text: string): string[] {
  return foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stem of one folded word in its own script's language: Arabic light stemming, English Porter stemming, digits as they are. */
export function stemOf(word: string): string {
  if (arabicLetter.test(word)) return arabicLightStem(word);
  if (latinLetter.test(word)) return stemmer(word);
  return word;
}

/** What the index holds for one word: the word itself and, when it differs, its stem. */
export function indexTerms(word: string): string[] {
  const stem = stemOf(word);
  return stem === word ? [word] : [word, stem];
}

/** Prepositions and conjunctions written onto the next word: بسوريا, لسوريا, فسوريا, كسوريا, وسوريا. */
const attachedLetters = ['ب', 'ل', 'ف', 'ك', 'و'] as const;

/** The forms a searched Arabic word also takes with a letter attached in front, so سوريا finds بسوريا. */
export function attachedForms(word: string): string[] {
  if (!arabicLetter.test(word) || word.startsWith('ال') || word.length < 3) return [];
  return attachedLetters.map((letter) => `${letter}${word}`);
}
