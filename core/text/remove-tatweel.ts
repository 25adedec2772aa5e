import { tatweel } from './arabic-diacritics';

// A run of tatweel touching a letter stretches that word; one standing alone between spaces ("سوتشي ـ") is a dash.
// Tatweel is itself a letter (Lm), so the letter it touches must be another one.
const stretching = new RegExp(`(?<=(?!${tatweel})\\p{L}\\p{M}*)${tatweel}+|${tatweel}+(?=\\p{M}*(?!${tatweel})\\p{L})`, 'gu');

/** Removes tatweel (kashida, U+0640) that stretches words, as scraped copy often carries; a tatweel standing alone as a dash stays. */
export function removeTatweel(text: string): string {
  return text.replace(stretching, '');
}
