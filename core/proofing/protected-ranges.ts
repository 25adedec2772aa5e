// Addresses, e-mail, handles and hashtags, and bare domain names: their punctuation and spelling are not prose.
const notProse = /(?:https?:\/\/|www\.)[^\s«»"'<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\p{L}\p{M}\p{N}_]+|\b[\w-]+(?:\.[a-z]{2,})+(?:\/[^\s«»"'<>]*)?/gu;

/** The spans of a text that are addresses, e-mail, handles or hashtags, which no proofing rule may touch. */
export function protectedRanges(text: string): readonly (readonly [number, number])[] {
  return [...text.matchAll(notProse)].map((match) => [match.index, match.index + match[0].length] as const);
}
