import { arabicDiacriticRanges, tatweel } from './arabic-diacritics';
import { normalizeArabic } from './normalize-arabic';

export interface FindOptions {
  /** Match أ/إ/آ/ا, ة/ه, ى/ي and Arabic-Indic/Western digits alike, and ignore diacritics and tatweel. */
  readonly foldArabic: boolean;
}

export interface TextRange {
  readonly from: number;
  readonly to: number;
}

const ignorable = new RegExp(`^[${arabicDiacriticRanges}${tatweel}]$`);

/** Every occurrence of the query in the text, as offsets into the original text. */
export function findMatches(text: string, query: string, options: FindOptions): readonly TextRange[] {
  if (!query) return [];
  if (!options.foldArabic) {
    const ranges: TextRange[] = [];
    const haystack = text.toLowerCase();
    const needle = query.toLowerCase();
    for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + needle.length)) {
      ranges.push({ from: index, to: index + needle.length });
    }
    return ranges;
  }
  const needle = normalizeArabic(query);
  if (!needle) return [];
  let folded = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let offset = 0;
  for (const character of text) {
    const normalized = normalizeArabic(character);
    for (const piece of normalized) {
      folded += piece;
      startOf.push(offset);
      endOf.push(offset + character.length);
    }
    offset += character.length;
  }
  const ranges: TextRange[] = [];
  for (let index = folded.indexOf(needle); index !== -1; index = folded.indexOf(needle, index + needle.length)) {
    let to = endOf[index + needle.length - 1] ?? text.length;
    // A match takes the diacritics that follow its last letter with it.
    while (to < text.length && ignorable.test(text[to] ?? '')) to += 1;
    ranges.push({ from: startOf[index] ?? 0, to });
  }
  return ranges;
}
