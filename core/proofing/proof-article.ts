import type { Article } from '../article/article-schema';
import type { ProofingOptions, ProofedText } from './proof-text';
import { proofText } from './proof-text';
import type { ProofingFinding } from './proofing-finding';
import { mixedDigits, type DigitSystem } from './style-rules/mixed-digits';
import { textBlocksOf } from './text-blocks-of';

export type ProofedField = 'headline' | 'standfirst' | 'body';

/** A finding with where it is: the field, the block of the body (0 for the headline and standfirst), and offsets in that block. */
export type PlacedFinding = ProofingFinding & { readonly field: ProofedField; readonly block: number };

/** Places proofed blocks and adds the article-wide digit check to them. */
export function placeFindings(blocks: readonly { readonly field: ProofedField; readonly block: number; readonly text: string; readonly proofed: ProofedText }[], preferredDigits: DigitSystem): PlacedFinding[] {
  const digits = mixedDigits(
    blocks.map((entry) => entry.text),
    blocks.map((entry) => entry.proofed.digitRuns),
    preferredDigits,
  );
  return blocks.flatMap((entry, index) =>
    [...entry.proofed.findings, ...digits[index]!]
      .sort((first, second) => first.from - second.from)
      .map((finding) => ({ ...finding, field: entry.field, block: entry.block })),
  );
}

/** Every spelling and style finding in an article's headline, standfirst and body, in reading order. */
export function proofArticle(article: Article, options: ProofingOptions, preferredDigits: DigitSystem): PlacedFinding[] {
  const blocks = [
    { field: 'headline' as const, block: 0, text: article.headline },
    { field: 'standfirst' as const, block: 0, text: article.standfirst },
    ...textBlocksOf(article.body).map((text, block) => ({ field: 'body' as const, block, text })),
  ];
  return placeFindings(
    blocks.map((entry) => ({ ...entry, proofed: proofText(entry.text, options, { body: entry.field === 'body' }) })),
    preferredDigits,
  );
}
