import { detectDirection, type TextDirection } from './detect-direction';

/**
 * The direction of a one-line field (headline, standfirst, byline, tag, a card's title): what its
 * strong characters say by majority, and the surrounding direction when it is empty or tied. Never
 * the first strong letter, which lays "WHO تحذّر من موجة حرّ" out left to right.
 */
export function fieldDirection(text: string, surrounding: TextDirection): TextDirection {
  return detectDirection(text, surrounding) ?? surrounding;
}
