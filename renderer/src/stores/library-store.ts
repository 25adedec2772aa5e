import type { HeldBackEntry, QuarantineEntry } from '../../../core/api/api-contract';
import type { ApiError } from '../../../core/api/api-error';
import type { Article, ArticleStatus, ArticleSummary } from '../../../core/article/article-schema';
import type { ApiClient } from '../api/api-client';
import { Store } from './store';

export interface LibraryFilter {
  readonly status: ArticleStatus | '';
  readonly tag: string;
  /** Only articles assigned to this person; empty for everyone's. */
  readonly assignee: string;
}

export interface LibraryState {
  readonly articles: readonly ArticleSummary[];
  readonly quarantine: readonly QuarantineEntry[];
  /** Articles written by a newer Newsroom, left untouched. */
  readonly heldBack: readonly HeldBackEntry[];
  /** How many quarantine entries the journalist has already seen and dismissed. */
  readonly dismissedQuarantine: number;
  readonly filter: LibraryFilter;
  /** Articles ticked for a batch export. */
  readonly checked: ReadonlySet<string>;
}

/** The library as the sidebar shows it: summaries, quarantine, filters and the ticked articles. */
export class LibraryStore extends Store<LibraryState> {
  constructor(
    private readonly api: Pick<ApiClient, 'listArticles'>,
    private readonly onError: (error: ApiError) => void,
  ) {
    super({ articles: [], quarantine: [], heldBack: [], dismissedQuarantine: 0, filter: { status: '', tag: '', assignee: '' }, checked: new Set() });
  }

  /** Lists the library again; returns the summaries, or undefined when listing failed (reported). */
  async refresh(): Promise<readonly ArticleSummary[] | undefined> {
    const listed = await this.api.listArticles({});
    if (!listed.ok) {
      this.onError(listed.error);
      return undefined;
    }
    this.setState({ articles: listed.value.articles, quarantine: listed.value.quarantine, heldBack: listed.value.heldBack });
    return listed.value.articles;
  }

  /** A save's result, reflected in its summary without listing the library again. */
  applySaved(article: Article): void {
    const { id, headline, slug, status, tags, revision, updatedAt, section, assignee } = article;
    this.setState({ articles: this.getState().articles.map((summary) => (summary.id === id ? { ...summary, headline, slug, status, tags, revision, updatedAt, section, assignee } : summary)) });
  }

  setFilter(filter: LibraryFilter): void {
    this.setState({ filter });
  }

  setChecked(checked: ReadonlySet<string>): void {
    this.setState({ checked });
  }

  dismissQuarantine(): void {
    this.setState({ dismissedQuarantine: this.getState().quarantine.length });
  }

  /** Slugs the other articles use, for keeping one article's slug unique. */
  slugsExcept(id: string): ReadonlySet<string> {
    return new Set(this.getState().articles.filter((summary) => summary.id !== id && summary.slug).map((summary) => summary.slug));
  }
}
