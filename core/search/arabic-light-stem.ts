/** Definite-article prefixes, longest first (after folding). */
const articlePrefixes = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const;
/** Light10's suffixes after folding (ة → ه, ى → ي), in its order. */
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * A light stem of one folded Arabic word, after Larkey's Light10: the conjunction و, the definite
 * article with its attached prepositions, then plural, dual and pronoun suffixes. A lone ب ل ف ك is
 * never taken off here (برلماني would lose its ب): the search asks for those forms instead. The
 * unstemmed word is indexed too, so exact matches still rank first.
 */
export function arabicLightStem(word: string): string {
  let stem = word;
  if (stem.startsWith('و') && stem.length >= 4) stem = stem.slice(1);
  const article = articlePrefixes.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 3);
  if (article) stem = stem.slice(article.length);
  for (const suffix of suffixes) {
    // Two-letter endings need four letters left, so لبنان stays لبنان instead of becoming لبن (milk).
    if (stem.endsWith(suffix) && stem.length - suffix.length >= (suffix.length === 2 ? 4 : 3)) {
      stem = stem.slice(0, -suffix.length);
      // A ta marbuta before a pronoun is written ت (مدرستها): it goes too, as ة does at the end.
      if ((suffix === 'ها' || suffix === 'ه') && stem.endsWith('ت') && stem.length >= 5) stem = stem.slice(0, -1);
    }
  }
  return stem;
}
