import path from 'node:path';
import MiniSearch, { type Query, type SearchResult as MiniSearchResult } from 'minisearch';
import type { Article, ArticleId, ArticleStatus } from '../../core/article/article-schema';
import { documentText } from '../../core/document/document-text';
import { foldForSearch } from '../../core/search/fold-for-search';
import { parseQuery, type ParsedQuery } from '../../core/search/parse-query';
import { attachedForms, indexTerms, searchWords, stemOf } from '../../core/search/search-terms';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { highlightAll, snippetOf, wordMatcher } from './search-snippet';
import { decodeSequences, encodeSequences, holdsPhrase, wordHash } from './word-sequences';
import type { SearchHit } from '../../core/api/api-contract';

/** Bumped whenever what the index holds or how it analyses text changes: an older file is rebuilt. */
export const searchIndexVersion = 1;

const searchedFields = ['headline', 'standfirst', 'body', 'tags', 'byline', 'place', 'section', 'slug', 'note'] as const;
const fieldBoosts = { headline: 3, tags: 2, standfirst: 1.5, section: 1.5, byline: 1, place: 1, slug: 1, body: 1, note: 0.5 };

/** What the index keeps of each article besides its words: enough to filter, sort and list results. */
export type IndexedSummary = SearchHit['summary'];

interface FileSignature {
  readonly size: number;
  readonly modifiedAt: number;
}

interface IndexFile {
  readonly version: number;
  readonly signatures: Record<string, FileSignature>;
  readonly index: unknown;
}

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

