import * as nodeFileSystem from 'node:fs/promises';
import path from 'node:path';
import type { FileSystem } from '../../services/storage/file-system';

/** The real file system, noting every file read and stat'ed: how many article files were read, which were read, which were stat'ed, and how many were read at once at most. */
export function countingFileSystem(): {
  readonly fileSystem: FileSystem;
  readonly articleReads: () => number;
  readonly articlesRead: () => readonly string[];
  readonly articleStats: () => readonly string[];
  readonly mostArticleReadsAtOnce: () => number;
} {
  const reads: string[] = [];
  const stats: string[] = [];
  let readsUnderway = 0;
  let mostReadsAtOnce = 0;
  const isArticle = (file: string) => file.includes(`${path.sep}articles${path.sep}`);
  const fileSystem: FileSystem = {
    ...nodeFileSystem,
    stat: ((file: string) => {
      stats.push(String(file));
      return nodeFileSystem.stat(file);
    }) as FileSystem['stat'],
    readFile: ((file: string, options: unknown) => {
      reads.push(String(file));
      if (!isArticle(String(file))) return nodeFileSystem.readFile(file, options as BufferEncoding);
      readsUnderway += 1;
      mostReadsAtOnce = Math.max(mostReadsAtOnce, readsUnderway);
      return nodeFileSystem.readFile(file, options as BufferEncoding).finally(() => (readsUnderway -= 1));
    }) as FileSystem['readFile'],
  };
  return {
    fileSystem,
    articleReads: () => reads.filter(isArticle).length,
    articlesRead: () => reads.filter(isArticle).map((file) => path.basename(file)),
    articleStats: () => stats.filter(isArticle).map((file) => path.basename(file)),
    mostArticleReadsAtOnce: () => mostReadsAtOnce,
  };
}
