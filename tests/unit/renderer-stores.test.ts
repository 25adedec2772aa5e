import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiClientOf } from '../../core/api/api-client-of';
import type { ApiEvent } from '../../core/api/api-contract';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { ApiEventName, ApiMethodName } from '../../core/api/api-method-names';
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { Article, ArticleBody, ArticleChanges, SavedArticle } from '../../core/article/article-schema';
import { applyBodyPatch } from '../../core/document/apply-body-patch';
import type { BodyPatch } from '../../core/document/body-patch';
import { documentExtensions } from '../../core/document/document-extensions';
import { editorBodySource } from '../../renderer/src/editor/editor-body-source';
import type { ApiClient } from '../../renderer/src/api/api-client';
import { EditingSession, previewPause, retryDelay, savingShownAfter, typingPause } from '../../renderer/src/stores/editing-session';
import { visibleArticles } from '../../renderer/src/stores/visible-articles';
import { UnsavedCopies } from '../../renderer/src/stores/unsaved-copies';
import { WorkspaceStore } from '../../renderer/src/stores/workspace-store';
import { seedArticle } from '../support/seed-article';

// The renderer's stores against an API client of our own making (the stores' persistence is passed
// in, as GitHub Desktop's are), with Vitest's fake clock for the typing pauses. No DOM.

interface FakeBackend {
  api: ApiClient;
  readonly saves: ArticleChanges[];
  /** The changed blocks each save sent instead of its body, if it did. */
  readonly patches: Array<BodyPatch | undefined>;
  /** The limit of each listing asked for (undefined: the whole library). */
  readonly listings: Array<number | undefined>;
  /** The ids of the stories made with "new article": new, new-2, new-3… */
  readonly created: string[];
  articles: Map<string, Article>;
  answer: Partial<Record<ApiMethodName, (input: never) => ApiResult<unknown>>>;
  /** Runs after a method did its work and before its answer reaches the window. */
  beforeAnswer?: (method: ApiMethodName, input: unknown) => Promise<void>;
  push<Event extends ApiEventName>(event: Event, payload: ApiEvent<Event>): void;
}

function fakeBackend(initial: readonly Article[]): FakeBackend {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const backend: FakeBackend = {
    saves: [],
    patches: [],
    listings: [],
    created: [],
    articles: new Map(initial.map((article) => [article.id, article])),
    answer: {},
    push: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    api: undefined as unknown as ApiClient,
  };
  const handlers: Partial<Record<ApiMethodName, (input: never) => ApiResult<unknown>>> = {
    listArticles: ({ offset = 0, limit }: { offset?: number; limit?: number }) => {
      backend.listings.push(limit);
      const articles = [...backend.articles.values()].map(({ body: _body, ...summary }) => summary);
      return success({ articles: articles.slice(offset, limit === undefined ? undefined : offset + limit), total: articles.length, quarantine: [], heldBack: [], conflicts: [] });
    },
    getArticle: ({ id }: { id: string }) => {
      const article = backend.articles.get(id);
      return article ? success(article) : failure('not-found', id);
    },
    saveArticle: ({ id, baseRevision, changes, bodyPatch }: { id: string; baseRevision: number; changes: ArticleChanges; bodyPatch?: BodyPatch }) => {
      const current = backend.articles.get(id)!;
      if (current.revision !== baseRevision) return failure('conflict', 'stale', { currentRevision: current.revision });
      const body = bodyPatch ? applyBodyPatch(current.body, bodyPatch) : changes.body;
      if (bodyPatch && !body) return failure('invalid-input', 'the patch does not fit');
      backend.saves.push(changes);
      backend.patches.push(bodyPatch);
      const saved = { ...current, ...changes, ...(body ? { body } : {}), revision: current.revision + 1 } as Article;
      backend.articles.set(id, saved);
      const { body: _body, ...record } = saved;
      return success(record);
    },
    createArticle: () => {
      const id = backend.created.length === 0 ? 'new' : `new-${backend.created.length + 1}`;
      const created = seedArticle({ id, headline: '', slug: '', revision: 1 });
      backend.articles.set(id, created);
      backend.created.push(id);
      return success(created);
    },
    getSettings: () => failure('unsupported', 'not in this test'),
    getAppInfo: () => failure('unsupported', 'not in this test'),
    reportFlushed: () => success({ acknowledged: true }),
  };
  backend.api = {
    ...apiClientOf(async (method, input) => {
      const answer = (backend.answer[method] ?? handlers[method] ?? (() => failure('unsupported', method)))(input as never);
      await backend.beforeAnswer?.(method, input);
      return answer;
    }),
    subscribe: ((event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }) as ApiClient['subscribe'],
  };
  return backend;
}

const article = seedArticle({ id: 'story', slug: '', headline: 'عنوان', revision: 1 });

/** Holds the answers to one method back for a while, as a slow disk or a busy back end would. */
function answersHeld(held: ApiMethodName, milliseconds: number): (method: ApiMethodName) => Promise<void> {
  return (method) => (method === held ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve());
}

/** A workspace over the fake back end, started with a shell that offers no files and an empty clipboard. */
function startedWorkspace(backend: FakeBackend): { workspace: WorkspaceStore; stop: () => void } {
  const workspace = new WorkspaceStore(backend.api);
  const stop = workspace.start({ chooseImportFiles: () => undefined, readClipboard: async () => ({ text: '' }) });
  return { workspace, stop };
}

const schema = getSchema(documentExtensions());

/** A ProseMirror document as an editor holds it (no DOM), to be changed by transactions as typing does. */
function heldDocument(body: ArticleBody) {
  return { state: EditorState.create({ doc: schema.nodeFromJSON(body) }) };
}

