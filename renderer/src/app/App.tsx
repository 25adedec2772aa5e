import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportOutcome, MenuCommand, QuarantineEntry, SettingsNotice, TrashEntry } from '../../../core/api/api-contract';
import { tagUsage } from '../../../core/article/tag-usage';
import type { ApiError } from '../../../core/api/api-error';
import type { Article, ArticleSummary } from '../../../core/article/article-schema';
import { messagesFor } from '../../../core/i18n/messages';
import { defaultSettings, type Settings, type SettingsChanges } from '../../../core/settings/settings-schema';
import { normalizeArabic } from '../../../core/text/normalize-arabic';
import { ExportDialog } from '../export/ExportDialog';
import { ImportSummaryDialog } from '../import/ImportSummaryDialog';
import { readFileAsBase64 } from '../editor/read-file-as-base64';
import type { ApiClient } from '../api/api-client';
import { ArticleEditor } from '../editor/ArticleEditor';
import { TextContext } from '../i18n/text-context';
import { LibrarySidebar, type LibraryFilter } from '../library/LibrarySidebar';
import { SettingsDialog } from '../settings/SettingsDialog';
import { TrashView } from '../trash/TrashView';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import { assertNever } from '../../../core/assert-never';

type View = { readonly kind: 'library' } | { readonly kind: 'trash'; readonly entries: readonly TrashEntry[] };

interface Toast {
  readonly message: string;
  readonly undo?: () => void;
}

