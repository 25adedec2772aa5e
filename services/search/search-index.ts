import path from 'node:path';
import { crc32 } from 'node:zlib';
import { mapConcurrently } from '../../core/map-concurrently';
import { serialQueue } from '../../core/serial-queue';
import type { Article, ArticleId, ArticleStatus } from '../../core/article/article-schema';
import { documentText } from '../../core/document/document-text';
import { foldForSearch } from '../../core/search/fold-for-search';
import { parseQuery, type ParsedQuery } from '../../core/search/parse-query';
import { attachedForms, stemOf } from '../../core/search/search-terms';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { topRanked } from './top-ranked';
import { highlightAll, snippetOf, wordMatcher } from './search-snippet';
import { decodeIndexFile, encodeIndexFile } from './index-file';
import { libraryIndexPath, libraryIndexVersion, type IndexedEntry, type IndexedSummary } from '../library/library-index-file';
import { TermIndex, type IndexedField, type IndexedFields, type ScoredDocument, type TermQuery } from './term-index';
import { holdsPhrase, wordHash } from './word-sequences';
import type { SearchHit } from '../../core/api/api-contract';

const fieldBoosts: Readonly<Record<IndexedField, number>> = { headline: 3, tags: 2, standfirst: 1.5, section: 1.5, byline: 1, place: 1, slug: 1, body: 1, note: 0.5 };

interface FileStamp {
  readonly size: number;
  readonly modifiedAt: number;
}

/** The file an article was indexed from: its size and time, and the CRC-32 of its text. */
interface FileSignature extends FileStamp {
  readonly checksum: number;
}

/** Files the index replaced, tens of megabytes at 10,000 articles: the first search index (MiniSearch and its phrases), the second, and the library's own listing. */
const replacedFiles = ['search-index.json', 'search-phrases.bin', 'search-index.bin', 'library-index.json'];

export type SearchSort = 'relevance' | 'updated' | 'created' | 'headline';

export interface SearchOptions {
  readonly limit?: number;
  readonly sort?: SearchSort;
  /** Filters chosen in the interface, added to those written in the query. */
  readonly status?: ArticleStatus;
  readonly tag?: string;
  readonly assignee?: string;
  readonly section?: string;
  readonly language?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface SearchAnswer {
  readonly total: number;
  readonly hits: SearchHit[];
}

export interface SearchIndexOptions {
  /** The data folder: articles are read from articles/, the index kept in index/. */
  readonly dataDirectory: string;
  readonly readArticle: (id: ArticleId) => Promise<Article | undefined>;
  readonly fileSystem?: FileSystem;
  /** How long after the last change the index is written to disk. */
  readonly persistDelay?: number;
  readonly now?: () => Date;
}

const day = 24 * 60 * 60 * 1000;

/** What the index holds of each article besides its words: its summary, its file's signature and its last change in milliseconds (for the recency boost, parsed once). */
interface IndexedArticle {
  readonly id: ArticleId;
  readonly summary: IndexedSummary;
  readonly signature: FileSignature;
  readonly updatedTime: number;
}

function indexedArticle(summary: IndexedSummary, signature: FileSignature): IndexedArticle {
  return { id: summary.id, summary, signature, updatedTime: Date.parse(summary.updatedAt) };
}

/** A candidate result with its score. */
type Ranked = ScoredDocument<IndexedArticle>;

/** An article's tags, section and byline as search compares them. */
interface FoldedFacts {
  readonly tags: readonly string[];
  readonly section: string;
  readonly byline: string;
}

function fieldsOf(article: Article): IndexedFields {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: documentText(article.body),
    tags: article.tags.join(' \n '),
    byline: article.byline,
    place: article.dateline.place,
    section: article.section,
    slug: article.slug.replace(/-/g, ' '),
    note: article.editorialNote,
  };
}

function summaryOf(article: Article): IndexedSummary {
  return {
      id: article.id,
      revision: article.revision,
      slug: article.slug,
      headline: article.headline,
      status: article.status,
      tags: [...article.tags],
      section: article.section,
      language: article.language,
      byline: article.byline,
      assignee: article.assignee,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      day: article.dateline.date || article.createdAt.slice(0, 10),
      ...(article.editedBy ? { editedBy: article.editedBy } : {}),
  };
}

