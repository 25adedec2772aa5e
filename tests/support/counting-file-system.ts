import * as nodeFileSystem from 'node:fs/promises';
import path from 'node:path';
import type { FileSystem } from '../../services/storage/file-system';

/** The real file system, noting every file read and stat'ed: how many article files were read, which were read, and which were stat'ed. */
export function countingFileSystem(): { readonly fileSystem: FileSystem; readonly articleReads: () => number; readonly articlesRead: () => readonly string[]; readonly articleStats: () => readonly string[] } {
  const reads: string[] = [];
  const stats: string[] = [];
  const isArticle = (file: string) => file.includes(`${path.sep}articles${path.sep}`);
  const fileSystem: FileSystem = {
    ...nodeFileSystem,
    stat: ((file: string) => {
      stats.push(String(file));
      return nodeFileSystem.stat(file);
    }) as FileSystem['stat'],
    readFile: ((file: string, options: unknown) => {
      reads.push(String(file));
      return nodeFileSystem.readFile(file, options as BufferEncoding);
    }) as FileSystem['readFile'],
  };
  return { fileSystem, articleReads: () => reads.filter(isArticle).length, articlesRead: () => reads.filter(isArticle).map((file) => path.basename(file)), articleStats: () => stats.filter(isArticle).map((file) => path.basename(file)) };
}
