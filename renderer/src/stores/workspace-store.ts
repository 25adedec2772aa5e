import type { ApiEvent, ImportOutcome, MenuCommand, SettingsNotice, TrashEntry } from '../../../core/api/api-contract';
import type { ApiError } from '../../../core/api/api-error';
import type { Article } from '../../../core/article/article-schema';
import { assertNever } from '../../../core/assert-never';
import type { WordListName } from '../../../core/proofing/word-list-names';
import type { Settings, SettingsChanges } from '../../../core/settings/settings-schema';
import type { ApiClient } from '../api/api-client';
import { firstListingWindow } from '../api/first-listing-window';
import { EditingSession } from './editing-session';
import { LibraryStore } from './library-store';
import { Store } from './store';
import { UnsavedCopies, type CopyStorage } from './unsaved-copies';

export type Dialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'export'; readonly ids: readonly string[] }
  | { readonly kind: 'import-summary'; readonly outcomes: readonly ImportOutcome[] };

export type WorkspaceView = { readonly kind: 'library' } | { readonly kind: 'trash'; readonly entries: readonly TrashEntry[] } | { readonly kind: 'tags' };

export type Toast = { readonly kind: 'deleted'; readonly ids: readonly string[] } | { readonly kind: 'message'; readonly message: string } | { readonly kind: 'clipboard-empty' } | { readonly kind: 'import-busy' } | { readonly kind: 'tags-renamed'; readonly count: number };

export interface WorkspaceState {
  readonly settings: Settings | undefined;
  readonly notices: readonly SettingsNotice[];
  /** The data folder in use, and the export folder used while the settings name none. */
  readonly folders: { readonly data: string; readonly defaultExport: string };
  /** The desktop app (IPC) rather than browser mode: it has a native folder picker. */
  readonly isDesktop: boolean;
  /** The name this machine signs its edits with: an edit signed by another is shown as someone else's. */
  readonly machine: string;
  readonly view: WorkspaceView;
  /** The open article; a new session (and a fresh editor) each time one is opened. */
  readonly session: EditingSession | undefined;
  /** Another story is on its way: the one shown takes no typing meanwhile, which would land in it instead. */
  readonly switching: boolean;
  readonly dialog: Dialog;
  readonly error: ApiError | undefined;
  readonly toast: Toast | undefined;
  /** The import under way: files done of the batch, and the job to cancel. */
  readonly importing: { readonly jobId: string; readonly done: number; readonly total: number } | undefined;
  /** The words proofing accepts beyond the dictionaries: this journalist's and the desk's. */
  readonly wordLists: WordLists;
}

export type WordLists = Readonly<Record<WordListName, readonly string[]>>;

/** What only the page can do for the workspace: open the file picker, read the clipboard. */
export interface WorkspaceShell {
  chooseImportFiles(): void;
  readClipboard(): Promise<{ readonly html?: string; readonly text: string }>;
}

/**
 * The window's state and everything the journalist can ask of it: open, create, delete and restore
 * articles, import, export, settings, menu commands and the host's requests to save before closing.
 */
export class WorkspaceStore extends Store<WorkspaceState> {
  readonly library: LibraryStore;
  private readonly copies: UnsavedCopies;
  private shell: WorkspaceShell = { chooseImportFiles: () => undefined, readClipboard: async () => ({ text: '' }) };
  /** The article being loaded into a new editor, so a second pick of it does not load it twice. */
  private opening: string | undefined;
  /** The new article on its way, so asking again before it opens makes no second one. */
  private creating: Promise<boolean> | undefined;
  /** Counts the stories asked to be shown; an answer arriving after a later ask is not shown over it. */
  private asked = 0;
  /** What was typed while the story asked for last was on its way: a new story's headline starts with it. */
  private typedAhead = '';