/**
 * The library's full-text index: Arabic-aware (folded spellings, light stems beside the words as
 * written, English stems for English words), kept in step with every change the back end sees, and
 * persisted in <data>/index/ so opening a library reads one file and only the articles that changed.
 */
export class SearchIndex {
  private readonly fileSystem: FileSystem;
  private readonly now: () => Date;
  private terms = new TermIndex<IndexedArticle>();
  private readonly folded = new WeakMap<IndexedSummary, FoldedFacts>();
  private opened: Promise<void> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private changedSincePersist = false;
  /** Serialises refreshes and updates so two never interleave. */
  private readonly queue = serialQueue();

  constructor(private readonly options: SearchIndexOptions) {
    this.fileSystem = options.fileSystem ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
  }

  /** Whether the index has been opened (searched, or loaded by a long-running host). */
  get isOpen(): boolean {
    return this.opened !== undefined;
  }

  private get indexPath(): string {
    return libraryIndexPath(this.options.dataDirectory);
  }

  private get articlesFolder(): string {
    return path.join(this.options.dataDirectory, 'articles');
  }

  /** Loads the saved index (a missing, corrupt or older one is rebuilt) and brings it up to date with the folder. */
  open(): Promise<void> {
    this.opened ??= this.queue.run(async () => {
      await this.load();
      await this.bringUpToDate();
    });
    return this.opened;
  }

  /** Re-reads one article after a change (or drops it once it is gone). */
  async update(id: ArticleId): Promise<void> {
    await this.open();
    await this.queue.run(() => this.reindex([id]));
  }

  /** Compares every article file with what the index saw and re-reads those that changed. */
  async refresh(): Promise<void> {
    await this.open();
    await this.queue.run(() => this.bringUpToDate());
  }

  /** Every indexed summary, newest first. */
  async list(): Promise<IndexedSummary[]> {
    await this.open();
    return this.terms
      .documents()
      .map(({ summary }) => summary)
      .sort((first, second) => newerFirst(first.updatedAt, second.updatedAt));
  }

  /** Answers a query in the query language of parseQuery, best first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
    await this.open();
    const parsed = parseQuery(query);
    const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
    const filter = this.filterFor(parsed, options);
    const accepted = this.match(parsed).filter(({ document }) => filter(document.summary));
    const phrased = parsed.phrases.length > 0 ? this.withPhrases(accepted, parsed.phrases) : accepted;
    const sort = options.sort ?? (parsed.words.length + parsed.phrases.length > 0 ? 'relevance' : 'updated');
    const shown = topRanked(phrased, limit, (first, second) => compare(sort, first, second));
    const matches = wordMatcher([...parsed.words, ...parsed.phrases.flat()], parsed.typing);
    const withWords = parsed.words.length + parsed.phrases.length > 0;
    const hits = await Promise.all(
      shown.map(async ({ document: { summary }, score }): Promise<SearchHit> => {
        const text = withWords ? await this.snippetText(summary.id) : '';
        return { summary, score: Math.round(score * 1000) / 1000, headline: highlightAll(summary.headline, matches), snippet: snippetOf(text, matches) };
      }),
    );
    return { total: phrased.length, hits };
  }

  /** Writes the index now if it changed (before the process ends). */
  async close(): Promise<void> {
    clearTimeout(this.persistTimer);
    await this.queue.idle();
    if (this.changedSincePersist) await this.persist();
  }


  private match(parsed: ParsedQuery): Ranked[] {
    const words = parsed.words.map((word, index): TermQuery => {
      const latin = /\p{Script=Latin}/u.test(word);
      return {
        terms: [...new Set([word, stemOf(word), ...attachedForms(word)])],
        prefix: parsed.typing && index === parsed.words.length - 1,
        // Typos in English names are forgiven; Arabic words are short and fuzzy matching would drown the results.
        typos: latin && word.length >= 4 ? Math.round(word.length * 0.2) : 0,
      };
    });
    // A phrase holds its words exactly as folded (withPhrases checks their order): only articles holding each of them are candidates.
    const phraseWords = parsed.phrases.flat().map((word): TermQuery => ({ terms: [word], prefix: false, typos: 0 }));
    const excluded = parsed.excluded.flatMap((word) => [...new Set([word, stemOf(word)])]);
    const now = this.now().getTime();
    return this.terms.search([...words, ...phraseWords], excluded, {
      boosts: fieldBoosts,
      documentBoost: ({ updatedTime }) => {
        const age = Number.isFinite(updatedTime) ? Math.max(0, now - updatedTime) / day : 365;
        // Recent stories rise a little, never past a much better match.
        return 1 + 0.3 * Math.exp(-age / 30);
      },
    });
  }

