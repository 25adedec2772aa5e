export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Decodes a text file: UTF-8 with or without a BOM, or UTF-16 with a BOM. Anything else, and
 * anything that looks binary, is refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 or UTF-16 text.' };
  }
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (text.includes('\u0000') || control > text.length / 100) return { ok: false, reason: 'The file looks binary, not text.' };
  if (text.trim() === '') return { ok: false, reason: 'The file has no text.' };
  return { ok: true, text };
}
