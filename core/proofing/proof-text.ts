import { detectLanguage } from '../import/detect-language';
import type { AcceptedWords } from './accepted-words';
import { protectedRanges } from './protected-ranges';
import type { ProofingFinding, StyleFinding } from './proofing-finding';
import type { Speller } from './speller';
import { doubledSpace } from './style-rules/doubled-space';
import { doubledWord } from './style-rules/doubled-word';
import { latinPunctuation } from './style-rules/latin-punctuation';
import { digitRunsOf, type DigitRun } from './style-rules/mixed-digits';
import { missingSpaceAfterPunctuation } from './style-rules/missing-space-after-punctuation';
import { spaceBeforePunctuation } from './style-rules/space-before-punctuation';
import { tatweel } from './style-rules/tatweel';
import { unbalancedMarks } from './style-rules/unbalanced-marks';
import type { SpellingLanguage, StyleRuleName } from './style-rule-names';
import { wordsOf } from './words-of';

/** What proofing checks, and against what. */
export interface ProofingOptions {
  /** Absent while the dictionaries load: style rules still run. */
  readonly speller?: Speller;
  readonly spelling: Readonly<Record<SpellingLanguage, boolean>>;
  readonly accepted: AcceptedWords;
  readonly disabledRules: ReadonlySet<StyleRuleName>;
  /** The article's language: Latin-script words are English in an Arabic or English article, and left alone in, say, a French one. */
  readonly articleLanguage: string;
}

/** One block's findings, and its digit runs for the article-wide digit check. */
export interface ProofedText {
  readonly findings: readonly ProofingFinding[];
  readonly digitRuns: readonly DigitRun[];
}

const blockRules: readonly (readonly [StyleRuleName, (text: string) => StyleFinding[]])[] = [
  ['latin-punctuation', latinPunctuation],
  ['space-before-punctuation', spaceBeforePunctuation],
  ['missing-space-after-punctuation', missingSpaceAfterPunctuation],
  ['doubled-word', doubledWord],
  ['doubled-space', doubledSpace],
  ['unbalanced-marks', unbalancedMarks],
];

/**
 * Proofs one block of text (a paragraph, a heading, the headline): its spelling, word by word in
 * the dictionary of its script, and the style rules; tatweel only in body text.
 */
export function proofText(text: string, options: ProofingOptions, place: { readonly body: boolean }): ProofedText {
  const guarded = protectedRanges(text);
  const outside = (finding: { readonly from: number; readonly to: number }) => !guarded.some(([from, to]) => finding.from < to && finding.to > from);
  const findings: ProofingFinding[] = [];
  const latinIsEnglish = /^(?:ar|en)(?:-|$)/.test(options.articleLanguage);
  if (options.speller) {
    for (const word of wordsOf(text)) {
      if (!options.spelling[word.language] || (word.language === 'en' && !latinIsEnglish)) continue;
      if (options.speller.isCorrect(word.word, word.language) || options.accepted.has(word.word)) continue;
      findings.push({ kind: 'spelling', rule: word.language, from: word.from, to: word.to, text: word.word });
    }
  }
  const rules = place.body ? [...blockRules, ['tatweel', tatweel] as const] : blockRules;
  for (const [name, rule] of rules) if (!options.disabledRules.has(name)) findings.push(...rule(text));
  const arabicBlock = !options.disabledRules.has('mixed-digits') && detectLanguage(text) === 'ar';
  return {
    findings: findings.filter(outside).sort((first, second) => first.from - second.from || first.to - second.to),
    digitRuns: arabicBlock ? digitRunsOf(text).filter(outside) : [],
  };
}