/** The tab's copies of unconfirmed typing, kept in a map standing for sessionStorage. */
const copiesIn = (storage: Map<string, string>) =>
  new UnsavedCopies({ getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value), removeItem: (key) => void storage.delete(key) });

const oneParagraph = (text: string): ArticleBody => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function sessionOver(backend: FakeBackend, taken: ReadonlySet<string> = new Set()) {
  const saved: SavedArticle[] = [];
  const session = new EditingSession({ api: backend.api, article: backend.articles.get('story')!, takenSlugs: () => taken, onSaved: (value) => saved.push(value) });
  return { session, saved };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('EditingSession', () => {
  it('saves a second after typing stops, with every field and the body, and says so', async () => {
    const backend = fakeBackend([article]);
    const { session, saved } = sessionOver(backend);
    session.attachBody(editorBodySource(heldDocument(oneParagraph('نص'))));
    session.update({ headline: 'عنوان جديد' });
    expect(session.getState().save.kind).toBe('unsaved');
    expect(session.savedArticle.headline).toBe(article.headline);
    await vi.advanceTimersByTimeAsync(typingPause - 10);
    expect(backend.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(backend.saves).toHaveLength(1);
    expect(backend.saves[0]).toMatchObject({ headline: 'عنوان جديد', standfirst: article.standfirst });
    expect(backend.articles.get('story')?.body).toMatchObject({ content: [{ content: [{ text: 'نص' }] }] });
    expect(session.getState().save.kind).toBe('saved');
    // What tag suggestions read: the article as the back end confirmed it.
    expect(session.savedArticle).toMatchObject({ headline: 'عنوان جديد', revision: 2 });
    expect(saved.map((value) => value.revision)).toEqual([2]);
  });

  it('saves an article another machine signed, sending only what the journalist edits (the library signs it again)', async () => {
    const backend = fakeBackend([{ ...article, editedBy: { name: 'كريم', machine: 'laptop-karim' } }]);
    const { session } = sessionOver(backend);
    session.update({ headline: 'عنوان من هنا' });
    await vi.advanceTimersByTimeAsync(typingPause + 10);
    expect(session.getState().save.kind).toBe('saved');
    expect(backend.saves[0]).not.toHaveProperty('editedBy');
  });

  it('keeps the fields and the status history as they were after a save that moved no status, so the editor need not render again', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    session.attachBody(editorBodySource(heldDocument(oneParagraph('نص'))));
    session.markBodyChanged();
    const { fields, statusHistory } = session.getState();
    await vi.advanceTimersByTimeAsync(typingPause + 10);
    expect(backend.saves).toHaveLength(1);
    expect(session.getState().save.kind).toBe('saved');
    expect(session.getState().fields).toBe(fields);
    expect(session.getState().statusHistory).toBe(statusHistory);
  });

  it('still saves the body typed last when the editor went away (closed, or its pane crashed)', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    const detach = session.attachBody(editorBodySource(heldDocument(oneParagraph('آخر ما كُتب'))));
    session.markBodyChanged();
    detach();
    await session.flush();
    expect(backend.saves[0]?.body).toMatchObject({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'آخر ما كُتب' }] }] });
  });

  describe('in a long article', () => {
    const paragraphs = (count: number, word = 'فقرة'): ArticleBody => ({
      type: 'doc',
      content: Array.from({ length: count }, (_, index) => ({ type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: `${word} ${index + 1}` }] })),
    });
    const positionIn = (held: ReturnType<typeof heldDocument>, block: number) => {
      let position = 0;
      for (let index = 0; index < block; index += 1) position += held.state.doc.child(index).nodeSize;
      return position + 1;
    };
    const typeInto = (held: ReturnType<typeof heldDocument>, block: number, text: string) => {
      held.state = held.state.apply(held.state.tr.insertText(text, positionIn(held, block)));
    };
    /** A session on a story stored with one body, its editor holding another (the same, unless said). */
    const editing = (stored: ArticleBody, inEditor: ArticleBody = stored) => {
      const backend = fakeBackend([{ ...article, body: stored }]);
      const { session } = sessionOver(backend);
      const held = heldDocument(inEditor);
      const detach = session.attachBody(editorBodySource(held));
      return { backend, session, held, detach };
    };
    /** The editor opened again for the session (its pane came back), on the text the session says to show. */
    const openedAgain = (session: EditingSession) => {
      const held = heldDocument(session.bodyToShow);
      session.attachBody(editorBodySource(held));
      return held;
    };

    it('saves only the paragraph being typed, and the stored body is the whole text the editor holds', async () => {
      const { backend, session, held } = editing(paragraphs(300));
      typeInto(held, 150, 'قال ');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(backend.patches[0]).toMatchObject({ baseBlocks: 300, keepStart: 150, keepEnd: 149, blocks: [{ content: [{ text: 'قال فقرة 151' }] }] });
      expect(backend.saves[0]).not.toHaveProperty('body');
      expect(backend.articles.get('story')?.body).toEqual(held.state.doc.toJSON());

      // A paragraph split in two and another typed in: the next save sends what changed since the confirmed one.
      held.state = held.state.apply(held.state.tr.split(positionIn(held, 10) + 2));
      typeInto(held, 200, 'ثم ');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(backend.patches[1]).toMatchObject({ baseBlocks: 300, keepStart: 10, keepEnd: 100 });
      expect(backend.articles.get('story')?.body).toEqual(held.state.doc.toJSON());
      expect(session.savedBodyText()).toContain('ثم فقرة 200');
    });

    it('sends the whole body again when the back end refuses the changed blocks (its body was not the one the editor opened)', async () => {
      const { backend, session, held } = editing(paragraphs(12), paragraphs(10, 'نص آخر'));
      typeInto(held, 3, 'و');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(session.getState().save.kind).toBe('saved');
      expect(backend.patches).toEqual([undefined]);
      expect(backend.articles.get('story')?.body).toEqual(held.state.doc.toJSON());
    });

    it('after a failed save, the next one still carries every block changed since the last confirmed save', async () => {
      const { backend, session, held } = editing(paragraphs(50));
      backend.answer.saveArticle = () => failure('storage', 'disk full');
      typeInto(held, 5, 'أ');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(session.getState().save.kind).toBe('failed');
      delete backend.answer.saveArticle;
      typeInto(held, 40, 'ب');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(retryDelay + 10);
      expect(backend.patches[0]).toMatchObject({ keepStart: 5, keepEnd: 9 });
      expect(backend.articles.get('story')?.body).toEqual(held.state.doc.toJSON());
    });

    it('opens an editor again (its pane came back) on the text as typed, and sends the body whole from it', async () => {
      const { backend, session, held, detach } = editing(paragraphs(30));
      typeInto(held, 20, 'أ');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      typeInto(held, 25, 'ج');
      session.markBodyChanged();
      detach();
      expect(JSON.stringify(session.bodyToShow)).toContain('جفقرة 26');
      const again = openedAgain(session);
      typeInto(again, 3, 'ب');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(backend.patches.map((patch) => patch !== undefined)).toEqual([true, false]);
      const stored = JSON.stringify(backend.articles.get('story')?.body);
      for (const typed of ['أفقرة 21', 'جفقرة 26', 'بفقرة 4']) expect(stored).toContain(typed);
    });

    it('keeps typing the failed pane held before any save, when the editor opened again saves', async () => {
      const { backend, session, held, detach } = editing(paragraphs(30));
      typeInto(held, 7, 'د');
      session.markBodyChanged();
      detach();
      const again = openedAgain(session);
      typeInto(again, 12, 'ه');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      const stored = JSON.stringify(backend.articles.get('story')?.body);
      for (const typed of ['دفقرة 8', 'هفقرة 13']) expect(stored).toContain(typed);
    });

    it('sends typing restored from the tab whole, since the stored body does not have it', async () => {
      const long = paragraphs(20);
      const backend = fakeBackend([{ ...article, body: long }]);
      const restored = { ...long, content: long.content!.map((block, index) => (index === 4 ? { ...block, content: [{ type: 'text', text: 'ما كتب ولم يُحفظ' }] } : block)) };
      const storage = new Map<string, string>([['newsroom:unsaved:story', JSON.stringify({ baseRevision: 1, changes: { body: restored } })]]);
      const copies = copiesIn(storage);
      const session = new EditingSession({ api: backend.api, article: backend.articles.get('story')!, takenSlugs: () => new Set(), onSaved: () => undefined, copies });
      const held = heldDocument(session.article.body);
      session.attachBody(editorBodySource(held));
      typeInto(held, 15, 'ج');
      session.markBodyChanged();
      await vi.advanceTimersByTimeAsync(typingPause + 10);
      expect(backend.patches).toEqual([undefined]);
      expect(backend.articles.get('story')?.body).toEqual(held.state.doc.toJSON());
      expect(JSON.stringify(backend.articles.get('story')?.body)).toContain('ما كتب ولم يُحفظ');
    });
  });

  it('goes from "not saved" to "saved" when the back end answers at once, and says "saving" only while an answer takes a moment', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    const states: string[] = [session.getState().save.kind];
    session.subscribe(() => {
      const kind = session.getState().save.kind;
      if (states.at(-1) !== kind) states.push(kind);
    });
    session.update({ headline: 'عنوان أول' });
    await vi.advanceTimersByTimeAsync(typingPause + 10);
    expect(states).toEqual(['saved', 'unsaved', 'saved']);

    backend.beforeAnswer = answersHeld('saveArticle', 2000);
    session.update({ headline: 'عنوان ثان' });
    await vi.advanceTimersByTimeAsync(typingPause + savingShownAfter + 10);
    expect(session.getState().save.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(2000);
    expect(states).toEqual(['saved', 'unsaved', 'saved', 'unsaved', 'saving', 'saved']);
  });

  it('keeps typing over many keystrokes in one save, and flush saves at once', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    for (const headline of ['ع', 'عن', 'عنو', 'عنوا']) {
      session.update({ headline });
      await vi.advanceTimersByTimeAsync(200);
    }
    await session.flush();
    expect(backend.saves.map((changes) => changes.headline)).toEqual(['عنوا']);
    await vi.advanceTimersByTimeAsync(typingPause * 2);
    expect(backend.saves).toHaveLength(1);
  });

  it('lets the slug follow the headline until it is edited, and never saves a slug another article uses', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend, new Set(['taken']));
    session.update({ headline: 'Kerry meets Lavrov' });
    expect(session.getState().fields.slug).toBe('kerry-meets-lavrov');
    session.update({ slug: 'taken' });
    expect(session.isSlugTaken()).toBe(true);
    session.update({ headline: 'Something else' });
    expect(session.getState().fields.slug).toBe('taken');
    await session.flush();
    expect(backend.saves[0]).not.toHaveProperty('slug');
  });

  it('keeps typing the server never confirmed in the tab, brings it back in the reopened page and saves it there', async () => {
    const backend = fakeBackend([article]);
    const storage = new Map<string, string>();
    const copies = copiesIn(storage);
    backend.answer.saveArticle = () => failure('transport', 'the server is gone');
    const before = new EditingSession({ api: backend.api, article, takenSlugs: () => new Set(), onSaved: () => undefined, copies });
    before.update({ headline: 'عنوان كتب والخادم متوقف' });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(before.getState().save.kind).toBe('failed');
    expect(storage.size).toBe(1);

    // The server restarted; the journalist opened its new address in the same tab.
    delete backend.answer.saveArticle;
    const after = new EditingSession({ api: backend.api, article, takenSlugs: () => new Set(), onSaved: () => undefined, copies });
    expect(after.getState()).toMatchObject({ restoredCopy: true, fields: { headline: 'عنوان كتب والخادم متوقف' }, save: { kind: 'unsaved' } });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(backend.articles.get('story')).toMatchObject({ headline: 'عنوان كتب والخادم متوقف', revision: 2 });
    expect(storage.size).toBe(0);
  });

  it('turns a kept copy made on an older revision into a conflict instead of overwriting the newer text', async () => {
    const backend = fakeBackend([{ ...article, headline: 'نسخة أحدث', revision: 3 }]);
    const storage = new Map<string, string>([['newsroom:unsaved:story', JSON.stringify({ baseRevision: 1, changes: { headline: 'نسخة قديمة' } })]]);
    const copies = copiesIn(storage);
    const session = new EditingSession({ api: backend.api, article: backend.articles.get('story')!, takenSlugs: () => new Set(), onSaved: () => undefined, copies });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(session.getState().save.kind).toBe('conflict');
    expect(backend.articles.get('story')?.headline).toBe('نسخة أحدث');
    session.discardCopy();
    expect(storage.size).toBe(0);
  });

  it('keeps the slug of an exported article when its headline is edited: the published address does not move', () => {
    const exported = seedArticle({ id: 'story', slug: 'عنوان', headline: 'عنوان', revision: 2, status: 'exported', exportedAt: '2026-11-29T10:00:00.000Z' });
    const { session } = sessionOver(fakeBackend([exported]));
    session.update({ headline: 'عنوان معدل بعد النشر' });
    expect(session.getState().fields.slug).toBe('عنوان');
  });

  it('turns a stale save into a conflict that overwrites nothing until "keep mine"', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    backend.articles.set('story', { ...article, headline: 'من مكان آخر', revision: 5 });
    session.update({ headline: 'نسختي' });
    await session.flush();
    expect(session.getState().save).toEqual({ kind: 'conflict', currentRevision: 5 });
    expect(backend.articles.get('story')!.headline).toBe('من مكان آخر');
    session.update({ headline: 'نسختي مع تعديل' });
    await vi.advanceTimersByTimeAsync(typingPause * 3);
    expect(backend.saves).toHaveLength(0);
    await session.keepMine();
    expect(backend.articles.get('story')!.headline).toBe('نسختي مع تعديل');
    expect(session.getState().save.kind).toBe('saved');
  });

  it('keeps the text after a failed save, says why, and retries by itself', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    backend.answer.saveArticle = () => failure('storage', 'disk full');
    session.update({ headline: 'لن يضيع' });
    await session.flush();
    expect(session.getState().save).toMatchObject({ kind: 'failed', error: { code: 'storage' } });
    expect(session.hasPendingChanges()).toBe(true);
    delete backend.answer.saveArticle;
    await vi.advanceTimersByTimeAsync(retryDelay + 10);
    expect(backend.articles.get('story')!.headline).toBe('لن يضيع');
    expect(session.getState().save.kind).toBe('saved');
  });

  it('asks to reopen after a save elsewhere, or stops saving and shows the conflict when typing is pending', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    expect(session.noticeSavedElsewhere(1)).toBe('ignored');
    expect(session.noticeSavedElsewhere(2)).toBe('reopen');
    session.update({ headline: 'كتابتي' });
    expect(session.noticeSavedElsewhere(2)).toBe('conflict');
    expect(session.getState().save).toEqual({ kind: 'conflict', currentRevision: 2 });
    await vi.advanceTimersByTimeAsync(typingPause * 3);
    expect(backend.saves).toHaveLength(0);
  });

  it('moves the status after saving pending typing, follows the answer, and takes the echo of its own move for its own', async () => {
    const backend = fakeBackend([article]);
    const echoes: string[] = [];
    backend.answer.changeStatus = (({ id, baseRevision, status }: { id: string; baseRevision: number; status: Article['status'] }) => {
      const current = backend.articles.get(id)!;
      if (current.revision !== baseRevision) return failure('conflict', 'stale');
      const moved = { ...current, status, revision: current.revision + 1, statusHistory: [...current.statusHistory, { status, at: current.updatedAt, by: 'ليلى', reason: 'moved' as const }] };
      backend.articles.set(id, moved);
      // The back end announces the move before the answer arrives, as libraryChanged does.
      echoes.push(session.noticeSavedElsewhere(moved.revision));
      return success(moved);
    }) as never;
    const { session } = sessionOver(backend);
    session.update({ headline: 'قبل المراجعة' });
    await session.changeStatus('in-review');
    expect(backend.saves).toHaveLength(1);
    expect(echoes).toEqual(['ignored']);
    expect(session.getState()).toMatchObject({ fields: { status: 'in-review', headline: 'قبل المراجعة' }, statusHistory: [{ status: 'in-review', by: 'ليلى' }] });
    expect(session.snapshot()).toMatchObject({ status: 'in-review', revision: 3 });
    backend.answer.changeStatus = (() => failure('status-move-refused', 'in-review → exported')) as never;
    await session.changeStatus('exported');
    expect(session.getState()).toMatchObject({ fields: { status: 'in-review' }, statusError: { code: 'status-move-refused' } });
  });

  it('refreshes the preview a moment after typing while it is shown, not while it is hidden, and at once when shown again', async () => {
    const backend = fakeBackend([article]);
    const { session } = sessionOver(backend);
    session.update({ headline: 'مخفية' });
    await vi.advanceTimersByTimeAsync(previewPause + 10);
    expect(session.getState().preview.headline).toBe('عنوان');
    session.watchPreview(true);
    expect(session.getState().preview.headline).toBe('مخفية');
    session.update({ headline: 'معاينة' });
    expect(session.getState().preview.headline).toBe('مخفية');
    await vi.advanceTimersByTimeAsync(previewPause + 10);
    expect(session.getState().preview.headline).toBe('معاينة');
    session.update({ standfirst: 'مقدمة' });
    session.refreshPreview();
    expect(session.getState().preview.standfirst).toBe('مقدمة');
  });
});

