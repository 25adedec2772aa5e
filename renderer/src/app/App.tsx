import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Article, EditedBy } from '../../../core/article/article-schema';
import type { WordListName } from '../../../core/proofing/word-list-names';
import { assertNever } from '../../../core/assert-never';
import { messagesFor } from '../../../core/i18n/messages';
import { defaultSettings } from '../../../core/settings/settings-schema';
import type { ApiClient } from '../api/api-client';
import { isDesktopWindow } from '../api/is-desktop-window';
import { browserShortcutCommand } from './browser-shortcut-command';
import { shortcutKey } from './shortcut-key';
import { readFileAsBase64 } from '../editor/read-file-as-base64';
import { ExportDialog } from '../export/ExportDialog';
import { countUntitled } from '../export/count-untitled';
import { proofingConfiguration } from '../../../core/proofing/proofing-configuration';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import { TextContext } from '../i18n/text-context';
import { DateStyleContext } from '../i18n/date-style-context';
import { ImportSummaryDialog } from '../import/ImportSummaryDialog';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { SettingsDialog } from '../settings/SettingsDialog';
import { TagsView } from '../tags/TagsView';
import { useStore } from '../stores/use-store';
import { visibleArticles } from '../stores/visible-articles';
import { WorkspaceStore } from '../stores/workspace-store';
import { useEqualValue } from './use-equal-value';
import { deskMarksOf } from '../library/desk-marks-of';
import { useDeskSync } from '../sync/use-desk-sync';
import { TrashView } from '../trash/TrashView';
import { Banners } from './Banners';
import { PaneBoundary } from './PaneBoundary';
import { readClipboard } from './read-clipboard';
import { ToastBar } from './ToastBar';
import { firstClickOnly } from './first-click-only';
import type * as ArticleEditorModule from '../editor/ArticleEditor';
import './app.css';

// The editor (TipTap and ProseMirror, most of the code) is asked for once the library shows rows or
// an article opens, not as the page starts: running its code and applying its styles took the main
// thread from the library's first rows. Not through React.lazy, whose retry waits on timers a
// paused clock never fires.
let editorModule: Promise<typeof ArticleEditorModule> | undefined;
type ArticleEditorComponent = typeof ArticleEditorModule.ArticleEditor;

/** The editor component once its code has arrived; its code is asked for when `wanted` first holds. */
function useArticleEditor(wanted: boolean): ArticleEditorComponent | undefined {
  const [component, setComponent] = useState<ArticleEditorComponent>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void (editorModule ??= import('../editor/ArticleEditor')).then((module) => current && setComponent(() => module.ArticleEditor));
    return () => {
      current = false;
    };
  }, [wanted]);
  return component;
}

async function encodeFiles(files: readonly File[]) {
  return Promise.all(files.map(async (file) => ({ name: file.name, dataBase64: await readFileAsBase64(file) })));
}

const noNames: readonly string[] = [];
const noEditors: readonly EditedBy[] = [];

/** Whether focus is in the library sidebar. */
function isInLibrary(element: Element | null): boolean {
  return element?.closest('.sidebar') != null;
}