  constructor(
    private readonly api: ApiClient,
    copyStorage: CopyStorage | undefined = typeof sessionStorage === 'undefined' ? undefined : sessionStorage,
  ) {
    super({
      settings: undefined,
      notices: [],
      folders: { data: '', defaultExport: '' },
      isDesktop: false,
      machine: '',
      view: { kind: 'library' },
      session: undefined,
      switching: false,
      dialog: { kind: 'none' },
      error: undefined,
      toast: undefined,
      importing: undefined,
      wordLists: { personal: [], desk: [] },
    });
    this.library = new LibraryStore(api, (error) => this.setState({ error }));
    this.copies = new UnsavedCopies(copyStorage);
  }

  /** Loads settings and the library, opens the first article, and listens to the host; returns the function that stops listening. */
  start(shell: WorkspaceShell): () => void {
    this.shell = shell;
    const stops = [
      this.api.subscribe('libraryChanged', ({ reason, id, revision }) => {
        void this.refreshUnlessOwnSave(reason, id, revision);
        if (this.getState().view.kind === 'trash') void this.refreshTrash();
        const session = this.getState().session;
        if (!session) return;
        // Another process changed files without naming them (a desk sync round): whether the open
        // article was one of them is read from its file.
        if (id === undefined) {
          if (reason === 'external') void this.reloadIfClean(session.article.id);
          return;
        }
        if (revision === undefined || session.article.id !== id) return;
        if (session.noticeSavedElsewhere(revision) === 'reopen') void this.reloadIfClean(id);
      }),
      this.api.subscribe('jobProgress', ({ jobId, kind, done, total }) => {
        if (kind === 'import' && this.getState().importing?.jobId === jobId) this.setState({ importing: { jobId, done, total } });
      }),
      this.api.subscribe('menuCommand', ({ command }) => this.runMenuCommand(command)),
      this.api.subscribe('flushRequested', ({ requestId }) => void this.saveCurrent().finally(() => void this.api.reportFlushed({ requestId }))),
    ];
    void this.load();
    return () => {
      for (const stop of stops) stop();
    };
  }

  private async load(): Promise<void> {
    // Asked together: each answer shows as it comes.
    const listing = this.library.refresh({ firstWindow: firstListingWindow });
    const [loaded, info, lists] = await Promise.all([this.api.getSettings({}), this.api.getAppInfo({}), this.api.getWordLists({})]);
    if (lists.ok) this.setState({ wordLists: lists.value });
    if (loaded.ok) this.setState({ settings: loaded.value.settings, notices: loaded.value.notices });
    else this.setState({ error: loaded.error });
    if (info.ok) this.setState({ folders: { data: info.value.dataDirectory, defaultExport: info.value.defaultExportDirectory }, isDesktop: info.value.transport === 'ipc', machine: info.value.machine });
    const listed = await listing;
    const first = listed?.[0];
    // Unless the journalist already picked or made one while the library was coming in.
    if (first && this.asked === 0 && !this.getState().session) await this.openArticle(first.id);
  }

  /** Saves the open article's pending typing. */
  async saveCurrent(): Promise<void> {
    await this.getState().session?.flush();
  }

  /** Keeps the open article's unconfirmed typing in the tab, for when the page is reopened (browser mode). */
  keepUnsavedCopy(): void {
    this.getState().session?.keepCopy();
  }

  hasPendingChanges(): boolean {
    return this.getState().session?.hasPendingChanges() ?? false;
  }

  /** Loads the article afresh into a new editor (after a restore, rename or export changed it). */
  async openArticle(id: string): Promise<void> {
    const ask = this.ask();
    this.opening = id;
    try {
      await this.saveCurrent();
      const loaded = await this.api.getArticle({ id });
      if (ask !== this.asked) return;
      if (!loaded.ok) return this.setState({ error: loaded.error });
      this.show(loaded.value);
    } finally {
      if (this.opening === id) this.opening = undefined;
      this.answered(ask);
    }
  }

  /** Numbers a new ask for a story to show; until it is answered the story shown takes no typing. */
  private ask(): number {
    this.typedAhead = '';
    if (!this.getState().switching) this.setState({ switching: true });
    return ++this.asked;
  }

