import { stretchingTatweel } from '../../text/remove-tatweel';
import { styleFinding, type StyleFinding } from '../proofing-finding';

/**
 * Tatweel stretching a word in body text ("العـــربية"): a headline designer's device, not copy.
 * A tatweel carrying a mark (the Qur'anic "ٱلرَّحْمَـٰنِ") and one standing alone as a dash stay.
 */
export function tatweel(text: string): StyleFinding[] {
  return [...text.matchAll(stretchingTatweel)].map((match) => styleFinding('tatweel', text, match.index, match.index + match[0].length, ''));
}