/** The window: toolbar, library sidebar, the open article or the trash, and the dialogs. State lives in the stores. */
export function App({ api }: { readonly api: ApiClient }) {
  const workspace = useMemo(() => new WorkspaceStore(api), [api]);
  const state = useStore(workspace);
  const library = useStore(workspace.library);
  const ArticleEditor = useArticleEditor(library.articles.length > 0 || state.session !== undefined);
  const deskSync = useDeskSync(api, state.session?.article.id);
  // Asked again every few seconds: kept while it says the same, so the editor is not drawn again for nothing.
  const editing = useEqualValue(deskSync.status?.editing, (kept, next) => JSON.stringify(kept) === JSON.stringify(next));
  const deskMarks = useMemo(() => deskMarksOf(library.conflicts, editing, state.machine), [library.conflicts, editing, state.machine]);
  const importInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // In a window too narrow for three columns the library is a drawer over the story (see app.css).
  const [libraryOpen, setLibraryOpen] = useState(false);
  const openLibrary = useCallback(() => {
    flushSync(() => setLibraryOpen(true));
    document.getElementById('library-search')?.focus();
  }, []);
  // The drawer, and whatever had focus in it, are gone: focus goes back to what opened it (beside
  // the story, where the library stays and the button is not shown, it does not move).
  const closeLibrary = () => {
    setLibraryOpen(false);
    document.querySelector<HTMLElement>('.library-toggle')?.focus();
  };
  const language = state.settings?.interfaceLanguage ?? 'ar';
  const text = messagesFor(language);

  useEffect(() => workspace.start({ chooseImportFiles: () => importInput.current?.click(), readClipboard }), [workspace]);

  // While a story is on its way its pane takes no typing (inert): letters typed then are kept for a
  // new story's headline, until a click elsewhere (they were not meant for it) or a key that leaves
  // the line, such as Enter or Tab (what came before it is kept, what follows is not).
  useEffect(() => {
    if (!state.switching) return;
    let keeping = true;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!keeping || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || ['Shift', 'CapsLock', 'AltGraph'].includes(event.key)) return;
      // A field outside the story (the library's search box, a dialog) still takes its own typing.
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ([...event.key].length === 1 || event.key === 'Backspace') {
        event.preventDefault();
        workspace.typeAhead(event.key);
      } else {
        keeping = false;
      }
    };
    const onPointerDown = () => {
      keeping = false;
      workspace.dropTypedAhead();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [state.switching, workspace]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      // The desktop app's menu answers these; a browser tab has no such menu, so the page does
      // (Ctrl/Cmd+N stays the browser's own new window: the shortcut sheet says so).
      const browserCommand = isDesktopWindow() ? undefined : browserShortcutCommand(event);
      if (browserCommand) {
        event.preventDefault();
        workspace.runMenuCommand(browserCommand);
      } else if (shortcutKey(event) === '/') {
        event.preventDefault();
        workspace.runMenuCommand('showShortcuts');
      } else if (shortcutKey(event) === 'f' && (event.shiftKey || isInLibrary(document.activeElement))) {
        // Ctrl+Shift+F searches the library from anywhere; Ctrl+F too while the library has focus (in the editor it finds in the text).
        event.preventDefault();
        event.stopImmediatePropagation();
        openLibrary();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!workspace.hasPendingChanges()) return;
      // Kept in the tab first: if the server is gone (restarted), the text comes back when its new address is opened here.
      workspace.keepUnsavedCopy();
      // The save starts now and is sent with keepalive, so it outlives the page.
      void workspace.saveCurrent();
      // In Electron a cancelled beforeunload silently blocks the close; the main process has already
      // asked this page to flush (flushRequested). A browser tab asks the journalist instead.
      if (!isDesktopWindow()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [workspace, openLibrary]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  }, [language]);

  // With an article open, the editor puts its headline in the title.
  const hasArticle = state.session !== undefined && state.view.kind === 'library';
  useEffect(() => {
    if (!hasArticle) document.title = messagesFor(language).appName;
  }, [hasArticle, language]);

  // Counted by the library store from the summaries already listed, and the same list while the
  // counts stay the same: memoised components given it need not render again.
  const knownTags = library.tags;
  const shown = useMemo(() => visibleArticles(library.articles, library.filter), [library.articles, library.filter]);
  const desk = state.settings?.desk;
  const settingsSections = state.settings?.sections;
  const sectionsInUse = useMemo(() => [...new Set([...(settingsSections ?? []), ...library.sections])], [settingsSections, library.sections]);
  const people = useMemo(() => [...new Set([...(desk ?? []), ...library.assignees])], [desk, library.assignees]);
  const importFiles = async (files: readonly File[]) => workspace.importFiles(await encodeFiles(files));
  const settings = state.settings;
  const proofing = useMemo(() => (settings ? proofingConfiguration(settings, state.wordLists) : undefined), [settings, state.wordLists]);

  // The same functions from render to render, so the memoised editor is not rendered again for new copies of them.
  const editorActions = useMemo(
    () => ({
      onAddSection: (section: string) => workspace.addSection(section),
      onResolveConflict: (id: string) => void workspace.library.resolveConflict(id),
      onReload: (id: string) => void workspace.openArticle(id),
      onExport: (id: string) => void workspace.startExport([id]),
      onNotice: (message: string) => workspace.showMessage(message),
      onAddWord: (list: WordListName, word: string) => void workspace.changeWordList(list, { add: word }),
      onRestored: (article: Article) => {
        void workspace.openArticle(article.id);
        workspace.showMessage(text.history.restored);
      },
    }),
    [workspace, text],
  );

  const dialog = state.dialog;
  const renderDialog = () => {
    switch (dialog.kind) {
      case 'none':
        return null;
      case 'shortcuts':
        return <ShortcutsDialog onClose={() => workspace.closeDialog()} />;
      case 'import-summary':
        return (
          <ImportSummaryDialog
            outcomes={dialog.outcomes}
            onOpen={(id) => {
              workspace.closeDialog();
              void workspace.openArticle(id);
            }}
            onClose={() => workspace.closeDialog()}
          />
        );
      case 'export':
        return (
          <ExportDialog
            api={api}
            ids={dialog.ids}
            defaultDirectory={state.settings?.exportDirectory || state.folders.defaultExport}
            canChooseFolder={state.isDesktop}
            onFinished={() => workspace.finishExport(dialog.ids)}
            onClose={() => workspace.closeDialog()}
            proofing={proofing}
            untitledInListing={countUntitled(library.articles, dialog.ids)}
          />
        );
      case 'settings':
        return state.settings ? (
          <SettingsDialog
            settings={state.settings}
            folders={state.folders}
            onSave={(changes) => void workspace.saveSettings(changes).then(() => deskSync.refresh())}
            onClose={() => workspace.closeDialog()}
            onStoreImage={async (file) => workspace.storeImage({ name: file.name, dataBase64: await readFileAsBase64(file) })}
            wordLists={state.wordLists}
            onRemoveWord={(list, word) => void workspace.changeWordList(list, { remove: word })}
            api={api}
            syncStatus={deskSync.status}
            onSyncPassword={(password) => void api.changeDeskSyncPassword({ password }).then(() => deskSync.refresh())}
          />
        ) : null;
      default:
        return assertNever(dialog);
    }
  };

  return (
    <TextContext.Provider value={text}>
      <DateStyleContext.Provider value={state.settings?.dateStyle ?? defaultSettings.dateStyle}>
      <div
        className={dragging ? 'app app--dragging' : 'app'}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target) setDragging(false);
        }}
        onDrop={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(false);
          void importFiles([...event.dataTransfer.files]);
        }}
      >
        {dragging && <div className="drop-overlay" aria-hidden="true">{text.importing.dropHere}</div>}
        <header className="toolbar">
          <div className="toolbar-start">
            <h1 className="app-name">{text.appName}</h1>
            <button
              type="button"
              className="button library-toggle"
              aria-expanded={libraryOpen}
              aria-controls="library"
              onClick={() => (libraryOpen ? setLibraryOpen(false) : openLibrary())}
            >
              {text.library}
            </button>
          </div>
          <div className="toolbar-actions">
            <button type="button" className="button button--primary" onClick={firstClickOnly(() => void workspace.createArticle())}>
              {text.newArticle}
            </button>
            <button type="button" className="button" onClick={() => importInput.current?.click()} aria-busy={state.importing !== undefined} disabled={state.importing !== undefined}>
              {state.importing ? (state.importing.total > 1 ? text.importing.progress(state.importing.done, state.importing.total) : text.importing.working) : text.importing.import}
            </button>
            {state.importing && (
              <button type="button" className="button" onClick={() => void workspace.cancelImport()}>{text.importing.cancel}</button>
            )}
            <input
              ref={importInput}
              type="file"
              multiple
              accept=".txt,.text,.html,.htm,.md,.markdown,.docx,.json"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                void importFiles([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
            <button type="button" className="button" onClick={firstClickOnly(() => void workspace.pasteAsArticle())}>{text.importing.pasteAsArticle}</button>
            <button type="button" className="button" onClick={() => void workspace.showTags()}>{text.tags.title}</button>
            <button type="button" className="button" onClick={() => void workspace.showTrash()}>{text.trash}</button>
            <button type="button" className="button" onClick={() => workspace.openDialog({ kind: 'settings' })}>{text.settings}</button>
          </div>
        </header>
        <Banners workspace={workspace} state={state} library={library} />
        <div
          className={libraryOpen ? 'workspace workspace--library-open' : 'workspace'}
          onKeyDown={(event) => {
            // An Escape the library used (clearing its search) does not also close it.
            if (event.key === 'Escape' && !event.defaultPrevented && libraryOpen && isInLibrary(event.target as Element)) closeLibrary();
          }}
        >
          <PaneBoundary text={text}>
            <LibrarySidebar
              articles={shown}
              selectedId={state.view.kind === 'library' ? state.session?.article.id : undefined}
              onSelect={(id) => {
                if (libraryOpen) closeLibrary();
                void workspace.selectArticle(id);
              }}
              onDelete={(id) => void workspace.deleteArticle(id)}
              checked={library.checked}
              onCheck={(checked) => workspace.library.setChecked(checked)}
              filter={library.filter}
              onFilter={(filter) => workspace.library.setFilter(filter)}
              knownTags={knownTags}
              people={people}
              onExport={(ids) => void workspace.startExport(ids)}
              onTrash={(ids) => void workspace.deleteArticles(ids)}
              search={library.search}
              onQuery={(query) => workspace.library.setQuery(query)}
              onSort={(sort) => workspace.library.setSort(sort)}
              onNarrow={(narrowing) => workspace.library.setNarrowing(narrowing)}
              sections={sectionsInUse}
              deskSync={deskSync}
              deskMarks={deskMarks}
            />
          </PaneBoundary>
          <main className="main" inert={state.switching} onPointerDown={() => setLibraryOpen(false)}>
            <PaneBoundary text={text} onError={() => void workspace.saveCurrent()}>
              {state.view.kind === 'trash' ? (
                <TrashView entries={state.view.entries} onRestore={(id) => void workspace.restoreArticle(id)} onDeleteForever={(id) => void workspace.deleteForever(id)} onEmpty={() => void workspace.emptyTrash()} onClose={() => workspace.showLibrary()} />
              ) : state.view.kind === 'tags' ? (
                <TagsView
                  tags={knownTags}
                  onRename={(from, to) => void workspace.renameTag(from, to)}
                  onShowArticles={(tag) => {
                    workspace.library.setFilter({ ...workspace.library.getState().filter, tag });
                    workspace.showLibrary();
                    openLibrary();
                  }}
                  onClose={() => workspace.showLibrary()}
                />
              ) : state.session ? (
                !ArticleEditor ? (
                  <p className="muted" role="status">{text.loadingEditor}</p>
                ) : (
                  <ArticleEditor
                    key={state.session.key}
                    api={api}
                    session={state.session}
                    knownTags={knownTags}
                    sections={state.settings?.sections ?? noNames}
                    desk={state.settings?.desk ?? noNames}
                    site={state.settings?.site ?? defaultSettings.site}
                    proofing={state.settings?.proofing}
                    wordLists={state.wordLists}
                    inConflict={library.conflicts.has(state.session.article.id)}
                    openElsewhere={deskMarks.openElsewhere.get(state.session.article.id) ?? noEditors}
                    {...editorActions}
                  />
                )
              ) : (
                <p className="empty-state">{text.noArticleSelected}</p>
              )}
            </PaneBoundary>
          </main>
        </div>
        <ToastBar workspace={workspace} toast={state.toast} />
        <PaneBoundary text={text}>{renderDialog()}</PaneBoundary>
      </div>
      </DateStyleContext.Provider>
    </TextContext.Provider>
  );
}
