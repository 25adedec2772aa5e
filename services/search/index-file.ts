const magic = 0x4e525349; // "NRSI"

/**
 * One file (returned in pieces, to be written one after another) holding a JSON header and Uint32 arrays: [magic, version, header bytes, array count,
 * each array's length] then the header padded to four bytes, then the arrays. The arrays are read
 * as views into the file's bytes, never parsed.
 */
export function encodeIndexFile(version: number, header: unknown, arrays: readonly Uint32Array[]): Uint8Array[] {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(headerBytes.length / 4) * 4;
  const prefix = 4 * (4 + arrays.length);
  const start = new Uint8Array(prefix + padded);
  new Uint32Array(start.buffer, 0, prefix / 4).set([magic, version, headerBytes.length, arrays.length, ...arrays.map((array) => array.length)]);
  start.set(headerBytes, prefix);
  // The arrays are handed over as views, not copied: an index of 10,000 articles is tens of megabytes.
  return [start, ...arrays.map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength))];
}

/** Reads what encodeIndexFile wrote; undefined for another version, a truncated or a foreign file. */
export function decodeIndexFile(version: number, file: Uint8Array): { header: unknown; arrays: Uint32Array[] } | undefined {
  // Typed array views need four-byte alignment; a small file read by Node may sit anywhere in a shared pool.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  if (bytes.length < 16) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [fileMagic, fileVersion, headerLength, arrayCount] = [0, 4, 8, 12].map((offset) => view.getUint32(offset, true)) as [number, number, number, number];
  if (fileMagic !== magic || fileVersion !== version || arrayCount > 64) return undefined;
  const prefix = 4 * (4 + arrayCount);
  if (bytes.length < prefix) return undefined;
  const lengths = Array.from({ length: arrayCount }, (_, index) => view.getUint32(16 + index * 4, true));
  const padded = Math.ceil(headerLength / 4) * 4;
  const expected = lengths.reduce((sum, length) => sum + length * 4, prefix + padded);
  if (expected !== bytes.length) return undefined;
  try {
    const header: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(prefix, prefix + headerLength)));
    let at = bytes.byteOffset + prefix + padded;
    const arrays = lengths.map((length) => {
      const array = new Uint32Array(bytes.buffer, at, length);
      at += length * 4;
      return array;
    });
    return { header, arrays };
  } catch {
    return undefined;
  }
}
