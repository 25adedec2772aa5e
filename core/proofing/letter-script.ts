const arabicLetter = /^(?=\p{L})\p{Script=Arabic}$/u;
const latinLetter = /^(?=\p{L})\p{Script=Latin}$/u;

/** Which script a single character is a letter of: Arabic, Latin, or neither (digits, marks, tatweel, punctuation). */
export function letterScript(character: string | undefined): 'arabic' | 'latin' | undefined {
  if (character === undefined) return undefined;
  if (arabicLetter.test(character)) return 'arabic';
  if (latinLetter.test(character)) return 'latin';
  return undefined;
}
