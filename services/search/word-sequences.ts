/** FNV-1a over a folded word: phrases are compared as sequences of these numbers, not as text. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // 0 marks a field boundary, so a phrase never runs from a headline into the body.
  return hash === 0 ? 1 : hash;
}

/** Whether a sequence holds the phrase's words one after another. */
export function holdsPhrase(sequence: Uint32Array, phrase: readonly number[]): boolean {
  const length = phrase.length;
  if (length === 0) return true;
  const first = phrase[0]!;
  const last = sequence.length - length;
  outer: for (let start = 0; start <= last; start += 1) {
    if (sequence[start] !== first) continue;
    for (let offset = 1; offset < length; offset += 1) if (sequence[start + offset] !== phrase[offset]) continue outer;
    return true;
  }
  return false;
}
