import { crc32 } from 'node:zlib';
import type { FileSystem } from '../storage/file-system';
import { atomicWriteFile } from '../storage/atomic-write-file';

const magic = 0x4e525349; // "NRSI"
const maximumParts = 8;
const maximumArrays = 64;

/**
 * One file (returned in pieces, to be written one after another) holding JSON parts and Uint32
 * arrays: [magic, version, part count, array count, each part's byte length, each part's CRC-32,
 * each array's length], then each part padded to four bytes, then the arrays. The arrays are read as
 * views into the file's bytes, never parsed; the first part can be read alone (the library's listing
 * needs none of the search postings), and its checksum stands for a validation of every entry.
 */
export function encodeIndexFile(version: number, parts: readonly unknown[], arrays: readonly Uint32Array[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const partBytes = parts.map((part) => encoder.encode(JSON.stringify(part)));
  const prefixWords = [magic, version, parts.length, arrays.length, ...partBytes.map((bytes) => bytes.length), ...partBytes.map((bytes) => crc32(bytes)), ...arrays.map((array) => array.length)];
  const start = new Uint8Array(prefixWords.length * 4 + partBytes.reduce((sum, bytes) => sum + padded(bytes.length), 0));
  new Uint32Array(start.buffer, 0, prefixWords.length).set(prefixWords);
  let at = prefixWords.length * 4;
  for (const bytes of partBytes) {
    start.set(bytes, at);
    at += padded(bytes.length);
  }
  // The arrays are handed over as views, not copied: an index of 10,000 articles is tens of megabytes.
  return [start, ...arrays.map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength))];
}

/** Reads what encodeIndexFile wrote; undefined for another version, a truncated, altered or foreign file. */
export function decodeIndexFile(version: number, file: Uint8Array): { parts: unknown[]; arrays: Uint32Array[] } | undefined {
  // Typed array views need four-byte alignment; a small file read by Node may sit anywhere in a shared pool.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const layout = layoutOf(version, bytes, bytes.length);
  if (!layout) return undefined;
  const parts: unknown[] = [];
  for (const [index, length] of layout.partLengths.entries()) {
    const part = parsePart(bytes.subarray(layout.partStarts[index], layout.partStarts[index]! + length), layout.partChecksums[index]!);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  let at = bytes.byteOffset + layout.arraysStart;
  const arrays = layout.arrayLengths.map((length) => {
    const array = new Uint32Array(bytes.buffer, at, length);
    at += length * 4;
    return array;
  });
  return { parts, arrays };
}

/** Reads only the first part of an index file, without the rest of it; undefined for a missing, another version's, truncated or altered file. */
export async function readFirstIndexPart(fileSystem: FileSystem, filePath: string, version: number): Promise<unknown> {
  let handle: Awaited<ReturnType<FileSystem['open']>> | undefined;
  try {
    handle = await fileSystem.open(filePath, 'r');
    const { size } = await handle.stat();
    const head = new Uint8Array(4 * (4 + maximumParts * 2 + maximumArrays));
    const { bytesRead } = await handle.read(head, 0, Math.min(head.length, size), 0);
    const layout = layoutOf(version, head.subarray(0, bytesRead), size);
    const length = layout?.partLengths[0];
    if (!layout || length === undefined) return undefined;
    const part = new Uint8Array(length);
    if ((await handle.read(part, 0, length, layout.partStarts[0])).bytesRead !== length) return undefined;
    return parsePart(part, layout.partChecksums[0]!);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes an index file again with a new first part and the rest of it as it is (the search
 * postings, tens of megabytes, are copied, never decoded); does nothing unless the file's first
 * part is still the one given as read, so an index another process wrote meanwhile is kept.
 */
export async function replaceFirstIndexPart(fileSystem: FileSystem, filePath: string, version: number, read: unknown, replacement: unknown): Promise<void> {
  const file = await fileSystem.readFile(filePath);
  const layout = layoutOf(version, file, file.length);
  const length = layout?.partLengths[0];
  if (!layout || length === undefined || layout.partChecksums[0] !== crc32(JSON.stringify(read))) return;
  const part = new TextEncoder().encode(JSON.stringify(replacement));
  const prefix = new Uint8Array(layout.partStarts[0]!);
  prefix.set(file.subarray(0, prefix.length));
  const words = new DataView(prefix.buffer);
  words.setUint32(4 * 4, part.length, true);
  words.setUint32(4 * (4 + layout.partLengths.length), crc32(part), true);
  const padding = new Uint8Array(padded(part.length) - part.length);
  await atomicWriteFile(fileSystem, filePath, [prefix, part, padding, file.subarray(layout.partStarts[0]! + padded(length))]);
}

interface Layout {
  readonly partLengths: readonly number[];
  readonly partChecksums: readonly number[];
  readonly partStarts: readonly number[];
  readonly arrayLengths: readonly number[];
  readonly arraysStart: number;
}

/** Where each part and array lies, from the file's first bytes; undefined unless the whole file's size adds up. */
function layoutOf(version: number, head: Uint8Array, fileSize: number): Layout | undefined {
  if (head.length < 16) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const word = (index: number) => view.getUint32(index * 4, true);
  const [fileMagic, fileVersion, partCount, arrayCount] = [word(0), word(1), word(2), word(3)];
  if (fileMagic !== magic || fileVersion !== version || partCount > maximumParts || arrayCount > maximumArrays) return undefined;
  const prefixWords = 4 + partCount * 2 + arrayCount;
  if (head.length < prefixWords * 4) return undefined;
  const words = (from: number, count: number) => Array.from({ length: count }, (_, index) => word(from + index));
  const partLengths = words(4, partCount);
  const partChecksums = words(4 + partCount, partCount);
  const arrayLengths = words(4 + partCount * 2, arrayCount);
  const partStarts: number[] = [];
  let at = prefixWords * 4;
  for (const length of partLengths) {
    partStarts.push(at);
    at += padded(length);
  }
  const arraysStart = at;
  if (arrayLengths.reduce((sum, length) => sum + length * 4, arraysStart) !== fileSize) return undefined;
  return { partLengths, partChecksums, partStarts, arrayLengths, arraysStart };
}

function parsePart(bytes: Uint8Array, checksum: number): unknown {
  if (crc32(bytes) !== checksum) return undefined;
  try {
    // The checksum has vouched for the bytes: Node's own decoding is several times faster than a checking TextDecoder.
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function padded(length: number): number {
  return Math.ceil(length / 4) * 4;
}
