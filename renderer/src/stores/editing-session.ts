import type { ApiError } from '../../../core/api/api-error';
import { ArticleContentSchema, type Article, type ArticleBody, type ArticleChanges, type SavedArticle } from '../../../core/article/article-schema';
import { documentText } from '../../../core/document/document-text';
import type { BodyPatch } from '../../../core/document/body-patch';
import { slugify } from '../../../core/text/slugify';
import { uniqueSlug, type SlugsInUse } from '../../../core/text/unique-slug';
import type { ApiClient } from '../api/api-client';
import type { ArticleFields } from '../editor/article-fields';
import { sameStatusHistory } from './same-status-history';
import { Store } from './store';
import type { UnsavedCopies } from './unsaved-copies';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'conflict'; readonly currentRevision: number | undefined };

export interface EditingSessionState {
  readonly fields: ArticleFields;
  readonly save: SaveState;
  /** The article as the preview shows it, refreshed a moment after typing stops. */
  readonly preview: Article;
  /** The text came back from this tab's copy of typing the back end had not confirmed. */
  readonly restoredCopy: boolean;
  /** Who moved the article through the workflow, and when (newest last). */
  readonly statusHistory: Article['statusHistory'];
  /** Editing approved or published copy sent it back to review: the journalist is told once. */
  readonly reopened: boolean;
  /** Why the last status change was refused, if it was. */
  readonly statusError?: ApiError;
}

export interface EditingSessionOptions {
  readonly api: Pick<ApiClient, 'saveArticle' | 'getArticle' | 'changeStatus'>;
  readonly article: Article;
  /** Slugs other articles use, read at the moment a slug is chosen or saved. */
  readonly takenSlugs: () => SlugsInUse;
  readonly onSaved: (article: SavedArticle) => void;
  /** Why the article cannot be changed here (written by a newer Newsroom), if so. */
  readonly readOnly?: string;
  /** Where typing the back end has not confirmed is kept, to come back after the page is reopened. */
  readonly copies?: UnsavedCopies;
}

/** The body as a save reads it: whole, or as the blocks changed since the body the back end last confirmed. */
export interface BodyForSave {
  readonly body?: ArticleBody;
  readonly patch?: BodyPatch;
  /** The back end has this body now: the next patch is made against it. */
  readonly confirm: () => void;
}

/** How the session reads the body the editor holds. */
export interface BodySource {
  /** The whole body. */
  readonly read: () => ArticleBody;
  /** The body for a save; whole when asked, since the back end's body may not be the one the patch would be made against. */
  readonly forSave: (whole: boolean) => BodyForSave;
  /** The plain text of the body the back end last confirmed. */
  readonly savedText: () => string;
}

export const typingPause = 1000;
export const retryDelay = 5000;
export const previewPause = 300;
export const savingShownAfter = 250;

// Named by the content schema, so no bookkeeping field the library owns (a save carrying one is refused) ever slips in.
const fieldNames = Object.keys(ArticleContentSchema.shape).filter((name) => name !== 'body') as ReadonlyArray<keyof ArticleFields>;

function fieldsOf(article: Article): ArticleFields {
  return Object.fromEntries(fieldNames.filter((name) => name in article).map((name) => [name, article[name]])) as ArticleFields;
}

/**
 * One open article: its fields, the body TipTap holds, and its save. Saves a second after typing
 * stops, on demand and before closing; keeps the text and retries on failure; a save based on an
 * older revision is a conflict the journalist resolves, never an overwrite.
 */
let sessionsOpened = 0;

export class EditingSession extends Store<EditingSessionState> {
  /** Tells one session from the next, even of the same article: React remounts the editor for each. */
  readonly key = `session-${(sessionsOpened += 1)}`;
  readonly article: Article;
  readonly readOnly: string | undefined;
  private revision: number;
  private dirty = false;
  private blocked = false;
  private inFlight: Promise<void> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewWatched = false;
  private lastSaved: SavedArticle;
  private bodySource: BodySource | undefined;
  /** Whether the back end's body may differ from the one the editor opened with (typing restored from this tab), so the next save sends it whole. */
  private sendWholeBody: boolean;
  /** The body as it was when the editor went away (closed, or crashed), so a later save still has it. */
  private lastBody: ArticleBody | undefined;
  private slugFollowsHeadline: boolean;
  private replacingOnPurpose = false;

