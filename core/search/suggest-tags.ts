import type { TagUsage } from '../api/api-contract';
import { foldForSearch } from './fold-for-search';
import { keyedCache } from '../keyed-cache';
import { attachedForms, searchWords, stemOf } from './search-terms';

// Suggestions follow every save: the paragraphs that did not change are not analysed again.
const analysedLines = keyedCache<{ readonly words: readonly string[]; readonly stems: readonly string[] }>(5000);
const analysedTags = keyedCache<{ readonly words: readonly string[]; readonly stems: readonly string[] }>(5000);

function analysed(text: string): { readonly words: readonly string[]; readonly stems: readonly string[] } {
  const words = searchWords(text);
  return { words, stems: words.map(stemOf) };
}

/**
 * Tags from the library's vocabulary that the article's own text mentions, compared by stem (بسوريا
 * mentions سوريا), most used first, leaving out the tags it already has in any spelling. Each tag's
 * stems are looked up in a set of the text's: with hundreds of tags and a 10,000-word story,
 * searching the whole text for each tag took most of a pause.
 */
export function suggestTags(text: string, vocabulary: readonly TagUsage[], current: readonly string[], limit = 6): string[] {
  const lines = text
    .split('\n')
    .map((line) => analysedLines(line, () => analysed(line)))
    .filter((line) => line.words.length > 0);
  const stems = new Set<string>();
  const written = new Set<string>();
  for (const line of lines) {
    for (const stem of line.stems) stems.add(stem);
    for (const word of line.words) written.add(word);
  }
  // Built only for a tag of several words whose stems all occur: they must also follow one another.
  let inOrder: string | undefined;
  const mentions = (tag: string) => {
    const { words, stems: tagStems } = analysedTags(tag, () => analysed(tag));
    if (words.length === 0) return false;
    if (tagStems.every((stem) => stems.has(stem))) {
      if (tagStems.length === 1) return true;
      inOrder ??= ` ${lines.map((line) => line.stems.join(' ')).join(' ')} `;
      if (inOrder.includes(` ${tagStems.join(' ')} `)) return true;
    }
    return words.length === 1 && attachedForms(words[0]!).some((form) => written.has(form));
  };
  const have = new Set(current.map(foldForSearch));
  const suggested: string[] = [];
  for (const usage of vocabulary) {
    if (suggested.length >= limit) break;
    if (!usage.variants.some((variant) => have.has(foldForSearch(variant))) && mentions(usage.tag)) suggested.push(usage.tag);
  }
  return suggested;
}
