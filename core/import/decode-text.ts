export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const arabicLetter = /[\u0621-\u064A]/g;
const latinLetter = /[A-Za-z]/g;
const undecodable = /[\uFFFD\u0080-\u009F]/g;

/**
 * Arabic text from the pre-Unicode encodings newsrooms still receive (Windows-1256 from Windows
 * desktops, ISO-8859-6 from old Unix wires): whichever reads as Arabic with nothing left undecoded.
 */
function legacyArabic(bytes: Uint8Array): string | undefined {
  const candidates = (['windows-1256', 'iso-8859-6'] as const).map((encoding) => new TextDecoder(encoding).decode(bytes));
  const readable = candidates.filter((text) => (text.match(undecodable)?.length ?? 0) === 0);
  const best = readable.sort((first, second) => (second.match(arabicLetter)?.length ?? 0) - (first.match(arabicLetter)?.length ?? 0))[0];
  if (!best) return undefined;
  const arabic = best.match(arabicLetter)?.length ?? 0;
  return arabic > 0 && arabic >= (best.match(latinLetter)?.length ?? 0) ? best : undefined;
}

/**
 * Decodes a text file: UTF-8 with or without a BOM, UTF-16 with a BOM, or legacy Arabic
 * (Windows-1256, ISO-8859-6) when the bytes read as Arabic. Anything else, and anything that looks
 * binary, is refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const legacy = bytes.includes(0) ? undefined : legacyArabic(bytes);
    if (legacy === undefined) return { ok: false, reason: 'The file is not UTF-8, UTF-16 or Arabic (Windows-1256, ISO-8859-6) text.' };
    text = legacy;
  }
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (text.includes('\u0000') || control > text.length / 100) return { ok: false, reason: 'The file looks binary, not text.' };
  if (text.trim() === '') return { ok: false, reason: 'The file has no text.' };
  return { ok: true, text };
}