  /** The standfirst and body of an article as plain text, for its snippet: read straight from its file (a snippet needs no validation, and twenty results must not cost twenty validations). */
  private async snippetText(id: ArticleId): Promise<string> {
    try {
      const article = JSON.parse(await this.fileSystem.readFile(path.join(this.articlesFolder, `${id}.json`), 'utf8')) as Partial<Article>;
      const standfirst = typeof article.standfirst === 'string' ? article.standfirst : '';
      const body = typeof article.body === 'object' && article.body !== null ? documentText(article.body) : '';
      return [standfirst, body].filter(Boolean).join('\n');
    } catch {
      return '';
    }
  }

  /** The filters of a query and of the interface as one test; folded spellings of an article's tags, section and byline are worked out once and kept. */
  private filterFor(parsed: ParsedQuery, options: SearchOptions): (summary: IndexedSummary) => boolean {
    const { filters } = parsed;
    if (options.status && filters.status && options.status !== filters.status) return () => false;
    const status = filters.status ?? options.status;
    const tags = [filters.tag, options.tag ? foldForSearch(options.tag) : undefined].filter((tag) => tag !== undefined);
    const sections = [filters.section, options.section ? foldForSearch(options.section) : undefined].filter((section) => section !== undefined);
    const languages = [filters.language, options.language].filter((language) => language !== undefined);
    const froms = [filters.from, options.from].filter((from) => from !== undefined);
    const tos = [filters.to, options.to].filter((to) => to !== undefined);
    return (summary) => {
      if (status && summary.status !== status) return false;
      if (options.assignee && summary.assignee !== options.assignee) return false;
      if (languages.some((language) => !summary.language.startsWith(language))) return false;
      if (froms.some((from) => summary.day < from) || tos.some((to) => summary.day > to)) return false;
      if (tags.length + sections.length === 0 && !filters.byline) return true;
      const folded = this.foldedOf(summary);
      return tags.every((tag) => folded.tags.includes(tag)) && sections.every((section) => folded.section === section) && (!filters.byline || folded.byline.includes(filters.byline));
    };
  }

  private foldedOf(summary: IndexedSummary): FoldedFacts {
    let folded = this.folded.get(summary);
    if (!folded) this.folded.set(summary, (folded = { tags: summary.tags.map(foldForSearch), section: foldForSearch(summary.section), byline: foldForSearch(summary.byline) }));
    return folded;
  }

  /** Keeps only candidates whose text holds each phrase word after word; phrase matches rank above the rest. */
  private withPhrases(candidates: readonly Ranked[], phrases: ParsedQuery['phrases']): Ranked[] {
    const hashed = phrases.map((phrase) => phrase.map(wordHash));
    return candidates.flatMap(({ document, score }): Ranked[] => {
      const sequence = this.terms.sequenceOf(document.id);
      return sequence && hashed.every((phrase) => holdsPhrase(sequence, phrase)) ? [{ document, score: score * 2 }] : [];
    });
  }

  private async load(): Promise<void> {
    try {
      const file = decodeIndexFile(libraryIndexVersion, await this.fileSystem.readFile(this.indexPath));
      if (!file) throw new Error('another version');
      const [postings, starts, lengths, phraseStarts, phraseWords] = file.arrays;
      const [entries, terms] = file.parts as [IndexedEntry[] | undefined, string[] | undefined];
      if (!postings || !starts || !lengths || !phraseStarts || !phraseWords || !Array.isArray(entries) || !Array.isArray(terms)) throw new Error('not an index');
      const documents = entries.map(([id, size, modifiedAt, summary, checksum]) => {
        if (summary?.id !== id || typeof summary.updatedAt !== 'string' || typeof checksum !== 'number') throw new Error('a summary does not fit its article');
        return indexedArticle(summary, { size, modifiedAt, checksum });
      });
      this.terms = TermIndex.fromSnapshot({ terms, documents, arrays: [postings, starts, lengths, phraseStarts, phraseWords] });
    } catch {
      // Missing, truncated, corrupt or from another version: the index is rebuilt from the articles.
      this.terms = new TermIndex();
      this.changedSincePersist = true;
    }
  }

