import type { SpellingLanguage, StyleRuleName } from './style-rule-names';

/** A word no dictionary knows, or a style rule broken, at UTF-16 offsets in one block's text. */
export type ProofingFinding =
  | {
      readonly kind: 'spelling';
      readonly rule: SpellingLanguage;
      readonly from: number;
      readonly to: number;
      readonly text: string;
    }
  | {
      readonly kind: 'style';
      readonly rule: StyleRuleName;
      readonly from: number;
      readonly to: number;
      readonly text: string;
      /** What replaces from–to when the journalist takes the one-click fix (may be empty: a removal). */
      readonly replacement: string;
    };

export type StyleFinding = Extract<ProofingFinding, { kind: 'style' }>;

/** A style finding for text[from, to) that the fix replaces with replacement. */
export function styleFinding(rule: StyleRuleName, text: string, from: number, to: number, replacement: string): StyleFinding {
  return { kind: 'style', rule, from, to, text: text.slice(from, to), replacement };
}
