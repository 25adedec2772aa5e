import { getSchema } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import type { Article, EditedBy } from '../../../core/article/article-schema';
import { documentExtensions, editingExtensions } from '../../../core/document/document-extensions';
import { FieldRewriteStep, type FieldsRewrite } from '../../../core/document/field-rewrite-step';
import { FigureImage } from '../../../core/document/figure-image';
import { fitBodyToSchema } from '../../../core/document/fit-body-to-schema';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { renderArticleHtml } from '../../../core/export/render-article-html';
import type { ProofingSettings, SiteBranding } from '../../../core/settings/settings-schema';
import type { WordListName } from '../../../core/proofing/word-list-names';
import { ProofingPanel } from '../proofing/ProofingPanel';
import '../proofing/proofing.css';
import { useProofing, useProofingExtension } from '../proofing/use-proofing';
import type { WordLists } from '../stores/workspace-store';
import type { ApiClient } from '../api/api-client';
import { PaneBoundary } from '../app/PaneBoundary';
import { HistoryPanel } from '../history/HistoryPanel';
import { PreviewPane } from '../preview/PreviewPane';
import { useText } from '../i18n/text-context';
import { interfaceTextAttributes } from '../i18n/interface-text-attributes';
import { useDateStyle } from '../i18n/date-style-context';
import { ErrorMessage } from '../app/ErrorMessage';
import { shortcutKey } from '../app/shortcut-key';
import { headlineLimit, type ArticleFields } from './article-fields';
import { CountsBar } from './CountsBar';
import { EditorToolbar } from './EditorToolbar';
import { editorBodySource } from './editor-body-source';
import { EmbedDialog } from './EmbedDialog';
import { EditableFigureImage } from './FigureImageView';
import { FindBar } from './FindBar';
import { LinkBubble } from './LinkBubble';
import { MetadataPanel } from './MetadataPanel';
import { LengthCounter } from './LengthCounter';
import { TagSuggestions } from './TagSuggestions';
import { WindowTitle } from './WindowTitle';
import { WorkflowPanel } from './WorkflowPanel';
import { readFileAsBase64 } from './read-file-as-base64';
import { SessionSaveStatus } from './SessionSaveStatus';
import type { EditingSession } from '../stores/editing-session';
import { useStoreSelector } from '../stores/use-store-selector';
import './editor.css';
import '../preview/preview.css';
import { fieldDirection } from '../../../core/text/field-direction';

interface ArticleEditorProps {
  readonly api: ApiClient;
  readonly session: EditingSession;
  readonly knownTags: readonly TagUsage[];
  readonly sections: readonly string[];
  /** The people articles can be assigned to (settings). */
  readonly desk: readonly string[];
  readonly onAddSection: (section: string) => void;
  /** Opens the article again from disk (after a conflict: "load theirs"). */
  readonly onReload: (id: string) => void;
  readonly site: SiteBranding;
  readonly onExport: (id: string) => void;
  readonly onNotice: (message: string) => void;
  /** After an earlier version was restored as the newest revision. */
  readonly onRestored: (article: Article) => void;
  readonly proofing: ProofingSettings | undefined;
  readonly wordLists: WordLists;
  readonly onAddWord: (list: WordListName, word: string) => void;
  /** Desk sync found this article edited here and elsewhere apart; the other version is in History. */
  readonly inConflict: boolean;
  /** Who has this story open on another machine now (desk presence): a warning, never a lock. */
  readonly openElsewhere: readonly EditedBy[];
  readonly onResolveConflict: (id: string) => void;
}

const maximumPasteBytes = 2 * 1024 * 1024;

type SideTab = 'metadata' | 'preview' | 'proofing' | 'history';

/**
 * One article: headline, standfirst and TipTap body in the middle, newsroom metadata beside; its
 * state is the EditingSession. Rendered again only when its props change: a save re-lists the
 * library around it, and a 10,000-word editor must not render for that.
 */
