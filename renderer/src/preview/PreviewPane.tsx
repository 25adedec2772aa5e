import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Article } from '../../../core/article/article-schema';
import { isMediaSource } from '../../../core/document/media-source';
import { mediaSourcesOf } from '../../../core/document/media-sources-of';
import { articleDescription, renderArticleHtml } from '../../../core/export/render-article-html';
import type { SiteBranding } from '../../../core/settings/settings-schema';
import { useDateStyle } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import { previewFontFaces } from './preview-font-faces';
import { SearchSnippet } from './SearchSnippet';
import { SocialCard } from './SocialCard';
import { useFitScale } from './use-fit-scale';
import './preview.css';

export const previewModes = ['desktop', 'mobile', 'social', 'search', 'print'] as const;
export type PreviewMode = (typeof previewModes)[number];

// The desktop view is a desktop screen and the print view an A4 sheet (210 mm at 96 dpi), each shrunk to fit the pane.
const naturalWidths: Readonly<Record<PreviewMode, number | undefined>> = { desktop: 1200, mobile: undefined, social: undefined, search: undefined, print: 794 };

// Scripts stay off (no allow-scripts); same origin only so the pane can keep the scroll position.
const previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:";

interface PreviewPaneProps {
  readonly article: Article;
  readonly site: SiteBranding;
}

interface PreviewStageProps {
  readonly mode: PreviewMode;
  readonly html: string;
  readonly frame: RefObject<HTMLIFrameElement | null>;
  readonly onFrameLoad: () => void;
}

/** The sandboxed frame, a desktop screen or an A4 sheet shrunk to fit where it is shown (the pane, or the whole window). */
function PreviewStage({ mode, html, frame, onFrameLoad }: PreviewStageProps) {
  const text = useText().preview;
  const fitBox = useRef<HTMLDivElement>(null);
  const naturalWidth = naturalWidths[mode];
  // The frame's 1px border sits outside the page's width.
  const fit = useFitScale(fitBox, naturalWidth && naturalWidth + 2);
  return (
    <div className={`preview-stage preview-stage--${mode}`}>
      <div className="preview-fit" ref={fitBox}>
        <div className="preview-sizer" style={naturalWidth ? { inlineSize: (naturalWidth + 2) * fit.scale } : undefined}>
          <iframe
            ref={frame}
            title={text.frameTitle}
            className={naturalWidth ? 'preview-frame preview-frame--scaled' : 'preview-frame'}
            style={naturalWidth ? { inlineSize: naturalWidth, blockSize: fit.pageHeight - 2, transform: `scale(${fit.scale})` } : undefined}
            sandbox="allow-same-origin allow-modals"
            srcDoc={html}
            data-mode={mode}
            data-scale={fit.scale.toFixed(3)}
            onLoad={onFrameLoad}
          />
        </div>
      </div>
    </div>
  );
}

/** The preview over the whole window, closed with Escape or its button; the pane waits behind it. */
function FullWindow({ label, onClose, children }: { readonly label: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="preview-dialog" aria-label={label} onClose={onClose}>
      {children}
    </dialog>
  );
}

/** The very HTML that export writes, in a sandboxed frame inside the site template, in five views, in the pane or over the whole window. */
export function PreviewPane({ article, site }: PreviewPaneProps) {
  const text = useText().preview;
  const dateStyle = useDateStyle();
  const [mode, setMode] = useState<PreviewMode>('desktop');
  const [fullWindow, setFullWindow] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const windowButton = useRef<HTMLButtonElement>(null);
  // The button that opened the full window went with the pane's views into it: focus goes back to the pane's.
  const leaveFullWindow = () => {
    flushSync(() => setFullWindow(false));
    windowButton.current?.focus();
  };
  const scroll = useRef(0);
  const html = useMemo(() => {
    const page = renderArticleHtml(article, { form: 'document', stylesheet: true, fontFaceCss: previewFontFaces, site, contentSecurityPolicy: previewPolicy, dateStyle });
    // The print view shows the print stylesheet on screen.
    return mode === 'print' ? page.replace('@media print {', '@media all { body { padding: 18mm 16mm; }') : page;
  }, [article, site, mode, dateStyle]);

  // The scroll position is followed as the editor scrolls the page, not read when the HTML changes:
  // by then a newer page may already be loading and report 0. The full window opens where the pane was.
  const onFrameLoad = () => {
    const view = frame.current?.contentWindow;
    if (!view) return;
    view.scrollTo(0, scroll.current);
    view.addEventListener('scroll', () => {
      scroll.current = view.scrollY;
    });
  };

  const image = mediaSourcesOf(article.body)[0] ?? (isMediaSource(site.logo) ? site.logo : undefined);

  const views = (
    <>
      <div className="preview-bar">
        <div className="preview-modes" role="radiogroup" aria-label={text.modes}>
          {previewModes.map((candidate) => (
            <button key={candidate} type="button" role="radio" aria-checked={mode === candidate} className={mode === candidate ? 'preview-mode preview-mode--active' : 'preview-mode'} onClick={() => setMode(candidate)}>
              {text[candidate]}
            </button>
          ))}
        </div>
        {mode === 'print' && (
          <button type="button" className="button" onClick={() => frame.current?.contentWindow?.print()}>{text.printNow}</button>
        )}
        <button ref={windowButton} type="button" className="button preview-window-button" onClick={() => (fullWindow ? leaveFullWindow() : setFullWindow(true))}>
          {fullWindow ? text.backToEditor : text.fillWindow}
        </button>
      </div>
      {mode === 'social' ? (
        <SocialCard article={article} site={site} image={image} description={articleDescription(article)} />
      ) : mode === 'search' ? (
        <SearchSnippet article={article} site={site} description={articleDescription(article)} />
      ) : (
        <PreviewStage mode={mode} html={html} frame={frame} onFrameLoad={onFrameLoad} />
      )}
    </>
  );

  return (
    <section className="preview-pane" aria-label={text.tab}>
      {fullWindow ? (
        <FullWindow label={text.tab} onClose={leaveFullWindow}>
          {views}
        </FullWindow>
      ) : (
        views
      )}
    </section>
  );
}
