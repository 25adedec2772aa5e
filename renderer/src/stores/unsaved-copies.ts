import { ArticleChangesSchema, type ArticleChanges } from '../../../core/article/article-schema';

/** The part of the Web Storage API the copies need; sessionStorage in the page. */
export type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface UnsavedCopy {
  /** The revision the typing was made on, so a newer one on disk becomes a conflict, not an overwrite. */
  readonly baseRevision: number;
  readonly changes: ArticleChanges;
}

const keyOf = (id: string) => `newsroom:unsaved:${id}`;

/**
 * Typing the back end has not confirmed, kept in this tab (sessionStorage): when browser mode's server
 * restarted and the journalist opens its new address in the same tab, the text comes back and is saved.
 */
export class UnsavedCopies {
  constructor(private readonly storage: CopyStorage | undefined) {}

  keep(id: string, copy: UnsavedCopy): void {
    try {
      this.storage?.setItem(keyOf(id), JSON.stringify(copy));
    } catch {
      // A full or disabled storage keeps nothing; the text is still in the open editor.
    }
  }

  /** The copy kept for an article, if a valid one is there. */
  find(id: string): UnsavedCopy | undefined {
    try {
      const raw = JSON.parse(this.storage?.getItem(keyOf(id)) ?? 'null') as { baseRevision?: unknown; changes?: unknown } | null;
      if (!raw || typeof raw.baseRevision !== 'number' || !Number.isInteger(raw.baseRevision) || raw.baseRevision < 1) return undefined;
      const changes = ArticleChangesSchema.safeParse(raw.changes);
      return changes.success ? { baseRevision: raw.baseRevision, changes: changes.data } : undefined;
    } catch {
      return undefined;
    }
  }

  clear(id: string): void {
    try {
      this.storage?.removeItem(keyOf(id));
    } catch {
      // Nothing to do: a copy that cannot be removed is replaced by the next one.
    }
  }
}
