import type { HeldBackEntry, QuarantineEntry, SearchHit, searchSorts, TagUsage } from '../../../core/api/api-contract';
import type { ApiError } from '../../../core/api/api-error';
import type { ArticleStatus, ArticleSummary, SavedArticle } from '../../../core/article/article-schema';
import { sameTagUsage } from '../../../core/article/same-tag-usage';
import { tagUsage } from '../../../core/article/tag-usage';
import type { SlugsInUse } from '../../../core/text/unique-slug';
import type { ApiClient } from '../api/api-client';
import { Store } from './store';
import { valuesInUse } from './values-in-use';

export interface LibraryFilter {
  readonly status: ArticleStatus | '';
  readonly tag: string;
  /** Only articles assigned to this person; empty for everyone's. */
  readonly assignee: string;
}

export type SearchSort = (typeof searchSorts)[number];

export interface LibrarySearch {
  /** What the journalist typed; empty shows the library list. */
  readonly query: string;
  /** Relevance unless chosen (then updated, created or headline). */
  readonly sort: SearchSort | '';
  /** Narrowing beyond the sidebar's filters; any of them shows results even without words. */
  readonly section: string;
  readonly language: string;
  readonly from: string;
  readonly to: string;
  /** The latest answer for the query, once it came. */
  readonly answer?: { readonly total: number; readonly hits: readonly SearchHit[] };
  readonly error?: ApiError;
}

/** Whether the sidebar shows search results (words typed, or a narrowing chosen) rather than the library list. */
export function isSearching(search: LibrarySearch): boolean {
  return search.query.trim() !== '' || search.section !== '' || search.language !== '' || search.from !== '' || search.to !== '';
}

/** What was asked, without the last answer or error. */
function withoutAnswer({ answer: _answer, error: _error, ...asked }: LibrarySearch): LibrarySearch {
  return asked;
}

/** Results follow typing once it pauses this long: every key would search a 10,000-article library for nothing. */
export const searchPause = 120;

export interface LibraryState {
  readonly articles: readonly ArticleSummary[];
  /** Every tag the articles carry, with its count and spellings; kept as it was by a save that changed no tags. */
  readonly tags: readonly TagUsage[];
  /** The sections and the assignees the stories use; kept as they were by a save that changed neither. */
  readonly sections: readonly string[];
  readonly assignees: readonly string[];
  readonly quarantine: readonly QuarantineEntry[];
  /** Articles written by a newer Newsroom, left untouched. */
  readonly heldBack: readonly HeldBackEntry[];
  /** Articles desk sync found edited here and elsewhere apart, until the journalist resolves them. */
  readonly conflicts: ReadonlySet<string>;
  /** How many quarantine entries the journalist has already seen and dismissed. */
  readonly dismissedQuarantine: number;
  readonly filter: LibraryFilter;
  /** Articles ticked for a batch export. */
  readonly checked: ReadonlySet<string>;
  readonly search: LibrarySearch;
}

/** The library as the sidebar shows it: summaries, quarantine, filters and the ticked articles. */
export class LibraryStore extends Store<LibraryState> {
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchesSent = 0;
  /** The listing on its way, and the one asked for meanwhile, which starts when it is answered. */
  private listingRunning: Promise<readonly ArticleSummary[] | undefined> | undefined;
  private listingQueued: Promise<readonly ArticleSummary[] | undefined> | undefined;

  constructor(
    private readonly api: Pick<ApiClient, 'listArticles' | 'search' | 'resolveConflict'>,
    private readonly onError: (error: ApiError) => void,
  ) {
    super({ articles: [], tags: [], sections: [], assignees: [], quarantine: [], heldBack: [], conflicts: new Set(), dismissedQuarantine: 0, filter: { status: '', tag: '', assignee: '' }, checked: new Set(), search: { query: '', sort: '', section: '', language: '', from: '', to: '' } });
  }

