import { arabicDiacriticRanges, tatweel } from '../text/arabic-diacritics';

/** Words the journalist or the desk told proofing to accept. */
export interface AcceptedWords {
  has(word: string): boolean;
}

const marks = new RegExp(`[${arabicDiacriticRanges}${tatweel}]`, 'g');
// The particles Arabic writes joined to the next word: و ف, then ب ل ك, then the article ال (or لل).
const attachedPrefix = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)/u;

/** The form a word is kept and compared in: no diacritics or tatweel, composed, case-folded, one apostrophe. */
export function acceptedForm(word: string): string {
  return word.normalize('NFC').replace(marks, '').replace(/’/g, "'").toLowerCase();
}

/**
 * The accepted words as a lookup; an Arabic word is also accepted with the particles Arabic joins
 * to it, so a desk that adds "لافروف" is not told that "ولافروف" is wrong.
 */
export function acceptedWords(words: Iterable<string>): AcceptedWords {
  const forms = new Set<string>();
  for (const word of words) forms.add(acceptedForm(word));
  return {
    has(word) {
      const form = acceptedForm(word);
      if (forms.has(form)) return true;
      const prefix = attachedPrefix.exec(form)?.[0] ?? '';
      for (let length = prefix.length; length > 0; length -= 1) if (forms.has(form.slice(length))) return true;
      return false;
    },
  };
}