  constructor(private readonly options: EditingSessionOptions) {
    // Typing this tab kept because the back end never confirmed it comes back, to be saved on its old revision.
    const copy = options.readOnly ? undefined : options.copies?.find(options.article.id);
    const article: Article = copy ? { ...options.article, ...copy.changes } : options.article;
    super({
      fields: fieldsOf(article),
      save: copy ? { kind: 'unsaved' } : { kind: 'saved' },
      preview: article,
      restoredCopy: copy !== undefined,
      statusHistory: article.statusHistory,
      reopened: false,
    });
    this.article = article;
    this.readOnly = options.readOnly;
    this.revision = copy ? copy.baseRevision : options.article.revision;
    this.lastSaved = options.article;
    this.sendWholeBody = copy !== undefined;
    if (copy) {
      this.dirty = true;
      this.schedule(typingPause);
    }
    // Once exported, the slug is a published address: editing the headline must not move it.
    this.slugFollowsHeadline = !options.article.exportedAt && (!options.article.slug || options.article.slug.startsWith(slugify(options.article.headline)));
  }

  /** The body an editor opening now shows: what the last editor of this session held, or the article's as opened. */
  get bodyToShow(): ArticleBody {
    return this.lastBody ?? this.article.body;
  }

  /** The editor hands over how to read its body; returns the function that detaches it. */
  attachBody(source: BodySource): () => void {
    this.bodySource = source;
    // An editor opened again (its pane came back) starts from the body the last one held, which the back end may not have.
    if (this.lastBody !== undefined || this.revision !== this.options.article.revision) this.sendWholeBody = true;
    return () => {
      if (this.bodySource !== source) return;
      try {
        this.lastBody = source.read();
      } catch {
        // An editor already torn down keeps nothing newer than the last save.
      }
      this.bodySource = undefined;
    };
  }

  /** Fields typed by the journalist; the slug follows the headline until it is edited by hand or the article exported. */
  update(changes: Partial<ArticleFields>): void {
    if (this.readOnly) return;
    let fields = { ...this.getState().fields, ...changes };
    if (changes.slug !== undefined) this.slugFollowsHeadline = false;
    else if (changes.headline !== undefined && this.slugFollowsHeadline) fields = { ...fields, slug: uniqueSlug(slugify(changes.headline), this.options.takenSlugs()) };
    this.setState({ fields });
    this.markChanged();
  }

  /** The body changed in the editor. */
  markBodyChanged(): void {
    if (this.readOnly) return;
    this.markChanged();
  }

  /** Whether the slug is used by another article (it is then left unsaved until changed). */
  isSlugTaken(): boolean {
    const { slug } = this.getState().fields;
    return slug !== '' && this.options.takenSlugs().has(slug);
  }

  /** Resolves once the save on its way (if one is) has its answer. */
  async saveSettled(): Promise<void> {
    await this.inFlight;
  }

  /** Whether typing is still waiting to be saved. */
  hasPendingChanges(): boolean {
    return this.dirty || this.inFlight !== undefined;
  }

  /** The whole snapshot of what this session edits, so a retried save never misses a field; the status moves only through changeStatus. */
  collectChanges(): ArticleChanges {
    const body = this.bodySource ? this.bodySource.read() : this.lastBody;
    return { ...this.fieldChanges(), ...(body ? { body } : {}) };
  }

  /** The fields a save sends (all but the body); a slug another article took stays unsaved. */
  private fieldChanges(): Omit<ArticleChanges, 'body'> {
    const { slug, status: _status, ...rest } = this.getState().fields;
    return { ...rest, ...(slug === '' || !this.options.takenSlugs().has(slug) ? { slug } : {}) };
  }

