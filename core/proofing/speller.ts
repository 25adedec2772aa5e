import type { SpellingLanguage } from './style-rule-names';

/** A spelling dictionary per language: whether a word is spelt right, and what it might have been. */
export interface Speller {
  readonly languages: ReadonlySet<SpellingLanguage>;
  isCorrect(word: string, language: SpellingLanguage): boolean;
  suggest(word: string, language: SpellingLanguage): readonly string[];
}