export const ArticleEditor = memo(function ArticleEditor({ api, session, knownTags, sections, desk, onAddSection, onReload, site, onExport, onNotice, onRestored, proofing, wordLists, onAddWord, inConflict, openElsewhere, onResolveConflict }: ArticleEditorProps) {
  const text = useText();
  // The story is laid out in its own language; the labels, bars and notices around it in the interface's.
  const interfaceText = interfaceTextAttributes(text);
  const dateStyle = useDateStyle();
  const { article } = session;
  // Each part on its own: typing's save states ("saving") do not render the whole editor again.
  const fields = useStoreSelector(session, (state) => state.fields);
  const preview = useStoreSelector(session, (state) => state.preview);
  const restoredCopy = useStoreSelector(session, (state) => state.restoredCopy);
  const statusHistory = useStoreSelector(session, (state) => state.statusHistory);
  const reopened = useStoreSelector(session, (state) => state.reopened);
  const statusError = useStoreSelector(session, (state) => state.statusError);
  const [linkEditing, setLinkEditing] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [notice, setNotice] = useState<ReactNode>();
  const [sideTab, setSideTab] = useState<SideTab>('metadata');
  const direction = directionOfLanguage(fields.language);
  const update = (changes: Partial<ArticleFields>) => session.update(changes);
  // The Arabic tools and "replace all" rewrite the headline and standfirst in the body's own
  // transaction (FieldRewrite), so that one undo takes back both; the fields follow its steps below.
  const fieldsRewrittenBy = (rewrite: (text: string) => string): FieldsRewrite => {
    const from = { headline: fields.headline, standfirst: fields.standfirst };
    return { from, to: { headline: rewrite(from.headline), standfirst: rewrite(from.standfirst) } };
  };

  useEffect(() => session.watchPreview(sideTab === 'preview'), [sideTab, session]);

  const proofingBinding = useProofingExtension(session.readOnly !== undefined);
  const proofingExtension = proofingBinding.extension;
  const extensions = useMemo(
    () => [...documentExtensions().filter((extension) => extension.name !== FigureImage.name), EditableFigureImage, ...editingExtensions(), proofingExtension],
    [proofingExtension],
  );
  const content = useMemo(() => {
    const schema = getSchema(extensions);
    // Opened again after its pane failed, the editor shows the text as it was typed, not as the article was opened.
    return fitBodyToSchema(session.bodyToShow, { nodes: new Set(Object.keys(schema.nodes)), marks: new Set(Object.keys(schema.marks)) });
  }, [extensions, session]);
  const editor = useEditor({
    extensions,
    editable: !session.readOnly,
    // The stored body is readonly data; TipTap copies it into its own document.
    content: content as JSONContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'article-body',
        'aria-label': text.body,
        'aria-multiline': 'true',
        role: 'textbox',
        dir: direction,
        lang: fields.language,
        // Our own proofing underlines; the browser's checker would underline a second time, without Arabic.
        spellcheck: 'false',
      },
      handlePaste: (_view, event) => {
        const data = event.clipboardData;
        const size = Math.max(data?.getData('text/html').length ?? 0, data?.getData('text/plain').length ?? 0);
        if (size <= maximumPasteBytes) return false;
        setNotice(text.editor.pasteTooLarge);
        return true;
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && shortcutKey(event) === 'k') {
          event.preventDefault();
          setLinkEditing(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: () => session.markBodyChanged(),
  });

  useEffect(() => session.attachBody(editorBodySource(editor)), [session, editor]);

  // A rewrite of the fields, done or undone or redone with the body: a field typed in since keeps its typing.
  useEffect(() => {
    const followFieldRewrites = ({ transaction }: { readonly transaction: Transaction }) => {
      for (const step of transaction.steps) {
        if (!(step instanceof FieldRewriteStep)) continue;
        const current = session.getState().fields;
        const headline = current.headline === step.from.headline ? step.to.headline : current.headline;
        const standfirst = current.standfirst === step.from.standfirst ? step.to.standfirst : current.standfirst;
        if (headline !== current.headline || standfirst !== current.standfirst) session.update({ headline, standfirst });
      }
    };
    editor.on('transaction', followFieldRewrites);
    return () => {
      editor.off('transaction', followFieldRewrites);
    };
  }, [session, editor]);

  const proofingTools = useProofing({ editor, binding: proofingBinding, settings: proofing, dateStyle, wordLists, fields, update, onAddWord });

  useEffect(() => {
    editor.commands.setEditorDirection(direction);
    editor.view.dom.setAttribute('lang', fields.language);
  }, [editor, direction, fields.language]);

  // A brand-new article starts at its headline, once this editor (not the previous one) is mounted.
  const isNew = article.revision === 1 && article.headline === '';
  useEffect(() => {
    if (!isNew) return;
    const headline = document.getElementById('headline') as HTMLTextAreaElement | null;
    headline?.focus();
    // After what was typed while the story was on its way (see WorkspaceStore.typeAhead).
    headline?.setSelectionRange(headline.value.length, headline.value.length);
  }, [isNew]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = shortcutKey(event);
      if (key === 's') {
        event.preventDefault();
        void session.flush();
      } else if (key === 'f' && !event.shiftKey && !document.activeElement?.closest('.sidebar')) {
        event.preventDefault();
        setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);

  const insertImage = async (file: File) => {
    setNotice(undefined);
    const stored = await api.storeMedia({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
    if (!stored.ok) return setNotice(<>{text.editor.imageFailed}: <ErrorMessage error={stored.error} /></>);
    editor.chain().focus().insertFigureImage({ src: stored.value.src, alt: '' }).run();
  };

  const headlineOver = fields.headline.length > headlineLimit;

  const copyHtml = async () => {
    try {
      await navigator.clipboard.writeText(renderArticleHtml(session.snapshot(), { form: 'fragment', dateStyle }));
      onNotice(text.exporting.copied);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="article-workspace">
      <WindowTitle session={session} headline={fields.headline} />
      <article className="editor" lang={fields.language} dir={direction}>
        {inConflict && (
          <div className="banner banner--warning conflict-notice" role="status" {...interfaceText}>
            <p>{text.deskSync.conflictNotice}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => setSideTab('history')}>{text.deskSync.compareInHistory}</button>
              <button type="button" className="button" onClick={() => onResolveConflict(article.id)}>{text.deskSync.resolved}</button>
            </div>
          </div>
        )}
        {openElsewhere.length > 0 && (
          <div className="banner banner--warning open-elsewhere-notice" role="status" {...interfaceText}>
            <p>{text.deskSync.editingNotice(openElsewhere.map((editor) => text.deskSync.who(editor.name, editor.machine)))}</p>
          </div>
        )}
        <div className="headline-block">
          <label htmlFor="headline" className="field-label-row" {...interfaceText}>
            <span className="visually-hidden">{text.headline}</span>
            <LengthCounter length={fields.headline.length} limit={headlineLimit} hidden />
          </label>
          <textarea
            id="headline"
            className="headline-input"
            spellCheck={false}
            rows={1}
            value={fields.headline}
            readOnly={session.readOnly !== undefined}
            placeholder={text.headlinePlaceholder}
            dir={fieldDirection(fields.headline, direction)}
            aria-describedby="headline-count"
            onChange={(event) => update({ headline: event.target.value.replace(/[\r\n]+/g, ' ') })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                document.getElementById('standfirst')?.focus();
              }
            }}
          />
          <span id="headline-count" className="visually-hidden">
            {text.metadata.limit(String(fields.headline.length), String(headlineLimit))} {headlineOver ? text.metadata.overLimit : ''}
          </span>
          {headlineOver && (
            <small className="field-warning headline-warning" aria-hidden="true" {...interfaceText}>
              {text.metadata.headlineOverLimit(fields.headline.length - headlineLimit)}
            </small>
          )}
        </div>
        <label className="visually-hidden" htmlFor="standfirst">{text.metadata.standfirst}</label>
        <textarea
          id="standfirst"
          className="standfirst-input"
          spellCheck={false}
          rows={2}
          dir={fieldDirection(fields.standfirst, direction)}
          value={fields.standfirst}
          readOnly={session.readOnly !== undefined}
          placeholder={text.metadata.standfirst}
          onChange={(event) => update({ standfirst: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              editor.commands.focus('start');
            }
          }}
        />
        {!session.readOnly && (
          <div className="editor-chrome" {...interfaceText}>
            <EditorToolbar
              editor={editor}
              onLink={() => setLinkEditing(true)}
              onImage={(file) => void insertImage(file)}
              onEmbed={() => setEmbedOpen(true)}
              onFind={() => setFindOpen(true)}
              fieldsRewrittenBy={fieldsRewrittenBy}
            />
            {findOpen && <FindBar editor={editor} fields={fields} fieldsRewrittenBy={fieldsRewrittenBy} onClose={() => setFindOpen(false)} />}
          </div>
        )}
        {fields.dateline.place && (
          <p className="dateline-preview" aria-hidden="true">
            {direction === 'rtl' ? `${fields.dateline.place} ـ` : `${fields.dateline.place.toLocaleUpperCase()} —`}
          </p>
        )}
        <EditorContent editor={editor} className="article-body-frame" />
        <LinkBubble editor={editor} editing={linkEditing} onEdit={() => setLinkEditing(true)} onDone={() => setLinkEditing(false)} />
        {proofingTools.menuElement}
        {embedOpen && (
          <EmbedDialog
            onClose={() => setEmbedOpen(false)}
            onInsert={(url, title) => {
              editor.chain().focus().insertEmbedCard({ url, title }).run();
              setEmbedOpen(false);
            }}
          />
        )}
        {restoredCopy && (
          <p className="banner banner--warning restored-copy-notice" role="status" {...interfaceText}>{text.restoredCopy}</p>
        )}
        {session.readOnly && (
          <p className="banner banner--warning read-only-notice" role="status" {...interfaceText}>{text.readOnlyArticle}</p>
        )}
        <footer className="status-bar" {...interfaceText}>
          <span role="status" aria-live="polite">
            <SessionSaveStatus session={session} onReload={onReload} />
          </span>
          {notice && (
            <span role="alert" className="status-notice">
              {notice}
              <button type="button" className="link-button" onClick={() => setNotice(undefined)}>{text.dismiss}</button>
            </span>
          )}
          <CountsBar editor={editor} />
        </footer>
      </article>
      <div className={sideTab === 'preview' || sideTab === 'history' ? 'side-panel side-panel--wide' : 'side-panel'}>
        <div className="side-tabs">
          <div role="tablist" aria-label={text.preview.modes} className="side-tablist">
          <button type="button" role="tab" id="tab-metadata" aria-controls="panel-side" aria-selected={sideTab === 'metadata'} onClick={() => setSideTab('metadata')}>
            {text.preview.metadataTab}
          </button>
          <button type="button" role="tab" id="tab-preview" aria-controls="panel-side" aria-selected={sideTab === 'preview'} onClick={() => setSideTab('preview')}>
            {text.preview.tab}
          </button>
          <button type="button" role="tab" id="tab-proofing" aria-controls="panel-side" aria-selected={sideTab === 'proofing'} onClick={() => setSideTab('proofing')}>
            {text.proofing.tab}
          </button>
          <button type="button" role="tab" id="tab-history" aria-controls="panel-side" aria-selected={sideTab === 'history'} onClick={() => setSideTab('history')}>
            {text.history.tab}
          </button>
          </div>
          <span className="side-actions">
            <button type="button" className="button" onClick={() => void copyHtml()}>{text.exporting.copyHtml}</button>
            <button type="button" className="button button--primary" onClick={() => onExport(article.id)}>{text.exporting.export}</button>
          </span>
        </div>
        <div id="panel-side" role="tabpanel" aria-labelledby={`tab-${sideTab}`} className="side-panel-body">
          {sideTab === 'preview' ? (
            <PaneBoundary text={text}>
              <PreviewPane article={preview} site={site} />
            </PaneBoundary>
          ) : sideTab === 'proofing' ? (
            <PaneBoundary text={text}>
              <ProofingPanel
                editor={editor}
                fieldFindings={proofingTools.fieldFindings}
                loading={proofingTools.loading}
                readOnly={session.readOnly !== undefined}
                onShow={proofingTools.show}
                onFix={proofingTools.fix}
                onStep={proofingTools.step}
              />
            </PaneBoundary>
          ) : sideTab === 'history' ? (
            <PaneBoundary text={text}>
              <HistoryPanel api={api} session={session} onRestored={onRestored} />
            </PaneBoundary>
          ) : (
            <MetadataPanel
              fields={fields}
              onChange={update}
              sections={sections}
              onAddSection={onAddSection}
              knownTags={knownTags}
              slugTaken={session.isSlugTaken()}
              readOnly={session.readOnly !== undefined}
              siteUrl={site.url}
              tagSuggestions={<TagSuggestions session={session} knownTags={knownTags} tags={fields.tags} onAdd={(tag) => update({ tags: [...fields.tags, tag] })} />}
            >
              <WorkflowPanel
                status={fields.status}
                statusHistory={statusHistory}
                assignee={fields.assignee}
                desk={desk}
                reopened={reopened}
                statusError={statusError}
                readOnly={session.readOnly !== undefined}
                onMove={(status) => void session.changeStatus(status)}
                onAssign={(assignee) => update({ assignee })}
                onDismissReopened={() => session.dismissReopened()}
              />
            </MetadataPanel>
          )}
        </div>
      </div>
    </div>
  );
});