  /** The article as it stands now, saved or not. */
  snapshot(): Article {
    const { fields, statusHistory } = this.getState();
    return { ...this.article, ...this.collectChanges(), slug: fields.slug, status: fields.status, statusHistory, revision: this.revision };
  }

  /** Moves the article through the workflow once pending typing is saved; a refused move is shown, never lost typing. */
  async changeStatus(status: Article['status']): Promise<void> {
    if (this.readOnly) return;
    await this.flush();
    if (this.dirty || this.blocked) return;
    // Marked in flight like a save, so the back end's echo of this move is not taken for another window's.
    let settle: () => void = () => undefined;
    this.inFlight = new Promise<void>((resolve) => (settle = resolve));
    const moved = await this.options.api.changeStatus({ id: this.article.id, baseRevision: this.revision, status }).finally(() => settle());
    this.inFlight = undefined;
    if (!moved.ok) {
      this.setState({ statusError: moved.error });
      return;
    }
    this.revision = moved.value.revision;
    this.lastSaved = moved.value;
    this.options.onSaved(moved.value);
    this.setState({ fields: { ...this.getState().fields, status: moved.value.status }, statusHistory: moved.value.statusHistory, statusError: undefined, reopened: false });
  }

  /** The journalist read the notice that editing sent the article back to review. */
  dismissReopened(): void {
    this.setState({ reopened: false });
  }

  /** The article as the back end last confirmed it (or as it was opened). */
  get savedArticle(): SavedArticle {
    return this.lastSaved;
  }

  /** The plain text of the body as the back end last confirmed it (or as it was opened). */
  savedBodyText(): string {
    return this.bodySource ? this.bodySource.savedText() : documentText(this.bodyToShow);
  }

  /**
   * Whether the preview is on screen: only then does it follow typing, so a pause in a long article
   * does not render a page nobody sees. Shown again, it is brought up to date at once.
   */
  watchPreview(watched: boolean): void {
    this.previewWatched = watched;
    if (watched) this.refreshPreview();
    else clearTimeout(this.previewTimer);
  }

  /** Shows the current text in the preview now, instead of after the pause. */
  refreshPreview(): void {
    clearTimeout(this.previewTimer);
    this.setState({ preview: this.snapshot() });
  }

