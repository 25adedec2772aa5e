import * as nodeFileSystem from 'node:fs/promises';
import path from 'node:path';
import type { FileSystem } from '../../services/storage/file-system';

/** The real file system, noting every file read, and how many of them were article files. */
export function countingFileSystem(): { readonly fileSystem: FileSystem; readonly articleReads: () => number } {
  const reads: string[] = [];
  const fileSystem: FileSystem = {
    ...nodeFileSystem,
    readFile: ((file: string, options: unknown) => {
      reads.push(String(file));
      return nodeFileSystem.readFile(file, options as BufferEncoding);
    }) as FileSystem['readFile'],
  };
  return { fileSystem, articleReads: () => reads.filter((file) => file.includes(`${path.sep}articles${path.sep}`)).length };
}
