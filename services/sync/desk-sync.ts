import type { Article } from '../../core/article/article-schema';
import { sameExceptRevision } from '../../core/article/same-except-revision';
import type { ArticleLibrary } from '../library/article-library';
import type { DeskDatabase } from './desk-database';

/** An article as the desk database holds it: the article without this machine's revision counter. */
export interface DeskDocument {
  readonly article: Omit<Article, 'revision'>;
}

/** What one sync did, for the CLI's --json and the app's sync state. */
export interface SyncReport {
  readonly sent: number;
  readonly received: number;
  readonly conflicts: readonly string[];
  readonly errors: readonly string[];
}

const documentPrefix = 'article:';
const pullCheckpoint = '_local/newsroom-pull';

/**
 * The bridge between the article files and the desk: the files stay the source of truth; a local
 * PouchDB database mirrors them and replicates with the desk's CouchDB. What arrives is written back
 * through the library (locks, History, index) like any save; when two machines changed the same
 * article, CouchDB's winner becomes the text and the other version is kept in History.
 */
export class DeskSync {
  constructor(
    private readonly library: ArticleLibrary,
    private readonly local: DeskDatabase<DeskDocument>,
    // A database object, not an address: a string would be opened with the local database's adapter.
    private readonly remote: DeskDatabase<DeskDocument>,
  ) {}

  /** Sends local changes, replicates both ways once, and writes what arrived into the library. */
  async once(): Promise<SyncReport> {
    const errors: string[] = [];
    await this.mirrorLibrary(errors);
    let sent = 0;
    try {
      const replicated = await this.local.sync(this.remote);
      sent = replicated.push?.docs_written ?? 0;
    } catch (error) {
      errors.push(`The desk server could not be reached: ${error instanceof Error ? error.message : String(error)}`);
    }
    const pulled = await this.applyArrivals(errors);
    return { sent, received: pulled.received, conflicts: pulled.conflicts, errors };
  }

  /** Puts every article whose text differs from its desk document into the local database, and marks trashed ones deleted. */
  private async mirrorLibrary(errors: string[]): Promise<void> {
    const listed = await this.library.list();
    if (!listed.ok) {
      errors.push(listed.error.message);
      return;
    }
    const existing = await this.local.allDocs({ include_docs: true, startkey: documentPrefix, endkey: `${documentPrefix}\uffff` });
    const documents = new Map(existing.rows.map((row) => [row.id, row.doc]));
    for (const summary of listed.value.articles) {
      const read = await this.library.get(summary.id);
      if (!read.ok) continue;
      const { revision: _revision, ...article } = read.value;
      const current = documents.get(`${documentPrefix}${summary.id}`);
      if (current && sameExceptRevision(current.article, article)) continue;
      await this.local.put({ _id: `${documentPrefix}${summary.id}`, ...(current ? { _rev: current._rev } : {}), article });
    }
    const trashed = await this.library.listTrash();
    if (!trashed.ok) return;
    const listedIds = new Set(listed.value.articles.map((summary) => summary.id));
    for (const entry of trashed.value) {
      const current = documents.get(`${documentPrefix}${entry.id}`);
      if (current && !listedIds.has(entry.id)) await this.local.remove(current._id, current._rev);
    }
  }

  /** Writes into the library what replication brought since the last time: new and changed articles, deletions, and each conflict's losing version into History. */
  private async applyArrivals(errors: string[]): Promise<{ received: number; conflicts: string[] }> {
    let received = 0;
    const conflicts: string[] = [];
    const checkpoint = (await this.local.get(pullCheckpoint).catch(() => undefined)) as unknown as { readonly _rev: string; readonly seq: number | string } | undefined;
    const changes = await this.local.changes({ since: checkpoint?.seq ?? 0, include_docs: true, conflicts: true });
    for (const change of changes.results) {
      if (!change.id.startsWith(documentPrefix)) continue;
      const id = change.id.slice(documentPrefix.length);
      if (change.deleted) {
        const here = await this.library.get(id);
        if (here.ok && (await this.library.delete(id)).ok) received += 1;
        continue;
      }
      const document = change.doc;
      if (!document) continue;
      // A conflict: each losing version becomes the text for a moment, so that writing the winner
      // keeps it in History as the conflicting copy; the losing revisions then leave the database.
      const losers = document._conflicts ?? [];
      for (const losing of losers) {
        const loser = await this.local.get(change.id, { rev: losing }).catch(() => undefined);
        if (loser) await this.library.receive({ ...loser.article, revision: 1 }, 'sync');
        await this.local.remove(change.id, losing).catch(() => undefined);
      }
      if (losers.length > 0) conflicts.push(id);
      const here = await this.library.get(id);
      if (here.ok && sameExceptRevision(here.value, document.article)) continue;
      const written = await this.library.receive({ ...document.article, revision: 1 }, losers.length > 0 ? 'conflict' : 'sync');
      if (written.ok) received += 1;
      else errors.push(`${id}: refused from the desk: ${written.error.message}`);
    }
    // The checkpoint is a local document: it never replicates, and it survives restarts.
    await this.local.put({ _id: pullCheckpoint, ...(checkpoint ? { _rev: checkpoint._rev } : {}), seq: changes.last_seq } as unknown as DeskDocument & { _id: string });
    return { received, conflicts: [...new Set(conflicts)] };
  }
}