  /** Saves pending changes now; resolves when they are on disk or the save has failed. */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.blocked) return;
    this.dirty = false;
    // A save answered at once goes from "not saved" to "saved": "saving" is shown only while one takes a moment.
    const showSaving = setTimeout(() => this.setState({ save: { kind: 'saving' } }), savingShownAfter);
    const work = this.save();
    this.inFlight = work;
    await work;
    clearTimeout(showSaving);
    this.inFlight = undefined;
    if (this.dirty && !this.blocked && this.saveTimer === undefined) this.schedule(typingPause);
  }

  /** After a conflict: save on top of the newer revision, deliberately replacing it. */
  async keepMine(): Promise<void> {
    const current = await this.options.api.getArticle({ id: this.article.id });
    if (!current.ok) {
      this.setState({ save: { kind: 'failed', error: current.error } });
      return;
    }
    this.revision = current.value.revision;
    this.blocked = false;
    this.dirty = true;
    this.replacingOnPurpose = true;
    await this.flush();
  }

  /**
   * Another window or process saved this article. With nothing pending the caller reopens it; with
   * typing pending, saving stops and the journalist chooses (load theirs, or keep mine), as after a
   * conflict. Our own save's echo (its revision, or one still in flight) is ignored.
   */
  noticeSavedElsewhere(revision: number): 'reopen' | 'ignored' | 'conflict' {
    if (this.inFlight || revision <= this.revision) return 'ignored';
    if (!this.hasPendingChanges()) return 'reopen';
    this.blocked = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.setState({ save: { kind: 'conflict', currentRevision: revision } });
    return 'conflict';
  }

  /** Stops the timers; pending typing is saved. */
  async close(): Promise<void> {
    clearTimeout(this.previewTimer);
    await this.flush();
    clearTimeout(this.saveTimer);
  }

  private markChanged(): void {
    this.dirty = true;
    const save = this.getState().save;
    if (!this.blocked && save.kind !== 'failed' && save.kind !== 'unsaved') this.setState({ save: { kind: 'unsaved' } });
    this.schedule(typingPause);
    clearTimeout(this.previewTimer);
    if (this.previewWatched) this.previewTimer = setTimeout(() => this.setState({ preview: this.snapshot() }), previewPause);
  }

  private schedule(delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.flush();
    }, delay);
  }

  /** Sends the fields and the body: while the editor is open, only the blocks changed since the last confirmed save. */
  private send(whole: boolean, keepMine: boolean): { readonly sent: ReturnType<ApiClient['saveArticle']>; readonly patched: boolean; readonly confirm: () => void } {
    const fields = this.fieldChanges();
    const read: BodyForSave = this.bodySource ? this.bodySource.forSave(whole) : { ...(this.lastBody ? { body: this.lastBody } : {}), confirm: () => undefined };
    const sent = this.options.api.saveArticle({
      id: this.article.id,
      baseRevision: this.revision,
      changes: { ...fields, ...(read.body ? { body: read.body } : {}) },
      ...(read.patch ? { bodyPatch: read.patch } : {}),
      ...(keepMine ? { keepMine } : {}),
    });
    return { sent, patched: read.patch !== undefined, confirm: read.confirm };
  }

  private async save(): Promise<void> {
    const keepMine = this.replacingOnPurpose;
    this.replacingOnPurpose = false;
    // Replacing a newer revision on purpose: its body is not the one the editor's changes were counted from.
    let attempt = this.send(keepMine || this.sendWholeBody, keepMine);
    let result = await attempt.sent;
    // A patch refused means the back end's body was not the one this editor started from: send it whole.
    if (!result.ok && attempt.patched && result.error.code === 'invalid-input') {
      attempt = this.send(true, keepMine);
      result = await attempt.sent;
    }
    if (result.ok) {
      attempt.confirm();
      this.sendWholeBody = false;
      this.revision = result.value.revision;
      this.lastSaved = result.value;
      if (!this.dirty) this.options.copies?.clear(this.article.id);
      this.options.onSaved(result.value);
      const { fields, statusHistory } = this.getState();
      // The back end sends approved copy that was edited back to review; the session follows it.
      const reopened = result.value.status !== fields.status;
      // A save that changed no status keeps the fields and the history as they are, so the editor
      // (10,000 words of it) does not render again each time typing pauses.
      this.setState({
        save: this.dirty ? { kind: 'unsaved' } : { kind: 'saved' },
        ...(reopened ? { fields: { ...fields, status: result.value.status }, reopened: true } : {}),
        ...(sameStatusHistory(statusHistory, result.value.statusHistory) ? {} : { statusHistory: result.value.statusHistory }),
      });
      return;
    }
    this.dirty = true;
    if (result.error.code === 'conflict') {
      this.blocked = true;
      this.setState({ save: { kind: 'conflict', currentRevision: result.error.currentRevision } });
      return;
    }
    this.setState({ save: { kind: 'failed', error: result.error } });
    this.keepCopy();
    this.schedule(retryDelay);
  }

  /** Forgets the tab's copy of unconfirmed typing: the journalist chose the version on disk instead. */
  discardCopy(): void {
    this.options.copies?.clear(this.article.id);
  }

  /** Keeps unconfirmed typing in the tab (the page is going away, or the back end cannot be reached). */
  keepCopy(): void {
    if (this.readOnly || !this.hasPendingChanges()) return;
    this.options.copies?.keep(this.article.id, { baseRevision: this.revision, changes: this.collectChanges() });
  }
}
