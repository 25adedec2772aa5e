import path from 'node:path';
import type { ArticleId, ArticleSummary } from '../../core/article/article-schema';
import { currentArticleSchemaVersion } from '../../core/article/article-schema';
import type { SearchHit } from '../../core/api/api-contract';
import { encodeIndexFile, readFirstIndexPart, replaceFirstIndexPart } from '../search/index-file';
import { atomicWriteFile } from '../storage/atomic-write-file';
import type { FileSystem } from '../storage/file-system';
import type { CachedSummary } from './article-library';

/**
 * The version of the one library index: bumped whenever what it holds or how it analyses text
 * changes; the article schema's version is part of it too, so a migration re-reads every file.
 */
export const libraryIndexVersion = 5 * 1000 + currentArticleSchemaVersion;

/** What the index keeps of each article for the listing, the filters and the results: the library's summary with the byline and the dateline's day. */
export type IndexedSummary = SearchHit['summary'];

/** One article in the index's first part: its id, its file's size and modification time, its summary, and its file's checksum (CRC-32). */
export type IndexedEntry = readonly [ArticleId, number, number, IndexedSummary, number];

/** Where the one index of a library is kept (listing, filters and full-text search): <data>/index/library-index.bin. */
export function libraryIndexPath(dataDirectory: string): string {
  return path.join(dataDirectory, 'index', 'library-index.bin');
}

/** The library's summary of an indexed one (without what only search uses). */
export function listedSummary(summary: IndexedSummary): ArticleSummary {
  const { id, revision, slug, createdAt, headline, status, tags, language, section, updatedAt, assignee, editedBy } = summary;
  return { id, revision, slug, createdAt, headline, status, tags, language, section, updatedAt, assignee, ...(editedBy ? { editedBy } : {}) };
}

/** The listing kept in the one index: by file name, and the entries as read (to be written back with new file times). */
export interface KeptListing {
  readonly listing: Map<string, CachedSummary>;
  readonly entries: readonly IndexedEntry[];
}

/**
 * Reads the listing kept in the one index — each article file's name, modification time, size and
 * checksum with its summary — without reading the search postings. Missing, altered (its checksum),
 * or another version's gives an empty listing, and the files are read again instead.
 */
export async function readKeptListing(fileSystem: FileSystem, dataDirectory: string): Promise<KeptListing> {
  const entries = await readFirstIndexPart(fileSystem, libraryIndexPath(dataDirectory), libraryIndexVersion);
  const listing = new Map<string, CachedSummary>();
  const none = { listing: new Map<string, CachedSummary>(), entries: [] };
  if (!Array.isArray(entries)) return none;
  for (const entry of entries as IndexedEntry[]) {
    const [id, size, modifiedAt, summary, checksum] = Array.isArray(entry) ? entry : [];
    // The part's checksum stands for validating each summary; this only keeps a file from another program that happens to fit.
    if (typeof id !== 'string' || typeof size !== 'number' || typeof modifiedAt !== 'number' || typeof checksum !== 'number' || summary?.id !== id) return none;
    listing.set(`${id}.json`, { modifiedAt, size, checksum, summary: listedSummary(summary) });
  }
  return { listing, entries: entries as IndexedEntry[] };
}

/**
 * Writes the kept listing again with new file times for articles whose files were found with
 * other times but the same checksum (a copied or restored folder): their summaries and search
 * postings still hold, and the next command need not read them. The search postings are copied
 * as they are; an index changed since it was read is left alone.
 */
export async function restampKeptListing(fileSystem: FileSystem, dataDirectory: string, kept: KeptListing, restamped: ReadonlyMap<string, CachedSummary>): Promise<void> {
  const entries = kept.entries.map((entry): IndexedEntry => {
    const found = restamped.get(`${entry[0]}.json`);
    return found && found.checksum === entry[4] ? [entry[0], found.size, found.modifiedAt, entry[3], entry[4]] : entry;
  });
  await replaceFirstIndexPart(fileSystem, libraryIndexPath(dataDirectory), libraryIndexVersion, kept.entries, entries);
}

/**
 * Writes the one index with its listing part alone, when there is none of this version: a command
 * that listed every file (the index missing, or from an earlier version) leaves what it learnt for
 * the next one. The search index, finding no postings, rebuilds the whole file when it is opened.
 */
export async function keepListingOnly(fileSystem: FileSystem, dataDirectory: string, listing: ReadonlyMap<string, CachedSummary>): Promise<void> {
  const file = libraryIndexPath(dataDirectory);
  // Another process may have written a whole index meanwhile: it is never replaced by less.
  if (Array.isArray(await readFirstIndexPart(fileSystem, file, libraryIndexVersion))) return;
  // A library folder removed meanwhile is not brought back for its index.
  await fileSystem.stat(path.join(dataDirectory, 'articles'));
  const entries = [...listing].map(([name, { size, modifiedAt, summary, checksum }]) => [name.slice(0, -'.json'.length), size, modifiedAt, summary, checksum] as const);
  await fileSystem.mkdir(path.dirname(file), { recursive: true });
  await atomicWriteFile(fileSystem, file, encodeIndexFile(libraryIndexVersion, [entries], []));
}
