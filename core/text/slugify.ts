import { toWesternDigits } from './to-western-digits';

const maximumSlugLength = 80;

/**
 * A URL slug from a headline: every letter kept as written (ة stays ة, ى stays ى: folding is for
 * search, not addresses), diacritics and tatweel dropped, digits Western, Latin lowercased, words joined by "-".
 */
export function slugify(headline: string): string {
  const words = toWesternDigits(headline)
    .normalize('NFC')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maximumSlugLength) break;
    slug = next;
  }
  return slug;
}