/** The whole window: toolbar, library sidebar, and the article editor or the trash. */
export function App({ api }: { readonly api: ApiClient }) {
  const [settings, setSettings] = useState<Settings>();
  const [notices, setNotices] = useState<readonly SettingsNotice[]>([]);
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([]);
  const [quarantine, setQuarantine] = useState<readonly QuarantineEntry[]>([]);
  const [dismissedQuarantine, setDismissedQuarantine] = useState(0);
  const [view, setView] = useState<View>({ kind: 'library' });
  const [selected, setSelected] = useState<{ readonly article: Article; readonly version: number }>();
  const [error, setError] = useState<ApiError>();
  const [toast, setToast] = useState<Toast>();
  const [showSettings, setShowSettings] = useState(false);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [exportIds, setExportIds] = useState<readonly string[]>();
  const [exportDirectory, setExportDirectory] = useState('');
  const [isDesktop, setIsDesktop] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<LibraryFilter>({ status: '', tag: '' });
  const [importOutcomes, setImportOutcomes] = useState<readonly ImportOutcome[]>();
  const [importing, setImporting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const saveCurrent = useRef<() => Promise<void>>(async () => undefined);
  const text = messagesFor(settings?.interfaceLanguage ?? 'ar');

  const refreshList = useCallback(async () => {
    const listed = await api.listArticles({});
    if (!listed.ok) return setError(listed.error);
    setArticles(listed.value.articles);
    setQuarantine(listed.value.quarantine);
    return listed.value.articles;
  }, [api]);

  const openArticle = useCallback(
    async (id: string) => {
      await saveCurrent.current();
      const loaded = await api.getArticle({ id });
      if (!loaded.ok) return setError(loaded.error);
      setView({ kind: 'library' });
      setSelected((previous) => ({ article: loaded.value, version: (previous?.version ?? 0) + 1 }));
    },
    [api],
  );

  useEffect(() => {
    void (async () => {
      const loaded = await api.getSettings({});
      if (loaded.ok) {
        setSettings(loaded.value.settings);
        setNotices(loaded.value.notices);
      } else {
        setError(loaded.error);
      }
      const info = await api.getAppInfo({});
      if (info.ok) {
        setExportDirectory(info.value.exportDirectory);
        setIsDesktop(info.value.transport === 'ipc');
      }
      const listed = await refreshList();
      if (listed && listed[0]) await openArticle(listed[0].id);
    })();
  }, [api, refreshList, openArticle]);

  useEffect(() => {
    const language = settings?.interfaceLanguage ?? 'ar';
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  }, [settings?.interfaceLanguage]);

  // With an article open, the editor puts its headline in the title.
  const hasArticle = selected !== undefined && view.kind === 'library';
  useEffect(() => {
    if (!hasArticle) document.title = messagesFor(settings?.interfaceLanguage ?? 'ar').appName;
  }, [hasArticle, settings?.interfaceLanguage]);

  const createArticle = async () => {
    await saveCurrent.current();
    const created = await api.createArticle({});
    if (!created.ok) return setError(created.error);
    await refreshList();
    setView({ kind: 'library' });
    setSelected((previous) => ({ article: created.value, version: (previous?.version ?? 0) + 1 }));
  };

  const restoreArticle = async (id: string) => {
    const restored = await api.restoreArticle({ id });
    if (!restored.ok) return setError(restored.error);
    setToast(undefined);
    await refreshList();
    await openArticle(id);
  };

  const deleteArticle = async (id: string) => {
    if (selected?.article.id === id) await saveCurrent.current();
    const deleted = await api.deleteArticle({ id });
    if (!deleted.ok) return setError(deleted.error);
    if (selected?.article.id === id) setSelected(undefined);
    await refreshList();
    setToast({ message: text.deletedToast, undo: () => void restoreArticle(id) });
  };

  const showTrash = async () => {
    await saveCurrent.current();
    const trash = await api.listTrash({});
    if (!trash.ok) return setError(trash.error);
    setView({ kind: 'trash', entries: trash.value });
  };

  const saveSettings = async (changes: SettingsChanges, closeDialog = true) => {
    const saved = await api.updateSettings({ changes });
    if (!saved.ok) return setError(saved.error);
    setSettings(saved.value);
    if (closeDialog) setShowSettings(false);
  };

  const startExport = async (ids: readonly string[]) => {
    await saveCurrent.current();
    setExportIds(ids);
  };

  const finishExport = async () => {
    await refreshList();
    if (selected && exportIds?.includes(selected.article.id)) await openArticle(selected.article.id);
  };

  // Derived from the summaries already listed, so a save costs one listing, not two.
  const knownTags = useMemo(() => tagUsage(articles), [articles]);

  const visibleArticles = articles.filter(
    (article) => (!filter.status || article.status === filter.status) && (!filter.tag || article.tags.some((tag) => normalizeArabic(tag) === normalizeArabic(filter.tag))),
  );

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setImporting(true);
    try {
      const encoded = await Promise.all(files.map(async (file) => ({ name: file.name, dataBase64: await readFileAsBase64(file) })));
      const imported = await api.importFiles({ files: encoded });
      if (!imported.ok) return setError(imported.error);
      setImportOutcomes(imported.value);
      await refreshList();
      const first = imported.value.find((outcome) => outcome.ok);
      if (first?.ok) await openArticle(first.id);
    } finally {
      setImporting(false);
    }
  };

  const pasteAsArticle = async () => {
    let html: string | undefined;
    let plain = '';
    try {
      for (const item of await navigator.clipboard.read()) {
        if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
        if (item.types.includes('text/plain')) plain = await (await item.getType('text/plain')).text();
      }
    } catch {
      plain = await navigator.clipboard.readText().catch(() => '');
    }
    if (!plain.trim() && !html?.trim()) return setToast({ message: text.importing.clipboardEmpty });
    const pasted = await api.importPasted({ ...(html ? { html } : {}), text: plain });
    if (!pasted.ok) return setError(pasted.error);
    if (!pasted.value.ok) return setImportOutcomes([pasted.value]);
    await refreshList();
    await openArticle(pasted.value.id);
  };

  const runMenuCommand = useRef<(command: MenuCommand) => void>(() => undefined);
  runMenuCommand.current = (command) => {
    switch (command) {
      case 'newArticle':
        return void createArticle();
      case 'save':
        return void saveCurrent.current();
      case 'deleteArticle':
        return selected ? void deleteArticle(selected.article.id) : undefined;
      case 'openSettings':
        return setShowSettings(true);
      case 'showTrash':
        return void showTrash();
      case 'import':
        return importInput.current?.click();
      case 'pasteAsArticle':
        return void pasteAsArticle();
      case 'showShortcuts':
        return setShowShortcuts(true);
      default:
        return assertNever(command);
    }
  };

  useEffect(() => {
    const stopLibrary = api.subscribe('libraryChanged', () => void refreshList());
    const stopMenu = api.subscribe('menuCommand', ({ command }) => runMenuCommand.current(command));
    // The window is closing or the app stopping: save what was typed, then say so.
    const stopFlush = api.subscribe('flushRequested', ({ requestId }) => {
      void saveCurrent.current().finally(() => void api.reportFlushed({ requestId }));
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === '/') {
        event.preventDefault();
        runMenuCommand.current('showShortcuts');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stopLibrary();
      stopMenu();
      stopFlush();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [api, refreshList]);

  const registerSave = useCallback((save: () => Promise<void>) => {
    saveCurrent.current = save;
  }, []);

  const onSaved = useCallback((article: Article) => {
    setArticles((list) =>
      list.map((summary) =>
        summary.id === article.id
          ? { ...summary, headline: article.headline, slug: article.slug, status: article.status, tags: article.tags, revision: article.revision, updatedAt: article.updatedAt }
          : summary,
      ),
    );
  }, []);

  const newQuarantine = quarantine.length - dismissedQuarantine;

  return (
    <TextContext.Provider value={text}>
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
          <h1 className="app-name">{text.appName}</h1>
          <div className="toolbar-actions">
            <button type="button" className="button button--primary" onClick={() => void createArticle()}>
              {text.newArticle}
            </button>
            <button type="button" className="button" onClick={() => importInput.current?.click()} aria-busy={importing}>
              {importing ? text.importing.working : text.importing.import}
            </button>
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
            <button type="button" className="button" onClick={() => void pasteAsArticle()}>{text.importing.pasteAsArticle}</button>
            <button type="button" className="button" onClick={() => void showTrash()}>{text.trash}</button>
            <button type="button" className="button" onClick={() => setShowSettings(true)}>{text.settings}</button>
          </div>
        </header>
        {error && (
          <div className="banner banner--error" role="alert">
            {text.errors[error.code]} <bdi className="banner-detail" dir="ltr">{error.message}</bdi>
            <button type="button" className="link-button" onClick={() => setError(undefined)}>{text.dismiss}</button>
          </div>
        )}
        {notices.map((notice) => (
          <div key={notice.backupFile} className="banner banner--warning" role="alert">
            {text.settingsRecovered(notice.backupFile)}
            <button type="button" className="link-button" onClick={() => setNotices([])}>{text.dismiss}</button>
          </div>
        ))}
        {newQuarantine > 0 && (
          <div className="banner banner--warning" role="alert" data-testid="quarantine-notice">
            {text.quarantineNotice(newQuarantine)}
            <ul className="banner-list">
              {quarantine.slice(0, newQuarantine).map((entry) => (
                <li key={entry.file} dir="ltr"><bdi>{entry.originalName}</bdi>: {entry.reason}</li>
              ))}
            </ul>
            <button type="button" className="link-button" onClick={() => setDismissedQuarantine(quarantine.length)}>{text.dismiss}</button>
          </div>
        )}
        <div className="workspace">
          <LibrarySidebar
            articles={visibleArticles}
            selectedId={selected?.article.id}
            onSelect={(id) => void openArticle(id)}
            onDelete={(id) => void deleteArticle(id)}
            checked={checked}
            onCheck={setChecked}
            filter={filter}
            onFilter={setFilter}
            knownTags={knownTags}
            onExport={(ids) => void startExport(ids)}
          />
          <main className="main">
            {view.kind === 'trash' ? (
              <TrashView entries={view.entries} onRestore={(id) => void restoreArticle(id)} onClose={() => setView({ kind: 'library' })} />
            ) : selected ? (
              <ArticleEditor
                key={`${selected.article.id}:${selected.version}`}
                api={api}
                article={selected.article}
                library={articles}
                knownTags={knownTags}
                sections={settings?.sections ?? []}
                onAddSection={(section) => {
                  if (settings && !settings.sections.includes(section)) void saveSettings({ sections: [...settings.sections, section] }, false);
                }}
                onSaved={onSaved}
                onReload={() => void openArticle(selected.article.id)}
                registerSave={registerSave}
                site={settings?.site ?? defaultSettings.site}
                onExport={() => void startExport([selected.article.id])}
                onNotice={(message) => setToast({ message })}
              />
            ) : (
              <p className="empty-state">{text.noArticleSelected}</p>
            )}
          </main>
        </div>
        {toast && (
          <div className="toast" role="status">
            {toast.message}
            {toast.undo && <button type="button" className="link-button" onClick={toast.undo}>{text.undo}</button>}
            <button type="button" className="link-button" aria-label={text.dismiss} onClick={() => setToast(undefined)}>✕</button>
          </div>
        )}
        {importOutcomes && (
          <ImportSummaryDialog
            outcomes={importOutcomes}
            onOpen={(id) => {
              setImportOutcomes(undefined);
              void openArticle(id);
            }}
            onClose={() => setImportOutcomes(undefined)}
          />
        )}
        {exportIds && (
          <ExportDialog api={api} ids={exportIds} defaultDirectory={exportDirectory} canChooseFolder={isDesktop} onFinished={() => void finishExport()} onClose={() => setExportIds(undefined)} />
        )}
        {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
        {showSettings && settings && (
          <SettingsDialog
            settings={settings}
            onSave={(changes) => void saveSettings(changes)}
            onClose={() => setShowSettings(false)}
            onStoreImage={async (file) => {
              const stored = await api.storeMedia({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
              if (stored.ok) return stored.value.src;
              setError(stored.error);
              return undefined;
            }}
          />
        )}
      </div>
    </TextContext.Provider>
  );
}