  private async bringUpToDate(): Promise<void> {
    let names: string[];
    try {
      names = (await this.fileSystem.readdir(this.articlesFolder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    } catch {
      names = [];
    }
    const present = new Set(names.map((name) => name.slice(0, -'.json'.length)));
    const ids = [...present];
    // Many stats at once: one after another, 10,000 of them take several times as long.
    const stamps = await mapConcurrently(ids, 64, (id) => this.stampOf(id));
    const changed = ids.filter((id, index) => {
      const stamp = stamps[index];
      const known = this.terms.get(id)?.signature;
      return !stamp || !known || known.size !== stamp.size || known.modifiedAt !== stamp.modifiedAt;
    });
    const gone = this.terms
      .documents()
      .map(({ id }) => id)
      .filter((id) => !present.has(id));
    await this.reindex([...changed, ...gone]);
  }

  private async stampOf(id: ArticleId): Promise<FileStamp | undefined> {
    try {
      const stats = await this.fileSystem.stat(path.join(this.articlesFolder, `${id}.json`));
      return { size: stats.size, modifiedAt: stats.mtimeMs };
    } catch {
      return undefined;
    }
  }

  private async reindex(ids: readonly ArticleId[]): Promise<void> {
    if (ids.length === 0) return;
    for (const id of ids) {
      // Stamp, then text, then the article: what is analysed is never older than the checksum kept for it.
      const stamp = await this.stampOf(id);
      const text = stamp ? await this.fileSystem.readFile(path.join(this.articlesFolder, `${id}.json`)).catch(() => undefined) : undefined;
      const known = this.terms.get(id);
      const signature = stamp && text ? { ...stamp, checksum: crc32(text) } : undefined;
      // The same text with another time (a copied or restored folder): only the time is new.
      if (known && signature?.checksum === known.signature.checksum) {
        this.terms.replaceHeld(indexedArticle(known.summary, signature));
        continue;
      }
      const article = signature ? await this.options.readArticle(id) : undefined;
      this.terms.remove(id);
      if (article && signature) this.terms.add(indexedArticle(summaryOf(article), signature), fieldsOf(article));
    }
    this.changedSincePersist = true;
    this.schedulePersist();
  }

  private schedulePersist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.queue.run(() => this.persist()), this.options.persistDelay ?? 30_000);
    this.persistTimer.unref?.();
  }

  private async persist(): Promise<void> {
    if (!this.changedSincePersist) return;
    this.changedSincePersist = false;
    const snapshot = this.terms.snapshot();
    // The listing comes first: the library reads it alone, without the postings.
    const entries: IndexedEntry[] = snapshot.documents.map(({ id, signature, summary }) => [id, signature.size, signature.modifiedAt, summary, signature.checksum]);
    try {
      // A library folder removed meanwhile is not brought back for its index.
      await this.fileSystem.stat(this.articlesFolder);
      await this.fileSystem.mkdir(path.dirname(this.indexPath), { recursive: true });
      await atomicWriteFile(this.fileSystem, this.indexPath, encodeIndexFile(libraryIndexVersion, [entries, snapshot.terms], snapshot.arrays));
      for (const name of replacedFiles) await this.fileSystem.unlink(path.join(path.dirname(this.indexPath), name)).catch(() => undefined);
    } catch {
      // The index is a cache: when it cannot be written, it is rebuilt next time.
      this.changedSincePersist = true;
    }
  }
}

const headlineOrder = new Intl.Collator('ar');

function compare(sort: SearchSort, first: Ranked, second: Ranked): number {
  switch (sort) {
    case 'relevance':
      return second.score - first.score || newerFirst(first.document.summary.updatedAt, second.document.summary.updatedAt);
    case 'updated':
      return newerFirst(first.document.summary.updatedAt, second.document.summary.updatedAt);
    case 'created':
      return newerFirst(first.document.summary.createdAt, second.document.summary.createdAt);
    case 'headline':
      return headlineOrder.compare(first.document.summary.headline, second.document.summary.headline);
  }
}

/** ISO times compare as strings. */
function newerFirst(first: string, second: string): number {
  return first > second ? -1 : first < second ? 1 : 0;
}
