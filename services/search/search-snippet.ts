import { foldForSearch } from '../../core/search/fold-for-search';
import { attachedForms, stemOf } from '../../core/search/search-terms';

import type { SearchHit } from '../../core/api/api-contract';

/** A text with the start and end offsets (UTF-16) of each matched word. */
export type HighlightedText = SearchHit['snippet'];

/** Letters with their diacritics and tatweel, so a highlight covers the word as written. */
const wordPattern = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/** Whether a written word is one the query asked for: the same folded word, the same stem, or (while typing) a word it begins. */
export function wordMatcher(words: readonly string[], typing: boolean): (written: string) => boolean {
  const wanted = new Set(words.flatMap((word) => [word, ...attachedForms(word)]));
  const stems = new Set(words.map(stemOf));
  const last = typing ? words.at(-1) : undefined;
  // A story repeats its words: each written form is folded and stemmed once per search.
  const known = new Map<string, boolean>();
  return (written) => {
    let matched = known.get(written);
    if (matched === undefined) {
      const folded = foldForSearch(written);
      matched = wanted.has(folded) || stems.has(stemOf(folded)) || (last !== undefined && folded.startsWith(last));
      known.set(written, matched);
    }
    return matched;
  };
}

/** Every matched word of a short text (a headline), highlighted. */
export function highlightAll(text: string, matches: (written: string) => boolean): HighlightedText {
  const highlights: Array<[number, number]> = [];
  for (const match of text.matchAll(wordPattern)) {
    if (matches(match[0])) highlights.push([match.index, match.index + match[0].length]);
  }
  return { text, highlights };
}

/** About wordsAround words of a long text around its first match, cut at word edges, with the matches highlighted. */
export function snippetOf(text: string, matches: (written: string) => boolean, wordsAround = 12): HighlightedText {
  const before = Math.floor(wordsAround / 3);
  const words: Array<{ readonly index: number; readonly length: number }> = [];
  let first = -1;
  // Reads words only until the snippet (and one word past it, to know whether to add "…") is found.
  for (const match of text.matchAll(wordPattern)) {
    words.push({ index: match.index, length: match[0].length });
    if (first === -1 && matches(match[0])) first = words.length - 1;
    if (first !== -1 && words.length > Math.max(0, first - before) + wordsAround * 2 + 1) break;
  }
  if (words.length === 0) return { text: '', highlights: [] };
  const from = Math.max(0, Math.max(0, first) - before);
  const to = Math.min(words.length - 1, from + wordsAround * 2);
  const start = words[from]!.index;
  const end = words[to]!.index + words[to]!.length;
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < words.length - 1 ? ' …' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const shown = highlightAll(body, matches);
  return { text: `${prefix}${shown.text}${suffix}`, highlights: shown.highlights.map(([begin, finish]): [number, number] => [begin + prefix.length, finish + prefix.length]) };
}