/** How documents are analysed (folded words and stems) and queries are read (terms as the search builds them), for a new index and a loaded one alike. */
const miniSearchOptions = {
  fields: [...searchedFields],
  storeFields: ['summary'],
  tokenize: (text: string) => searchWords(text),
  processTerm: (term: string) => indexTerms(term),
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

function createMiniSearch(): MiniSearch<IndexedDocument> {
  return new MiniSearch<IndexedDocument>(miniSearchOptions);
}

type IndexedDocument = { readonly id: ArticleId; readonly summary: IndexedSummary } & Readonly<Record<(typeof searchedFields)[number], string>>;

function documentOf(article: Article): IndexedDocument {
  return {
    id: article.id,
    headline: article.headline,
    standfirst: article.standfirst,
    body: documentText(article.body),
    tags: article.tags.join(' \n '),
    byline: article.byline,
    place: article.dateline.place,
    section: article.section,
    slug: article.slug.replace(/-/g, ' '),
    note: article.editorialNote,
    summary: {
      id: article.id,
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
    },
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
  private miniSearch = createMiniSearch();
  private readonly summaries = new Map<ArticleId, IndexedSummary>();
  /** Each article's words as hashes, in order: phrases are checked here instead of reading every candidate's file. */
  private sequences = new Map<ArticleId, Uint32Array>();
  private signatures: Record<string, FileSignature> = {};
  private opened: Promise<void> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private changedSincePersist = false;
  /** Serialises refreshes and updates so two never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SearchIndexOptions) {
    this.fileSystem = options.fileSystem ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
  }

  /** Whether the index has been opened (searched, or loaded by a long-running host). */
  get isOpen(): boolean {
    return this.opened !== undefined;
  }

  private get indexPath(): string {
    return path.join(this.options.dataDirectory, 'index', 'search-index.json');
  }

  private get sequencesPath(): string {
    return path.join(this.options.dataDirectory, 'index', 'search-phrases.bin');
  }

  private get articlesFolder(): string {
    return path.join(this.options.dataDirectory, 'articles');
  }

  /** Loads the saved index (a missing, corrupt or older one is rebuilt) and brings it up to date with the folder. */
  open(): Promise<void> {
    this.opened ??= this.serially(async () => {
      await this.load();
      await this.bringUpToDate();
    });
    return this.opened;
  }

  /** Re-reads one article after a change (or drops it once it is gone). */
  async update(id: ArticleId): Promise<void> {
    await this.open();
    await this.serially(() => this.reindex([id]));
  }

  /** Compares every article file with what the index saw and re-reads those that changed. */
  async refresh(): Promise<void> {
    await this.open();
    await this.serially(() => this.bringUpToDate());
  }

  /** Every indexed summary, newest first. */
  async list(): Promise<IndexedSummary[]> {
    await this.open();
    return [...this.summaries.values()].sort((first, second) => second.updatedAt.localeCompare(first.updatedAt));
  }

  /** Answers a query in the query language of parseQuery, best first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
    await this.open();
    const parsed = parseQuery(query);
    const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
    const scored = this.match(parsed);
    const accepted = [...scored].filter(([id]) => this.passesFilters(this.summaries.get(id), parsed, options));
    const phrased = parsed.phrases.length > 0 ? this.withPhrases(accepted, parsed.phrases) : accepted;
    const sort = options.sort ?? (parsed.words.length + parsed.phrases.length > 0 ? 'relevance' : 'updated');
    const ordered = phrased.sort(([firstId, firstScore], [secondId, secondScore]) => compare(sort, this.summaries.get(firstId)!, firstScore, this.summaries.get(secondId)!, secondScore));
    const matches = wordMatcher([...parsed.words, ...parsed.phrases.flat()], parsed.typing);
    const hits: SearchHit[] = [];
    for (const [id, score] of ordered.slice(0, limit)) {
      const summary = this.summaries.get(id)!;
      const article = parsed.words.length + parsed.phrases.length > 0 ? await this.options.readArticle(id) : undefined;
      const text = article ? [article.standfirst, documentText(article.body)].filter(Boolean).join('\n') : '';
      hits.push({ summary, score: Math.round(score * 1000) / 1000, headline: highlightAll(summary.headline, matches), snippet: snippetOf(text, matches) });
    }
    return { total: ordered.length, hits };
  }

  /** Writes the index now if it changed (before the process ends). */
  async close(): Promise<void> {
    clearTimeout(this.persistTimer);
    await this.queue.catch(() => undefined);
    if (this.changedSincePersist) await this.persist();
  }

  private serially<Value>(work: () => Promise<Value>): Promise<Value> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private match(parsed: ParsedQuery): Map<ArticleId, number> {
    const wordQueries = [...parsed.words, ...parsed.phrases.flat()].map((word, index): Query => {
      const typing = parsed.typing && index === parsed.words.length - 1;
      const stem = stemOf(word);
      const latin = /\p{Script=Latin}/u.test(word);
      return {
        combineWith: 'OR',
        queries: [...new Set([word, stem, ...attachedForms(word)])],
        prefix: typing,
        // Typos in English names are forgiven; Arabic words are short and fuzzy matching would drown the results.
        fuzzy: latin && word.length >= 4 ? 0.2 : false,
      };
    });
    const scores = new Map<ArticleId, number>();
    if (wordQueries.length === 0) {
      for (const id of this.summaries.keys()) scores.set(id, 0);
    } else {
      const found: MiniSearchResult[] = this.miniSearch.search({ combineWith: 'AND', queries: wordQueries }, {
        boost: fieldBoosts,
        boostDocument: (_id, _term, stored) => {
          const updatedAt = (stored?.summary as IndexedSummary | undefined)?.updatedAt;
          const age = updatedAt ? Math.max(0, this.now().getTime() - Date.parse(updatedAt)) / day : 365;
          // Recent stories rise a little, never past a much better match.
          return 1 + 0.3 * Math.exp(-age / 30);
        },
      });
      for (const result of found) scores.set(result.id as ArticleId, result.score);
    }
    if (parsed.excluded.length > 0) {
      const excluded = this.miniSearch.search({ combineWith: 'OR', queries: parsed.excluded.flatMap((word) => [...new Set([word, stemOf(word)])]) });
      for (const result of excluded) scores.delete(result.id as ArticleId);
    }
    return scores;
  }

  private passesFilters(summary: IndexedSummary | undefined, parsed: ParsedQuery, options: SearchOptions): boolean {
    if (!summary) return false;
    const { filters } = parsed;
    const status = filters.status ?? options.status;
    if (status && summary.status !== status) return false;
    if (options.status && filters.status && options.status !== filters.status) return false;
    for (const tag of [filters.tag, options.tag ? foldForSearch(options.tag) : undefined]) {
      if (tag && !summary.tags.some((candidate) => foldForSearch(candidate) === tag)) return false;
    }
    for (const section of [filters.section, options.section ? foldForSearch(options.section) : undefined]) {
      if (section && foldForSearch(summary.section) !== section) return false;
    }
    if (filters.byline && !foldForSearch(summary.byline).includes(filters.byline)) return false;
    for (const language of [filters.language, options.language]) if (language && !summary.language.startsWith(language)) return false;
    if (options.assignee && summary.assignee !== options.assignee) return false;
    for (const from of [filters.from, options.from]) if (from && summary.day < from) return false;
    for (const to of [filters.to, options.to]) if (to && summary.day > to) return false;
    return true;
  }

  /** Keeps only candidates whose text holds each phrase word after word; phrase matches rank above the rest. */
  private withPhrases(candidates: Array<[ArticleId, number]>, phrases: ParsedQuery['phrases']): Array<[ArticleId, number]> {
    const hashed = phrases.map((phrase) => phrase.map(wordHash));
    return candidates.flatMap(([id, score]): Array<[ArticleId, number]> => {
      const sequence = this.sequences.get(id);
      return sequence && hashed.every((phrase) => holdsPhrase(sequence, phrase)) ? [[id, score * 2]] : [];
    });
  }

  private async load(): Promise<void> {
    try {
      const text = await this.fileSystem.readFile(this.indexPath, 'utf8');
      const file = JSON.parse(text) as IndexFile;
      if (file.version !== searchIndexVersion || typeof file.signatures !== 'object' || file.signatures === null) throw new Error('another version');
      const loaded = MiniSearch.loadJS<IndexedDocument>(file.index as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions);
      const sequences = decodeSequences(await this.fileSystem.readFile(this.sequencesPath));
      if (!sequences) throw new Error('no phrase file');
      this.summaries.clear();
      for (const id of Object.keys(file.signatures)) {
        const summary = loaded.getStoredFields(id)?.summary as IndexedSummary | undefined;
        if (summary) this.summaries.set(id, summary);
      }
      this.miniSearch = loaded;
      this.sequences = sequences;
      this.signatures = { ...file.signatures };
    } catch {
      // Missing, truncated, corrupt or from another version: the index is rebuilt from the articles.
      this.miniSearch = createMiniSearch();
      this.summaries.clear();
      this.sequences = new Map();
      this.signatures = {};
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
    const changed: ArticleId[] = [];
    for (const id of present) {
      const signature = await this.signatureOf(id);
      const known = this.signatures[id];
      if (!signature || !known || known.size !== signature.size || known.modifiedAt !== signature.modifiedAt) changed.push(id);
    }
    const gone = Object.keys(this.signatures).filter((id) => !present.has(id));
    await this.reindex([...changed, ...gone]);
  }

  private async signatureOf(id: ArticleId): Promise<FileSignature | undefined> {
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
      const signature = await this.signatureOf(id);
      const article = signature ? await this.options.readArticle(id) : undefined;
      if (this.miniSearch.has(id)) this.miniSearch.discard(id);
      this.summaries.delete(id);
      this.sequences.delete(id);
      delete this.signatures[id];
      if (article && signature) {
        const document = documentOf(article);
        this.miniSearch.add(document);
        this.summaries.set(id, document.summary);
        this.sequences.set(id, sequenceOf(document));
        this.signatures[id] = signature;
      }
    }
    this.changedSincePersist = true;
    this.schedulePersist();
  }

  private schedulePersist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.serially(() => this.persist()), this.options.persistDelay ?? 2000);
    this.persistTimer.unref?.();
  }

  private async persist(): Promise<void> {
    if (!this.changedSincePersist) return;
    this.changedSincePersist = false;
    const file: IndexFile = { version: searchIndexVersion, signatures: this.signatures, index: this.miniSearch.toJSON() };
    try {
      // A library folder removed meanwhile is not brought back for its index.
      await this.fileSystem.stat(this.articlesFolder);
      await this.fileSystem.mkdir(path.dirname(this.indexPath), { recursive: true });
      // The phrases first: an index file without its phrase file is rebuilt, never trusted.
      await atomicWriteFile(this.fileSystem, this.sequencesPath, encodeSequences(this.sequences));
      await atomicWriteFile(this.fileSystem, this.indexPath, JSON.stringify(file));
    } catch {
      // The index is a cache: when it cannot be written, it is rebuilt next time.
      this.changedSincePersist = true;
    }
  }
}

/** The document's words as hashes, fields apart, in the order phrases are read. */
function sequenceOf(document: IndexedDocument): Uint32Array {
  const words: number[] = [];
  for (const field of ['headline', 'standfirst', 'body', 'tags'] as const) {
    for (const word of searchWords(document[field])) words.push(wordHash(word));
    words.push(0);
  }
  return Uint32Array.from(words);
}

function compare(sort: SearchSort, first: IndexedSummary, firstScore: number, second: IndexedSummary, secondScore: number): number {
  switch (sort) {
    case 'relevance':
      return secondScore - firstScore || second.updatedAt.localeCompare(first.updatedAt);
    case 'updated':
      return second.updatedAt.localeCompare(first.updatedAt);
    case 'created':
      return second.createdAt.localeCompare(first.createdAt);
    case 'headline':
      return first.headline.localeCompare(second.headline, 'ar');
  }
}
