import { normalizeArabic } from './normalize-arabic';

const maximumSlugLength = 80;

/** A URL slug from a headline: Arabic letters kept (folded), Latin lowercased, words joined by "-". */
export function slugify(headline: string): string {
  const words = normalizeArabic(headline)
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
