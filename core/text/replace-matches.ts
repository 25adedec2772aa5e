import { findMatches, type FindOptions } from './find-matches';

/** The text with every occurrence of the query replaced, matched as the find bar matches it. */
export function replaceMatches(text: string, query: string, replacement: string, options: FindOptions): string {
  let replaced = '';
  let kept = 0;
  for (const match of findMatches(text, query, options)) {
    replaced += text.slice(kept, match.from) + replacement;
    kept = match.to;
  }
  return replaced + text.slice(kept);
}
