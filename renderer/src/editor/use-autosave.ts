import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleChanges } from '../../../core/article/article-schema';
import type { ApiError } from '../../../core/api/api-error';
import type { ApiClient } from '../api/api-client';
import { isDesktopWindow } from '../api/choose-api-client';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'conflict'; readonly currentRevision: number | undefined };

const typingPause = 1000;
const retryDelay = 5000;

interface AutosaveOptions {
  readonly api: ApiClient;
  readonly article: Article;
  /** Reads the changed fields at save time, so typing never builds a save payload. */
  readonly collectChanges: () => ArticleChanges;
  readonly onSaved: (article: Article) => void;
}

/** Saves a second after typing stops, on demand, and on leaving; keeps the text and retries on failure. */
export function useAutosave({ api, article, collectChanges, onSaved }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const revision = useRef(article.revision);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ api, collectChanges, onSaved, id: article.id });
  latest.current = { api, collectChanges, onSaved, id: article.id };
  const blocked = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current || blocked.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const work = (async () => {
      const { api: client, collectChanges: collect, id } = latest.current;
      const result = await client.saveArticle({ id, baseRevision: revision.current, changes: collect() });
      if (result.ok) {
        revision.current = result.value.revision;
        latest.current.onSaved(result.value);
        setState(dirty.current ? { kind: 'unsaved' } : { kind: 'saved' });
        return;
      }
      dirty.current = true;
      if (result.error.code === 'conflict') {
        blocked.current = true;
        setState({ kind: 'conflict', currentRevision: result.error.currentRevision });
        return;
      }
      setState({ kind: 'failed', error: result.error });
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void flush();
      }, retryDelay);
    })();
    inFlight.current = work;
    await work;
    inFlight.current = undefined;
    if (dirty.current && !blocked.current && timer.current === undefined) schedule();
  }, []);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flush();
    }, typingPause);
  }, [flush]);

  const markChanged = useCallback(() => {
    dirty.current = true;
    if (!blocked.current) setState((current) => (current.kind === 'failed' ? current : { kind: 'unsaved' }));
    schedule();
  }, [schedule]);

  /** After a conflict: save on top of the newer revision, deliberately replacing it. */
  const overwrite = useCallback(async (currentRevision: number) => {
    revision.current = currentRevision;
    blocked.current = false;
    dirty.current = true;
    await flush();
  }, [flush]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current && !inFlight.current) return;
      // The request starts now and is sent with keepalive, so it outlives the page.
      void flush();
      // In Electron a cancelled beforeunload silently blocks the close; the main process has already
      // asked this page to flush (flushRequested). A browser tab asks the journalist instead.
      if (!isDesktopWindow()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void flush();
    };
  }, [flush]);

  return { state, markChanged, flush, overwrite };
}
