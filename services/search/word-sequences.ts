import type { ArticleId } from '../../core/article/article-schema';

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
  if (phrase.length === 0) return true;
  outer: for (let start = 0; start + phrase.length <= sequence.length; start += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (sequence[start + offset] !== phrase[offset]) continue outer;
    return true;
  }
  return false;
}

/** Every article's word sequence in one buffer: [count] then per article [id length, id bytes (padded to 4), word count, words]. */
export function encodeSequences(sequences: ReadonlyMap<ArticleId, Uint32Array>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 4;
  for (const [id, words] of sequences) {
    const idBytes = encoder.encode(id);
    const padded = Math.ceil(idBytes.length / 4) * 4;
    const part = new Uint8Array(8 + padded + words.length * 4);
    const view = new DataView(part.buffer);
    view.setUint32(0, idBytes.length, true);
    part.set(idBytes, 4);
    view.setUint32(4 + padded, words.length, true);
    new Uint8Array(part.buffer, 8 + padded).set(new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
    parts.push(part);
    size += part.length;
  }
  const result = new Uint8Array(size);
  new DataView(result.buffer).setUint32(0, sequences.size, true);
  let at = 4;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

/** Reads what encodeSequences wrote; undefined when the bytes are not such a buffer (truncated, corrupt). */
export function decodeSequences(bytes: Uint8Array): Map<ArticleId, Uint32Array> | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sequences = new Map<ArticleId, Uint32Array>();
  try {
    const count = view.getUint32(0, true);
    let at = 4;
    for (let number = 0; number < count; number += 1) {
      const idLength = view.getUint32(at, true);
      const padded = Math.ceil(idLength / 4) * 4;
      const id = decoder.decode(bytes.subarray(at + 4, at + 4 + idLength));
      const wordCount = view.getUint32(at + 4 + padded, true);
      const start = at + 8 + padded;
      if (start + wordCount * 4 > bytes.length) return undefined;
      // Copied into its own buffer (a Node Buffer's slice would share the whole file's memory, and be misaligned).
      sequences.set(id, new Uint32Array(new Uint8Array(bytes.subarray(start, start + wordCount * 4)).buffer));
      at = start + wordCount * 4;
    }
    return at === bytes.length ? sequences : undefined;
  } catch {
    return undefined;
  }
}
