import type { TextDirection } from './detect-direction';

/** The direction a language is written in. */
export function directionOfLanguage(language: string): TextDirection {
  return /^(ar|fa|he|ur|ps|ckb|yi|dv|sd|ug)(-|$)/i.test(language) ? 'rtl' : 'ltr';
}
