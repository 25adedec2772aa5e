import { tatweel } from './arabic-diacritics';

/** Removes tatweel (kashida, U+0640), the stretching stroke scraped copy often carries. */
export function removeTatweel(text: string): string {
  return text.replaceAll(tatweel, '');
}
