import type { TagUsage } from '../api/api-contract';
import { foldForSearch } from './fold-for-search';
import { keyedCache } from '../keyed-cache';
import { attachedForms, searchWords, stemOf } from './search-terms';

// Suggestions follow every save: the paragraphs that did not change are not analysed again.
const analysedLines = keyedCache<{ readonly words: readonly string[]; readonly stems: string }>(5000);

function analysedLine(line: string): { readonly words: readonly string[]; readonly stems: string } {
  return analysedLines(line, () => {
    const words = searchWords(line);
    return { words, stems: words.map(stemOf).join(' ') };
  });
}

/**
 * Tags from the library's vocabulary that the article's own text mentions, compared by stem (بسوريا
 * mentions سوريا), most used first, leaving out the tags it already has in any spelling.
 */
export function suggestTags(text: string, vocabulary: readonly TagUsage[], current: readonly string[], limit = 6): string[] {
  const lines = text.split('\n').map(analysedLine).filter((line) => line.words.length > 0);
  const stems = ` ${lines.map((line) => line.stems).join(' ')} `;
  const written = new Set(lines.flatMap((line) => line.words));
  const have = new Set(current.map(foldForSearch));
  return vocabulary
    .filter((usage) => !usage.variants.some((variant) => have.has(foldForSearch(variant))))
    .filter((usage) => {
      const tagWords = searchWords(usage.tag);
      if (tagWords.length === 0) return false;
      if (stems.includes(` ${tagWords.map(stemOf).join(' ')} `)) return true;
      return tagWords.length === 1 && attachedForms(tagWords[0]!).some((form) => written.has(form));
    })
    .slice(0, limit)
    .map((usage) => usage.tag);
}