  /** The journalist typed in the search box: results follow a moment after typing pauses. */
  setQuery(query: string): void {
    this.setState({ search: { ...this.getState().search, query } });
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.runSearch(), searchPause);
  }

  setSort(sort: SearchSort | ''): void {
    this.setState({ search: { ...this.getState().search, sort } });
    void this.runSearch();
  }

  /** Section, language and date range, combined with the query and the sidebar's filters. */
  setNarrowing(narrowing: Partial<Pick<LibrarySearch, 'section' | 'language' | 'from' | 'to'>>): void {
    this.setState({ search: { ...this.getState().search, ...narrowing } });
    void this.runSearch();
  }

  /** Asks the back end for the current query with the sidebar's filters; an answer to an older query is dropped. */
  async runSearch(): Promise<void> {
    clearTimeout(this.searchTimer);
    const { search, filter } = this.getState();
    const sent = (this.searchesSent += 1);
    if (!isSearching(search)) {
      this.setState({ search: withoutAnswer(search) });
      return;
    }
    const answer = await this.api.search({
      query: search.query,
      limit: 100,
      ...(search.sort ? { sort: search.sort } : {}),
      ...(search.section ? { section: search.section } : {}),
      ...(search.language ? { language: search.language } : {}),
      ...(search.from ? { from: search.from } : {}),
      ...(search.to ? { to: search.to } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.tag ? { tag: filter.tag } : {}),
      ...(filter.assignee ? { assignee: filter.assignee } : {}),
    });
    if (sent !== this.searchesSent) return;
    const current = withoutAnswer(this.getState().search);
    this.setState({ search: answer.ok ? { ...current, answer: answer.value } : { ...current, error: answer.error } });
  }

  /**
   * Lists the library again; returns the summaries, or undefined when listing failed (reported).
   * With a first window, the newest articles show at once and the rest of a large library follows.
   * One listing runs at a time: asked for while one is on its way, the library is listed once more
   * after it, however many asked — a burst of changes (a copied folder checked at start, a large
   * sync round) must not send thousands of listings at once.
   */
  refresh(options: { readonly firstWindow?: number } = {}): Promise<readonly ArticleSummary[] | undefined> {
    if (this.listingQueued) return this.listingQueued;
    const running = this.listingRunning;
    if (!running) return this.startListing(options);
    const next = () => {
      this.listingQueued = undefined;
      return this.startListing({});
    };
    this.listingQueued = running.then(next, next);
    return this.listingQueued;
  }

  private startListing(options: { readonly firstWindow?: number }): Promise<readonly ArticleSummary[] | undefined> {
    const running = this.list(options).finally(() => {
      if (this.listingRunning === running) this.listingRunning = undefined;
    });
    this.listingRunning = running;
    return running;
  }

  private async list(options: { readonly firstWindow?: number }): Promise<readonly ArticleSummary[] | undefined> {
    const listed = await this.api.listArticles(options.firstWindow ? { limit: options.firstWindow } : {});
    if (!listed.ok) {
      this.onError(listed.error);
      return undefined;
    }
    const counted = tagUsage(listed.value.articles);
    const { tags, sections, assignees } = this.getState();
    const { articles } = listed.value;
    // A listing that counts the same tags keeps the list given before, so what shows it need not render again.
    this.setState({
      articles,
      tags: sameTagUsage(counted, tags) ? tags : counted,
      sections: valuesInUse(articles, 'section', sections),
      assignees: valuesInUse(articles, 'assignee', assignees),
      quarantine: listed.value.quarantine,
      heldBack: listed.value.heldBack,
      conflicts: new Set(listed.value.conflicts),
    });
    if (listed.value.total > listed.value.articles.length) void this.refresh();
    else if (isSearching(this.getState().search)) void this.runSearch();
    return listed.value.articles;
  }

  /** Marks a conflict resolved: the version open now is the one kept (the other stays in History). */
  async resolveConflict(id: string): Promise<void> {
    const resolved = await this.api.resolveConflict({ id });
    if (!resolved.ok) return this.onError(resolved.error);
    const conflicts = new Set(this.getState().conflicts);
    conflicts.delete(id);
    this.setState({ conflicts });
  }

  /** Whether the list already shows this revision of an article (a save from this window, applied as it returned). */
  shows(id: string, revision: number): boolean {
    return this.getState().articles.some((summary) => summary.id === id && summary.revision === revision);
  }

  /** A save's result, reflected in its summary without listing the library again. */
  applySaved(article: SavedArticle): void {
    const { id, headline, slug, status, tags, revision, updatedAt, section, assignee } = article;
    const current = this.getState();
    const articles = current.articles.map((summary) => (summary.id === id ? { ...summary, headline, slug, status, tags, revision, updatedAt, section, assignee } : summary));
    // Counting the tags of 10,000 stories again took about 10 ms of a pause in typing; most saves change none.
    const before = current.articles.find((summary) => summary.id === id);
    const sameTags = before !== undefined && before.tags.length === tags.length && before.tags.every((tag, index) => tag === tags[index]);
    this.setState({
      articles,
      tags: sameTags ? current.tags : tagUsage(articles),
      sections: before?.section === section ? current.sections : valuesInUse(articles, 'section', current.sections),
      assignees: before?.assignee === assignee ? current.assignees : valuesInUse(articles, 'assignee', current.assignees),
    });
  }

  setFilter(filter: LibraryFilter): void {
    this.setState({ filter });
    if (isSearching(this.getState().search)) void this.runSearch();
  }

  setChecked(checked: ReadonlySet<string>): void {
    this.setState({ checked });
  }

  dismissQuarantine(): void {
    this.setState({ dismissedQuarantine: this.getState().quarantine.length });
  }

  /**
   * Whether another article uses a slug, for keeping one article's slug unique. Asked a few times a
   * save: a set of 10,000 slugs made for each save took longer than looking through the list.
   */
  slugsExcept(id: string): SlugsInUse {
    const articles = this.getState().articles;
    return { has: (slug) => slug !== '' && articles.some((summary) => summary.id !== id && summary.slug === slug) };
  }
}