  /**
   * A key typed while another story is on its way (the shown one takes no typing): a letter, or
   * Backspace taking one back. A new story's headline starts with them (Ctrl/Cmd+N and the headline
   * typed straight after); a story picked in the library drops them.
   */
  typeAhead(key: string): void {
    if (!this.getState().switching) return;
    this.typedAhead = key === 'Backspace' ? [...this.typedAhead].slice(0, -1).join('') : this.typedAhead + key;
  }

  /** The journalist turned elsewhere (a click) while the story was on its way: what was typed is not for it. */
  dropTypedAhead(): void {
    this.typedAhead = '';
  }

  private answered(ask: number): void {
    if (ask === this.asked) this.setState({ switching: false });
  }

  /**
   * The journalist picked an article: the one already open (or opening) keeps its editor, so its
   * tabs, caret and undo history stay as they were.
   */
  async selectArticle(id: string): Promise<void> {
    if (this.opening === id || (this.opening === undefined && this.getState().session?.article.id === id)) return this.showLibrary();
    await this.openArticle(id);
  }

  /** Shows another window's newer text, unless typing started meanwhile (then it is a conflict to resolve). */
  private async reloadIfClean(id: string): Promise<void> {
    const loaded = await this.api.getArticle({ id });
    const session = this.getState().session;
    if (!loaded.ok || session?.article.id !== id) return;
    if (session.noticeSavedElsewhere(loaded.value.revision) === 'reopen') this.show(loaded.value);
  }

  /** Creates a story and opens it; asked again before it is open (a double click, a repeated key), it makes that one only. */
  async createArticle(): Promise<void> {
    if (this.creating) {
      await this.creating;
      return;
    }
    this.creating = this.createAndOpen().finally(() => {
      this.creating = undefined;
    });
    const opened = await this.creating;
    if (opened) await this.library.refresh();
  }

  private async createAndOpen(): Promise<boolean> {
    const ask = this.ask();
    try {
      await this.saveCurrent();
      const created = await this.api.createArticle({});
      if (!created.ok) {
        this.setState({ error: created.error });
        return false;
      }
      // Another story picked meanwhile stays open; the new one is in the library.
      if (ask !== this.asked) return true;
      // Opened before the library is listed again (a second at 10,000 stories): what the journalist types next belongs in it.
      const typed = this.typedAhead;
      this.typedAhead = '';
      this.show(created.value);
      if (typed) this.getState().session?.update({ headline: typed });
      return true;
    } finally {
      this.answered(ask);
    }
  }

  async deleteArticle(id: string): Promise<void> {
    await this.deleteArticles([id]);
  }

  /** Moves stories to the trash (one, or those ticked in the library); one Undo brings them all back. */
  async deleteArticles(ids: readonly string[]): Promise<void> {
    const openId = this.getState().session?.article.id;
    if (openId !== undefined && ids.includes(openId)) await this.saveCurrent();
    const moved: string[] = [];
    for (const id of ids) {
      const deleted = await this.api.deleteArticle({ id });
      // What went stays in the trash, with its Undo; the error says what did not.
      if (!deleted.ok) {
        this.setState({ error: deleted.error });
        break;
      }
      moved.push(id);
    }
    if (openId !== undefined && moved.includes(openId)) this.replaceSession(undefined);
    const checked = this.library.getState().checked;
    if (moved.some((id) => checked.has(id))) this.library.setChecked(new Set([...checked].filter((id) => !moved.includes(id))));
    await this.library.refresh();
    if (moved.length > 0) this.setState({ toast: { kind: 'deleted', ids: moved } });
  }

  async restoreArticle(id: string): Promise<void> {
    await this.restoreArticles([id]);
  }

