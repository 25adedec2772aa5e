/**
 * The Arabic newsroom style checks, by the names a desk uses to switch one off. Word-final ه/ة and
 * ى/ي confusions are deliberately absent: "مدرسه" is also a word ("his teacher"), so only the
 * dictionary may judge them.
 */
export const styleRuleNames = [
  'latin-punctuation',
  'space-before-punctuation',
  'missing-space-after-punctuation',
  'doubled-word',
  'doubled-space',
  'unbalanced-marks',
  'mixed-digits',
  'tatweel',
] as const;
export type StyleRuleName = (typeof styleRuleNames)[number];

export const spellingLanguages = ['ar', 'en'] as const;
export type SpellingLanguage = (typeof spellingLanguages)[number];
