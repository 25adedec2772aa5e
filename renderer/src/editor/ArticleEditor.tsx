import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleChanges } from '../../../core/article/article-schema';
import { documentExtensions } from '../../../core/document/document-extensions';
import type { ApiClient } from '../api/api-client';
import { useText } from '../i18n/text-context';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

interface ArticleEditorProps {
  readonly api: ApiClient;
  readonly article: Article;
  readonly onSaved: (article: Article) => void;
  readonly onReload: () => void;
  readonly registerSave: (save: () => Promise<void>) => void;
}

function directionOf(language: string): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur|ps|ckb|yi|dv)(-|$)/.test(language) ? 'rtl' : 'ltr';
}

/** One article: headline and TipTap body, autosaved through the API. */
export function ArticleEditor({ api, article, onSaved, onReload, registerSave }: ArticleEditorProps) {
  const text = useText();
  const [headline, setHeadline] = useState(article.headline);
  const headlineRef = useRef(article.headline);
  const direction = directionOf(article.language);

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  // The whole snapshot of what this view edits, so a retried save never misses a field.
  const collectChanges = useCallback(
    (): ArticleChanges => ({
      headline: headlineRef.current,
      ...(editorRef.current ? { body: editorRef.current.getJSON() as Article['body'] } : {}),
    }),
    [],
  );
  const autosave = useAutosave({ api, article, collectChanges, onSaved });
  const { markChanged } = autosave;

  const editor = useEditor({
    extensions: documentExtensions(),
    // The stored body is readonly data; TipTap copies it into its own document.
    content: article.body as JSONContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'article-body',
        'aria-label': text.body,
        'aria-multiline': 'true',
        role: 'textbox',
        dir: direction,
        lang: article.language,
      },
    },
    onUpdate: () => {
      markChanged();
    },
  });
  editorRef.current = editor;

  useEffect(() => registerSave(autosave.flush), [registerSave, autosave.flush]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void autosave.flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [autosave.flush]);

  const keepMine = async () => {
    const current = await api.getArticle({ id: article.id });
    if (!current.ok) return;
    await autosave.overwrite(current.value.revision);
  };

  return (
    <article className="editor" lang={article.language} dir={direction}>
      <label className="visually-hidden" htmlFor="headline">{text.headline}</label>
      <textarea
        id="headline"
        className="headline-input"
        rows={1}
        value={headline}
        placeholder={text.headlinePlaceholder}
        dir="auto"
        onChange={(event) => {
          const value = event.target.value.replace(/[\r\n]+/g, ' ');
          setHeadline(value);
          headlineRef.current = value;
          markChanged();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            editor.commands.focus('start');
          }
        }}
      />
      <EditorContent editor={editor} className="article-body-frame" />
      <footer className="status-bar" role="status" aria-live="polite">
        <SaveStatus
          state={autosave.state}
          onRetry={() => void autosave.flush()}
          onLoadTheirs={onReload}
          onKeepMine={() => void keepMine()}
        />
      </footer>
    </article>
  );
}
