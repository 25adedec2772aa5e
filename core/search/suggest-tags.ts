import type { TagUsage } from '../api/api-contract';
import { foldForSearch } from './fold-for-search';
import { keyedCache } from '../keyed-cache';
import { attachedForms, searchWords, stemOf } from './search-terms';

interface Analysed {
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** The stems joined by spaces, kept with them: a tag of several words is looked for in the text's. */
  readonly stemText: string;
}

// Suggestions follow every save: the paragraphs that did not change are not analysed again.
const analysedLines = keyedCache<Analysed>(5000);
const analysedTags = keyedCache<Analysed>(5000);

function analysed(text: string): Analysed {
  const words = searchWords(text);
  const stems = words.map(stemOf);
  return { words, stems, stemText: stems.join(' ') };
}

function addCount(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}

/**
 * The stems and words of the text last given, counted, and the lines they came from: the next text
 * is mostly the same lines, so only the lines that came or went change the counts (rebuilding two
 * sets of every word of a 10,000-word story after each save took most of this work).
 */
class CountedLines {
  private readonly lines = new Map<Analysed, number>();
  readonly stems = new Map<string, number>();
  readonly words = new Map<string, number>();

  follow(lines: readonly Analysed[]): void {
    const changes = new Map<Analysed, number>();
    for (const [line, count] of this.lines) changes.set(line, -count);
    for (const line of lines) changes.set(line, (changes.get(line) ?? 0) + 1);
    for (const [line, by] of changes) {
      if (by === 0) continue;
      for (const stem of line.stems) addCount(this.stems, stem, by);
      for (const word of line.words) addCount(this.words, word, by);
      const count = (this.lines.get(line) ?? 0) + by;
      if (count === 0) this.lines.delete(line);
      else this.lines.set(line, count);
    }
  }
}

const counted = new CountedLines();

/**
 * Tags from the library's vocabulary that the article's own text mentions, compared by stem (بسوريا
 * mentions سوريا), most used first, leaving out the tags it already has in any spelling.
 */
export function suggestTags(text: string, vocabulary: readonly TagUsage[], current: readonly string[], limit = 6): string[] {
  const lines = text
    .split('\n')
    .map((line) => analysedLines(line, () => analysed(line)))
    .filter((line) => line.words.length > 0);
  counted.follow(lines);
  // Built only for a tag of several words whose stems all occur: they must also follow one another.
  let inOrder: string | undefined;
  const mentions = (tag: string) => {
    const { words, stems, stemText } = analysedTags(tag, () => analysed(tag));
    if (words.length === 0) return false;
    if (stems.every((stem) => counted.stems.has(stem))) {
      if (stems.length === 1) return true;
      inOrder ??= ` ${lines.map((line) => line.stemText).join(' ')} `;
      if (inOrder.includes(` ${stemText} `)) return true;
    }
    return words.length === 1 && attachedForms(words[0]!).some((form) => counted.words.has(form));
  };
  const have = new Set(current.map(foldForSearch));
  const suggested: string[] = [];
  for (const usage of vocabulary) {
    if (suggested.length >= limit) break;
    if (!usage.variants.some((variant) => have.has(foldForSearch(variant))) && mentions(usage.tag)) suggested.push(usage.tag);
  }
  return suggested;
}
