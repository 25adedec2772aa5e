import { keyedCache } from '../keyed-cache';
import { numberFormat } from '../text/number-format';

const pluralRules = keyedCache<Intl.PluralRules>();

/** One message per plural category of a language; `{count}` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * Picks the plural form Intl.PluralRules gives for count (Arabic has six: zero, one, two, few, many,
 * other; English two) and puts the number in it, written with Latin digits as the rest of the UI.
 */
export function plural(language: string, count: number, forms: PluralForms): string {
  const category = pluralRules(language, () => new Intl.PluralRules(language)).select(count);
  const form = forms[category] ?? forms.other;
  return form.replaceAll('{count}', numberFormat(`${language}-u-nu-latn`).format(count));
}
