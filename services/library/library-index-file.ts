import path from 'node:path';
import { z } from 'zod';
import { ArticleSummarySchema, currentArticleSchemaVersion } from '../../core/article/article-schema';
import { atomicWriteFile } from '../storage/atomic-write-file';
import type { FileSystem } from '../storage/file-system';
import type { CachedSummary } from './article-library';

/** Bumped whenever what a listing holds changes; the article schema's version is part of it too, so a migration re-reads every file. */
const libraryIndexVersion = `1/${currentArticleSchemaVersion}`;

const LibraryIndexFileSchema = z.object({
  version: z.literal(libraryIndexVersion),
  entries: z.array(z.tuple([z.string(), z.number(), z.number().int().min(0), ArticleSummarySchema])),
});

/** Where the listing is kept between runs: <data>/index/library-index.json. */
export function libraryIndexPath(dataDirectory: string): string {
  return path.join(dataDirectory, 'index', 'library-index.json');
}

/**
 * Reads the kept listing: each article file's name, modification time and size with its summary.
 * Missing, corrupt or another version's gives an empty map, and the files are read again instead.
 */
export async function readLibraryIndex(fileSystem: FileSystem, dataDirectory: string): Promise<Map<string, CachedSummary>> {
  try {
    const parsed = LibraryIndexFileSchema.safeParse(JSON.parse(await fileSystem.readFile(libraryIndexPath(dataDirectory), 'utf8')));
    if (!parsed.success) return new Map();
    return new Map(parsed.data.entries.map(([name, modifiedAt, size, summary]) => [name, { modifiedAt, size, summary }]));
  } catch {
    return new Map();
  }
}

/** Writes the listing atomically; a library folder removed meanwhile is not brought back for it. */
export async function writeLibraryIndex(fileSystem: FileSystem, dataDirectory: string, summaries: ReadonlyMap<string, CachedSummary>): Promise<void> {
  await fileSystem.stat(path.join(dataDirectory, 'articles'));
  await fileSystem.mkdir(path.dirname(libraryIndexPath(dataDirectory)), { recursive: true });
  const entries = [...summaries].map(([name, { modifiedAt, size, summary }]) => [name, modifiedAt, size, summary]);
  await atomicWriteFile(fileSystem, libraryIndexPath(dataDirectory), JSON.stringify({ version: libraryIndexVersion, entries }));
}
