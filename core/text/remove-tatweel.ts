import { tatweel } from './arabic-diacritics';

// A run of tatweel touching a letter stretches that word; one standing alone between spaces ("سوتشي ـ") is a dash.
// Tatweel is itself a letter (Lm), so the letter it touches must be another one. A tatweel that
// carries a mark (the superscript alef of Qur'anic "ٱلرَّحْمَـٰنِ") is the mark's seat, not a stretch.
/** Tatweel that stretches a word, as a global pattern. */
export const stretchingTatweel = new RegExp(`(?<=(?!${tatweel})\\p{L}\\p{M}*)${tatweel}+(?![\\p{M}${tatweel}])|${tatweel}+(?=(?!${tatweel})\\p{L})`, 'gu');

/** Removes tatweel (kashida, U+0640) that stretches words, as scraped copy often carries; a tatweel standing alone as a dash, or carrying a mark, stays. */
export function removeTatweel(text: string): string {
  return text.replace(stretchingTatweel, '');
}