  /** Brings stories back from the trash and opens the first of them. */
  async restoreArticles(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const restored = await this.api.restoreArticle({ id });
      if (!restored.ok) return this.setState({ error: restored.error });
    }
    this.setState({ toast: undefined });
    await this.openBesideListing(ids[0]);
  }

  async showTrash(): Promise<void> {
    await this.saveCurrent();
    const trash = await this.api.listTrash({});
    if (!trash.ok) return this.setState({ error: trash.error });
    this.setState({ view: { kind: 'trash', entries: trash.value } });
  }

  /** Deletes everything in the trash for good (the journalist confirmed it). */
  async emptyTrash(): Promise<void> {
    const emptied = await this.api.emptyTrash({});
    if (!emptied.ok) return this.setState({ error: emptied.error });
    await this.showTrash();
  }

  /** Deletes one trashed article for good (the journalist confirmed it). */
  async deleteForever(id: string): Promise<void> {
    const removed = await this.api.deleteForever({ id });
    if (!removed.ok) return this.setState({ error: removed.error });
    await this.showTrash();
  }

  /** Lists the trash again while it is shown (a delete or restore elsewhere changed it). */
  private async refreshTrash(): Promise<void> {
    const trash = await this.api.listTrash({});
    if (trash.ok && this.getState().view.kind === 'trash') this.setState({ view: { kind: 'trash', entries: trash.value } });
  }

  /** The tag vocabulary, with pending typing saved first (a rename rewrites articles). */
  async showTags(): Promise<void> {
    await this.saveCurrent();
    this.setState({ view: { kind: 'tags' } });
  }

  /** Renames or merges tags across the library, then reopens the open article so it shows the new tags. */
  async renameTag(from: readonly string[], to: string): Promise<void> {
    await this.saveCurrent();
    const renamed = await this.api.renameTag({ from: [...from], to });
    if (!renamed.ok) return this.setState({ error: renamed.error });
    await this.openBesideListing(this.getState().session?.article.id);
    this.setState({ view: { kind: 'tags' }, toast: { kind: 'tags-renamed', count: renamed.value.changed } });
  }

  showLibrary(): void {
    this.setState({ view: { kind: 'library' } });
  }

  async importFiles(files: readonly { readonly name: string; readonly dataBase64: string }[]): Promise<void> {
    if (files.length === 0) return;
    if (this.getState().importing) return this.setState({ toast: { kind: 'import-busy' } });
    const jobId = crypto.randomUUID();
    this.setState({ importing: { jobId, done: 0, total: files.length } });
    try {
      const imported = await this.api.importFiles({ jobId, files: [...files] });
      if (!imported.ok) return this.setState({ error: imported.error });
      this.setState({ dialog: { kind: 'import-summary', outcomes: imported.value } });
      await this.library.refresh();
      const first = imported.value.find((outcome) => outcome.ok);
      if (first?.ok) await this.openArticle(first.id);
    } finally {
      this.setState({ importing: undefined });
    }
  }

  /** Stops the import under way: the file being parsed and the rest of the batch are left out. */
  async cancelImport(): Promise<void> {
    const importing = this.getState().importing;
    if (importing) await this.api.cancelJob({ jobId: importing.jobId });
  }

  async pasteAsArticle(): Promise<void> {
    const { html, text } = await this.shell.readClipboard();
    if (!text.trim() && !html?.trim()) return this.setState({ toast: { kind: 'clipboard-empty' } });
    const pasted = await this.api.importPasted({ ...(html ? { html } : {}), text });
    if (!pasted.ok) return this.setState({ error: pasted.error });
    if (!pasted.value.ok) return this.setState({ dialog: { kind: 'import-summary', outcomes: [pasted.value] } });
    await this.openBesideListing(pasted.value.id);
  }

  async saveSettings(changes: SettingsChanges, closeDialog = true): Promise<void> {
    const saved = await this.api.updateSettings({ changes });
    if (!saved.ok) return this.setState({ error: saved.error });
    this.setState({ settings: saved.value, ...(closeDialog ? { dialog: { kind: 'none' } as const } : {}) });
  }

  /** Adds a section to the desk's list when an article is filed under a new one. */
  /** Adds a word to, or removes one from, the journalist's or the desk's dictionary. */
  async changeWordList(list: WordListName, change: { readonly add?: string; readonly remove?: string }): Promise<void> {
    const changed = await this.api.changeWordList({ list, ...change });
    if (!changed.ok) return this.setState({ error: changed.error });
    this.setState({ wordLists: changed.value });
  }

  addSection(section: string): void {
    const settings = this.getState().settings;
    if (settings && !settings.sections.includes(section)) void this.saveSettings({ sections: [...settings.sections, section] }, false);
  }

  async storeImage(file: { readonly name: string; readonly dataBase64: string }): Promise<string | undefined> {
    const stored = await this.api.storeMedia({ fileName: file.name, dataBase64: file.dataBase64 });
    if (stored.ok) return stored.value.src;
    this.setState({ error: stored.error });
    return undefined;
  }

  async startExport(ids: readonly string[]): Promise<void> {
    await this.saveCurrent();
    this.setState({ dialog: { kind: 'export', ids } });
  }

  /** After an export the open article may have a new status and revision. */
  async finishExport(ids: readonly string[]): Promise<void> {
    const open = this.getState().session?.article.id;
    await this.openBesideListing(open && ids.includes(open) ? open : undefined);
  }

  /**
   * Lists the library again after the back end changed or added articles, and (re)opens one beside
   * the listing, not after it: a listing of thousands takes a second, and until the story is opened,
   * typing in it or moving its status would be based on a revision that was replaced.
   */
  private async openBesideListing(id: string | undefined): Promise<void> {
    await Promise.all([this.library.refresh(), id === undefined ? undefined : this.openArticle(id)]);
  }

  openDialog(dialog: Dialog): void {
    this.setState({ dialog });
  }

  closeDialog(): void {
    this.setState({ dialog: { kind: 'none' } });
  }

  showMessage(message: string): void {
    this.setState({ toast: { kind: 'message', message } });
  }

  dismissToast(): void {
    this.setState({ toast: undefined });
  }

  dismissError(): void {
    this.setState({ error: undefined });
  }

  dismissNotices(): void {
    this.setState({ notices: [] });
  }

  runMenuCommand(command: MenuCommand): void {
    switch (command) {
      case 'newArticle':
        return void this.createArticle();
      case 'save':
        return void this.saveCurrent();
      case 'deleteArticle': {
        const open = this.getState().session?.article.id;
        return open ? void this.deleteArticle(open) : undefined;
      }
      case 'openSettings':
        return this.openDialog({ kind: 'settings' });
      case 'showTrash':
        return void this.showTrash();
      case 'import':
        return this.shell.chooseImportFiles();
      case 'pasteAsArticle':
        return void this.pasteAsArticle();
      case 'showShortcuts':
        return this.openDialog({ kind: 'shortcuts' });
      default:
        return assertNever(command);
    }
  }

  /**
   * Lists the library again after a change, unless it was this window's own save: its summary is
   * in the list already, or will be once the save's answer arrives (the event can come first).
   */
  private async refreshUnlessOwnSave(reason: ApiEvent<'libraryChanged'>['reason'], id: string | undefined, revision: number | undefined): Promise<void> {
    if (reason === 'saved' && id !== undefined && revision !== undefined) {
      const session = this.getState().session;
      if (session?.article.id === id) await session.saveSettled();
      if (this.library.shows(id, revision)) return;
    }
    await this.library.refresh();
  }

  private show(article: Article): void {
    const session = new EditingSession({
      api: this.api,
      article,
      takenSlugs: () => this.library.slugsExcept(article.id),
      onSaved: (saved) => this.library.applySaved(saved),
      readOnly: this.library.getState().heldBack.find((entry) => entry.id === article.id)?.reason,
      copies: this.copies,
    });
    this.replaceSession(session);
    this.setState({ view: { kind: 'library' } });
  }

  private replaceSession(session: EditingSession | undefined): void {
    const previous = this.getState().session;
    if (previous && previous !== session) void previous.close();
    this.setState({ session });
  }
}