describe('WorkspaceStore', () => {
  it('opens the first article, saves it before opening another, and answers the host’s flush requests', async () => {
    const second = seedArticle({ id: 'second', headline: 'الثاني', revision: 1 });
    const backend = fakeBackend([article, second]);
    const workspace = new WorkspaceStore(backend.api);
    const reported: string[] = [];
    backend.answer.reportFlushed = ({ requestId }: { requestId: string }) => {
      reported.push(requestId);
      return success({ acknowledged: true });
    };
    const stop = workspace.start({ chooseImportFiles: () => undefined, readClipboard: async () => ({ text: '' }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().session?.article.id).toBe('story');

    workspace.getState().session!.update({ headline: 'قبل الإغلاق' });
    backend.push('flushRequested', { requestId: 'r1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.articles.get('story')!.headline).toBe('قبل الإغلاق');
    expect(reported).toEqual(['r1']);

    workspace.getState().session!.update({ standfirst: 'قبل فتح مقال آخر' });
    await workspace.openArticle('second');
    expect(backend.articles.get('story')!.standfirst).toBe('قبل فتح مقال آخر');
    expect(workspace.getState().session?.article.id).toBe('second');
    stop();
  });

  it('reloads the open article when another process changed files without naming them (a desk sync round), unless typing is pending', async () => {
    const backend = fakeBackend([article]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().session?.article.headline).toBe('عنوان');

    backend.articles.set('story', { ...article, headline: 'وصل من المكتب', revision: 2 });
    backend.push('libraryChanged', { reason: 'external' });
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().session?.article).toMatchObject({ headline: 'وصل من المكتب', revision: 2 });

    // Typing not yet saved is never replaced: the session says the article changed elsewhere instead.
    workspace.getState().session!.update({ standfirst: 'أكتب الآن' });
    backend.articles.set('story', { ...article, headline: 'وصل مرة أخرى', revision: 3 });
    backend.push('libraryChanged', { reason: 'external' });
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().session?.getState().fields.standfirst).toBe('أكتب الآن');
    expect(workspace.getState().session?.getState().save.kind).toBe('conflict');
    stop();
  });

  it('picking the article already open, or still opening, keeps its editor instead of loading it again', async () => {
    const second = seedArticle({ id: 'second', headline: 'الثاني', revision: 1 });
    const backend = fakeBackend([article, second]);
    const { workspace, stop } = startedWorkspace(backend);
    // Picked while the library is still coming in: the pick is what opens.
    const early = workspace.selectArticle('second');
    await vi.advanceTimersByTimeAsync(0);
    await early;
    expect(workspace.getState().session?.article.id).toBe('second');
    const sessions = new Set<unknown>();
    workspace.subscribe(() => {
      const session = workspace.getState().session;
      if (session?.article.id === 'story') sessions.add(session);
    });
    await Promise.all([workspace.selectArticle('story'), workspace.selectArticle('story')]);
    const opened = workspace.getState().session!;
    expect(opened.article.id).toBe('story');
    expect(sessions.size).toBe(1);

    await workspace.selectArticle('story');
    expect(workspace.getState().session).toBe(opened);
    await workspace.selectArticle('second');
    expect(workspace.getState().session?.article.id).toBe('second');
    stop();
  });

  it('shows the newest articles of a large library first, the whole list after, and lists nothing again for its own save', async () => {
    const many = Array.from({ length: 250 }, (_, index) => seedArticle({ id: `story-${index}`, headline: `خبر ${index}`, revision: 1 }));
    const backend = fakeBackend(many);
    const workspace = new WorkspaceStore(backend.api);
    const shown: number[] = [];
    workspace.library.subscribe(() => shown.push(workspace.library.getState().articles.length));
    const stop = workspace.start({ chooseImportFiles: () => undefined, readClipboard: async () => ({ text: '' }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.filter((count, index) => count !== shown[index - 1])).toEqual([100, 250]);
    expect(backend.listings).toEqual([100, undefined]);
    expect(workspace.getState().session?.article.id).toBe('story-0');

    workspace.getState().session!.update({ headline: 'عنوان جديد' });
    await vi.advanceTimersByTimeAsync(typingPause);
    backend.push('libraryChanged', { reason: 'saved', id: 'story-0', revision: 2 });
    backend.push('libraryChanged', { reason: 'saved', id: 'story-7', revision: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.listings).toEqual([100, undefined, undefined]);
    expect(workspace.library.getState().articles[0]!.headline).toBe('عنوان جديد');

    // The back end announces the save before its answer reaches the window: still not listed again.
    backend.beforeAnswer = async (method, input) => {
      if (method !== 'saveArticle') return;
      const { id, baseRevision } = input as { id: string; baseRevision: number };
      setTimeout(() => backend.push('libraryChanged', { reason: 'saved', id, revision: baseRevision + 1 }), 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    workspace.getState().session!.update({ headline: 'عنوان ثالث' });
    await vi.advanceTimersByTimeAsync(typingPause + 100);
    expect(backend.listings).toEqual([100, undefined, undefined]);
    expect(workspace.library.getState().articles[0]).toMatchObject({ headline: 'عنوان ثالث', revision: 3 });
    stop();
  });

  it('lists the library once more, not once per change, when thousands of changes are announced while it lists (a copied folder checked at start)', async () => {
    const backend = fakeBackend([article]);
    backend.beforeAnswer = answersHeld('listArticles', 100);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(10);
    for (let index = 0; index < 1000; index += 1) {
      const id = `changed-${index}`;
      backend.articles.set(id, seedArticle({ id, headline: `خبر ${index}`, revision: 2 }));
      backend.push('libraryChanged', { reason: 'external', id, revision: 2 });
    }
    await vi.advanceTimersByTimeAsync(150);
    expect(backend.listings).toEqual([100, undefined]);

    // A change announced while that listing is on its way is not lost: one more listing follows it.
    backend.articles.set('late', seedArticle({ id: 'late', headline: 'متأخر', revision: 1 }));
    backend.push('libraryChanged', { reason: 'external', id: 'late', revision: 1 });
    backend.push('libraryChanged', { reason: 'external', id: 'late', revision: 1 });
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.listings).toEqual([100, undefined, undefined]);
    expect(workspace.library.getState().articles).toHaveLength(1002);
    stop();
  });

  it('opens a new article at once, while a large library is still being listed again, so typing goes into it', async () => {
    const backend = fakeBackend([article]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().session?.article.id).toBe('story');
    // Listing 10,000 stories takes about a second.
    backend.beforeAnswer = answersHeld('listArticles', 1000);
    const creating = workspace.createArticle();
    await vi.advanceTimersByTimeAsync(10);
    expect(workspace.getState().session?.article.id).toBe('new');
    workspace.getState().session!.update({ headline: 'خبر عاجل' });
    await vi.advanceTimersByTimeAsync(1000);
    await creating;
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(backend.articles.get('new')!.headline).toBe('خبر عاجل');
    expect(backend.articles.get('story')!.headline).toBe('عنوان');
    expect(workspace.library.getState().articles.map((summary) => summary.id)).toContain('new');
    stop();
  });

  it('makes one story when asked twice before the first is open (a double click on "new article")', async () => {
    const backend = fakeBackend([article]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all([workspace.createArticle(), workspace.createArticle()]);
    expect(backend.created).toEqual(['new']);
    expect(workspace.getState().session?.article.id).toBe('new');
    // Once it is open, asking again is a new story.
    await workspace.createArticle();
    expect(backend.created).toEqual(['new', 'new-2']);
    expect(workspace.getState().session?.article.id).toBe('new-2');
    stop();
  });

  it('keeps the new story open when the first story of the library answers after it (a click on "new article" as the page starts)', async () => {
    const backend = fakeBackend([article]);
    backend.beforeAnswer = answersHeld('getArticle', 500);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    const creating = workspace.createArticle();
    await vi.advanceTimersByTimeAsync(1000);
    await creating;
    expect(workspace.getState().session?.article.id).toBe('new');
    stop();
  });

  it('does not open the first story while a new one, asked for as the page started, is on its way', async () => {
    const backend = fakeBackend([article]);
    backend.beforeAnswer = answersHeld('createArticle', 500);
    const { workspace, stop } = startedWorkspace(backend);
    const creating = workspace.createArticle();
    await vi.advanceTimersByTimeAsync(100);
    // The library is listed by now; what the journalist types next must not go into its first story.
    expect(workspace.library.getState().articles).toHaveLength(1);
    expect(workspace.getState().session).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    await creating;
    expect(workspace.getState().session?.article.id).toBe('new');
    stop();
  });

  it('shows the story picked last when an earlier pick answers after it', async () => {
    const other = seedArticle({ id: 'other', slug: 'other', headline: 'آخر', revision: 1 });
    const backend = fakeBackend([article, other]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    backend.beforeAnswer = (method, input) =>
      method === 'getArticle' && (input as { id: string }).id === 'story' ? new Promise((resolve) => setTimeout(resolve, 500)) : Promise.resolve();
    await workspace.selectArticle('other');
    const slow = workspace.selectArticle('story');
    const fast = workspace.selectArticle('other');
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([slow, fast]);
    expect(workspace.getState().session?.article.id).toBe('other');
    stop();
  });

  it('says another story is on its way (the one shown then takes no typing) until the story asked for last is shown', async () => {
    const other = seedArticle({ id: 'other', slug: 'other', headline: 'آخر', revision: 1 });
    const backend = fakeBackend([article, other]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().switching).toBe(false);
    backend.beforeAnswer = answersHeld('createArticle', 500);
    const creating = workspace.createArticle();
    await vi.advanceTimersByTimeAsync(100);
    expect(workspace.getState().session?.article.id).toBe('story');
    expect(workspace.getState().switching).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await creating;
    expect(workspace.getState().session?.article.id).toBe('new');
    expect(workspace.getState().switching).toBe(false);

    // A slow pick answered after a later one does not end the wait for the later one.
    backend.beforeAnswer = (method, input) =>
      method === 'getArticle' ? new Promise((resolve) => setTimeout(resolve, (input as { id: string }).id === 'story' ? 300 : 600)) : Promise.resolve();
    const slow = workspace.selectArticle('story');
    const later = workspace.selectArticle('other');
    await vi.advanceTimersByTimeAsync(400);
    expect(workspace.getState().switching).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    await Promise.all([slow, later]);
    expect(workspace.getState().session?.article.id).toBe('other');
    expect(workspace.getState().switching).toBe(false);

    // A story that cannot be read ends the wait too, with its error.
    backend.beforeAnswer = undefined;
    await workspace.selectArticle('missing');
    expect(workspace.getState().error).toBeDefined();
    expect(workspace.getState().switching).toBe(false);
    stop();
  });

  it('starts a new story\'s headline with what was typed while it was on its way; a story picked in the library drops it', async () => {
    const other = seedArticle({ id: 'other', slug: 'other', headline: 'آخر', revision: 1 });
    const backend = fakeBackend([article, other]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    workspace.typeAhead('x');
    backend.beforeAnswer = answersHeld('createArticle', 500);
    const creating = workspace.createArticle();
    for (const key of ['ع', 'ا', 'ج', 'ك', 'Backspace', 'ل']) workspace.typeAhead(key);
    await vi.advanceTimersByTimeAsync(1000);
    await creating;
    expect(workspace.getState().session?.article.id).toBe('new');
    expect(workspace.getState().session?.getState().fields.headline).toBe('عاجل');
    expect(workspace.getState().session?.hasPendingChanges()).toBe(true);

    backend.beforeAnswer = answersHeld('getArticle', 500);
    const picking = workspace.selectArticle('other');
    workspace.typeAhead('ز');
    await vi.advanceTimersByTimeAsync(1000);
    await picking;
    expect(workspace.getState().session?.getState().fields.headline).toBe('آخر');

    // A click elsewhere meanwhile: the letters were not meant for the new story.
    backend.beforeAnswer = answersHeld('createArticle', 500);
    const again = workspace.createArticle();
    workspace.typeAhead('ز');
    workspace.dropTypedAhead();
    await vi.advanceTimersByTimeAsync(1000);
    await again;
    expect(workspace.getState().session?.getState().fields.headline).toBe('');
    stop();
  });

  it('moves the ticked stories to the trash one by one; a refusal midway stops there, says why, and offers Undo for those that went', async () => {
    const second = seedArticle({ id: 'second', slug: 'second', headline: 'ثان', revision: 1 });
    const third = seedArticle({ id: 'third', slug: 'third', headline: 'ثالث', revision: 1 });
    const backend = fakeBackend([article, second, third]);
    const deleted: string[] = [];
    backend.answer.deleteArticle = (({ id }: { id: string }) => {
      if (id === 'third') return failure('storage', 'the disk is read-only');
      deleted.push(id);
      backend.articles.delete(id);
      return success({ id });
    }) as never;
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    workspace.library.setChecked(new Set(['second', 'third']));
    await workspace.deleteArticles(['second', 'third', 'story']);
    expect(deleted).toEqual(['second']);
    expect(workspace.getState().error?.message).toBe('the disk is read-only');
    expect(workspace.getState().toast).toEqual({ kind: 'deleted', ids: ['second'] });
    expect([...workspace.library.getState().checked]).toEqual(['third']);
    stop();
  });

  it('after an export, opens the exported revision of the open article at once, not after a slow listing, so approving it is not a conflict', async () => {
    const backend = fakeBackend([seedArticle({ id: 'story', headline: 'عنوان', status: 'in-review', revision: 1 })]);
    backend.answer.changeStatus = (({ id, baseRevision, status }: { id: string; baseRevision: number; status: Article['status'] }) => {
      const current = backend.articles.get(id)!;
      if (current.revision !== baseRevision) return failure('conflict', 'stale');
      const moved = { ...current, status, revision: current.revision + 1 };
      backend.articles.set(id, moved);
      return success(moved);
    }) as never;
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    // The export recorded itself in the article: a new revision.
    backend.articles.set('story', { ...backend.articles.get('story')!, exportedAt: '2026-11-30T10:00:00.000Z', revision: 2 });
    backend.beforeAnswer = answersHeld('listArticles', 1000);
    const finishing = workspace.finishExport(['story']);
    await vi.advanceTimersByTimeAsync(10);
    await workspace.getState().session!.changeStatus('approved');
    expect(workspace.getState().session!.getState()).toMatchObject({ fields: { status: 'approved' }, statusError: undefined });
    await vi.advanceTimersByTimeAsync(1000);
    await finishing;
    stop();
  });

  it('after renaming a tag, opens the renamed revision of the open article at once, not after a slow listing', async () => {
    const backend = fakeBackend([seedArticle({ id: 'story', headline: 'عنوان', tags: ['امريكا'], revision: 1 })]);
    backend.answer.renameTag = (() => {
      backend.articles.set('story', { ...backend.articles.get('story')!, tags: ['أمريكا'], revision: 2 });
      return success({ changed: 1 });
    }) as never;
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    backend.beforeAnswer = answersHeld('listArticles', 1000);
    const renaming = workspace.renameTag(['امريكا'], 'أمريكا');
    await vi.advanceTimersByTimeAsync(10);
    expect(workspace.getState().session!.getState().fields.tags).toEqual(['أمريكا']);
    expect(workspace.getState().session!.snapshot().revision).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    await renaming;
    stop();
  });

  it("counts the library's tags with each listing, and keeps the count a save that changed no tags", async () => {
    const backend = fakeBackend([
      seedArticle({ id: 'story', headline: 'عنوان', tags: ['سوريا', 'روسيا'], revision: 1 }),
      seedArticle({ id: 'other', headline: 'آخر', tags: ['سوريا'], revision: 1 }),
    ]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    const counted = workspace.library.getState().tags;
    expect(counted.map(({ tag, count }) => [tag, count])).toEqual([['سوريا', 2], ['روسيا', 1]]);

    await workspace.selectArticle('story');
    workspace.getState().session!.update({ headline: 'عنوان جديد' });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(workspace.library.getState().articles.find((summary) => summary.id === 'story')!.headline).toBe('عنوان جديد');
    expect(workspace.library.getState().tags).toBe(counted);

    workspace.getState().session!.update({ tags: ['سوريا', 'روسيا', 'أوكرانيا'] });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(workspace.library.getState().tags.map(({ tag, count }) => [tag, count])).toEqual([['سوريا', 2], ['أوكرانيا', 1], ['روسيا', 1]]);
    stop();
  });

  it('keeps the sections and assignees in use as they were through saves that change neither, and follows a save that does', async () => {
    const backend = fakeBackend([
      seedArticle({ id: 'story', headline: 'عنوان', section: 'سياسة', assignee: 'ليلى', revision: 1 }),
      seedArticle({ id: 'other', headline: 'آخر', section: 'اقتصاد', assignee: '', revision: 1 }),
    ]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    const { sections, assignees } = workspace.library.getState();
    expect(sections).toEqual(['سياسة', 'اقتصاد']);
    expect(assignees).toEqual(['ليلى']);

    await workspace.selectArticle('story');
    workspace.getState().session!.update({ headline: 'عنوان جديد' });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(workspace.library.getState().sections).toBe(sections);
    expect(workspace.library.getState().assignees).toBe(assignees);

    workspace.getState().session!.update({ section: 'رياضة' });
    await vi.advanceTimersByTimeAsync(typingPause);
    expect(workspace.library.getState().sections).toEqual(['رياضة', 'اقتصاد']);
    expect(workspace.library.getState().assignees).toBe(assignees);
    stop();
  });

  it("gives a story whose headline another story's slug already has the next free slug, and does not count its own", async () => {
    const backend = fakeBackend([
      seedArticle({ id: 'story', headline: 'عنوان', slug: '', revision: 1 }),
      seedArticle({ id: 'other', headline: 'Kerry meets Lavrov', slug: 'kerry-meets-lavrov', revision: 1 }),
      seedArticle({ id: 'third', headline: 'Kerry meets Lavrov again', slug: 'kerry-meets-lavrov-2', revision: 1 }),
    ]);
    const { workspace, stop } = startedWorkspace(backend);
    await vi.advanceTimersByTimeAsync(0);
    await workspace.selectArticle('story');
    const session = workspace.getState().session!;
    session.update({ headline: 'Kerry meets Lavrov' });
    expect(session.getState().fields.slug).toBe('kerry-meets-lavrov-3');
    await session.flush();
    expect(workspace.library.getState().articles.find((summary) => summary.id === 'story')!.slug).toBe('kerry-meets-lavrov-3');
    // Its own slug, now in the library's list, is not another story's.
    expect(session.isSlugTaken()).toBe(false);
    session.update({ slug: 'kerry-meets-lavrov' });
    expect(session.isSlugTaken()).toBe(true);
    stop();
  });

  it('routes every menu command, and the shortcut sheet opens as a dialog', async () => {
    const backend = fakeBackend([article]);
    const workspace = new WorkspaceStore(backend.api);
    let chosen = 0;
    workspace.start({ chooseImportFiles: () => (chosen += 1), readClipboard: async () => ({ text: '' }) });
    backend.push('menuCommand', { command: 'showShortcuts' });
    expect(workspace.getState().dialog).toEqual({ kind: 'shortcuts' });
    backend.push('menuCommand', { command: 'openSettings' });
    expect(workspace.getState().dialog).toEqual({ kind: 'settings' });
    backend.push('menuCommand', { command: 'import' });
    expect(chosen).toBe(1);
    backend.push('menuCommand', { command: 'pasteAsArticle' });
    await vi.advanceTimersByTimeAsync(0);
    expect(workspace.getState().toast).toEqual({ kind: 'clipboard-empty' });
  });
});

describe('the library filter', () => {
  it('matches tags whatever their hamza, ta marbuta or diacritics', () => {
    const articles = [seedArticle({ id: 'a', tags: ['أمريكا'] }), seedArticle({ id: 'b', tags: ['روسيا'], status: 'in-review' })].map(({ body: _body, ...summary }) => summary);
    expect(visibleArticles(articles, { status: '', tag: 'امريكا', assignee: '' }).map((summary) => summary.id)).toEqual(['a']);
    expect(visibleArticles(articles, { status: 'in-review', tag: '', assignee: '' }).map((summary) => summary.id)).toEqual(['b']);
  });

  it('keeps only the articles assigned to the chosen person, combined with the other filters', () => {
    const articles = [
      seedArticle({ id: 'a', assignee: 'ليلى' }),
      seedArticle({ id: 'b', assignee: 'سامر', status: 'in-review' }),
      seedArticle({ id: 'c', assignee: 'ليلى', status: 'in-review' }),
    ].map(({ body: _body, ...summary }) => summary);
    expect(visibleArticles(articles, { status: '', tag: '', assignee: 'ليلى' }).map((summary) => summary.id)).toEqual(['a', 'c']);
    expect(visibleArticles(articles, { status: 'in-review', tag: '', assignee: 'ليلى' }).map((summary) => summary.id)).toEqual(['c']);
  });
});
