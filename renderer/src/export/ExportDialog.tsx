import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/api-error';
import { exportFormats, type ExportFormat } from '../../../core/export/render-export';
import type { ApiClient } from '../api/api-client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useText } from '../i18n/text-context';
import './export.css';
import type { ProofingConfiguration } from '../../../core/proofing/proofer';
import { ProofingSummary, useProofingSummary } from '../proofing/ProofingSummary';
import { firstClickOnly } from '../app/first-click-only';

interface ExportDialogProps {
  readonly api: ApiClient;
  readonly ids: readonly string[];
  readonly defaultDirectory: string;
  /** The desktop app can show its native folder picker. */
  readonly canChooseFolder: boolean;
  /** Brings the window up to date with what the export changed; the dialog says it is done once it has. */
  readonly onFinished: () => Promise<void>;
  readonly onClose: () => void;
  /** Proofing as the settings say, for the summary before exporting; absent until the settings load. */
  readonly proofing: ProofingConfiguration | undefined;
  /** How many of the articles have no headline as the library lists them (a batch too large to read first). */
  readonly untitledInListing: number;
}

type Stage =
  | { readonly kind: 'form' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'existing'; readonly message: string }
  | { readonly kind: 'embargoed'; readonly error: ApiError }
  | { readonly kind: 'finished'; readonly files: number; readonly cancelled: boolean; readonly notPublished: number }
  | { readonly kind: 'failed'; readonly error: ApiError };

/** Export one or many articles: formats, folder, progress with cancel, and a question before replacing files. */
export function ExportDialog({ api, ids, defaultDirectory, canChooseFolder, onFinished, onClose, proofing, untitledInListing }: ExportDialogProps) {
  const messages = useText();
  const text = messages.exporting;
  const dialog = useRef<HTMLDialogElement>(null);
  const [formats, setFormats] = useState<readonly ExportFormat[]>(['html']);
  const [fragment, setFragment] = useState(false);
  const [embedFonts, setEmbedFonts] = useState(false);
  const [markPublished, setMarkPublished] = useState(false);
  // Set once the journalist chose to export under embargo; a later "replace" keeps that choice.
  const overrideEmbargo = useRef(false);
  const [directory, setDirectory] = useState(defaultDirectory);
  const [stage, setStage] = useState<Stage>({ kind: 'form' });
  const jobId = useRef(crypto.randomUUID());

  useEffect(() => {
    dialog.current?.showModal();
    return api.subscribe('jobProgress', (progress) => {
      if (progress.jobId === jobId.current && progress.kind === 'export') setStage({ kind: 'running', done: progress.done, total: progress.total });
    });
  }, [api]);

  const run = async (onExisting: 'ask' | 'replace' | 'keep-both') => {
    jobId.current = crypto.randomUUID();
    setStage({ kind: 'running', done: 0, total: ids.length });
    const result = await api.exportArticles({
      jobId: jobId.current,
      ids: [...ids],
      formats: [...formats],
      fragment,
      embedFonts: embedFonts && !fragment,
      directory,
      onExisting,
      manifest: ids.length > 1,
      markPublished,
      overrideEmbargo: overrideEmbargo.current,
    });
    if (result.ok) {
      await onFinished();
      setStage({ kind: 'finished', files: result.value.files.length, cancelled: result.value.cancelled, notPublished: result.value.notPublished?.length ?? 0 });
    } else if (result.error.code === 'conflict') {
      setStage({ kind: 'existing', message: result.error.message });
    } else if (result.error.code === 'embargoed') {
      setStage({ kind: 'embargoed', error: result.error });
    } else {
      setStage({ kind: 'failed', error: result.error });
    }
  };

  const check = useProofingSummary(api, ids, proofing, untitledInListing);
  const running = stage.kind === 'running';
  return (
    <dialog ref={dialog} className="settings-dialog export-dialog" aria-labelledby="export-title" onClose={onClose} onCancel={(event) => running && event.preventDefault()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (formats.length > 0) void run('ask');
        }}
      >
        <h2 id="export-title">{ids.length > 1 ? text.titleMany(ids.length) : text.title}</h2>
        <fieldset className="field" disabled={running}>
          <legend>{text.formats}</legend>
          {exportFormats.map((format) => (
            <label key={format} className="check">
              <input
                type="checkbox"
                checked={formats.includes(format)}
                onChange={(event) => setFormats(event.target.checked ? [...formats, format] : formats.filter((candidate) => candidate !== format))}
              />
              {text[format]}
            </label>
          ))}
          <label className="check">
            <input type="checkbox" checked={fragment} disabled={!formats.includes('html')} onChange={(event) => setFragment(event.target.checked)} />
            {text.fragment}
          </label>
          <label className="check">
            <input type="checkbox" checked={embedFonts && !fragment} disabled={!formats.includes('html') || fragment} onChange={(event) => setEmbedFonts(event.target.checked)} />
            {text.embedFonts}
          </label>
          {formats.length === 0 && <p role="alert" className="field-error">{text.noFormat}</p>}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={markPublished} disabled={running} onChange={(event) => setMarkPublished(event.target.checked)} />
          {text.markPublished}
        </label>
        <label className="field">
          <span>{text.folder}</span>
          <input dir="ltr" value={directory} disabled={running} onChange={(event) => setDirectory(event.target.value)} />
        </label>
        {canChooseFolder && (
          <button
            type="button"
            className="button"
            disabled={running}
            onClick={async () => {
              const chosen = await api.chooseFolder({ defaultPath: directory });
              if (chosen.ok && chosen.value.path) setDirectory(chosen.value.path);
            }}
          >
            {text.chooseFolder}
          </button>
        )}
        {stage.kind === 'existing' && (
          <div role="alert" className="banner banner--warning">
            <p>{text.existing}</p>
            <p dir="ltr" className="banner-detail">{stage.message}</p>
            <button type="button" className="button" onClick={() => void run('replace')}>{text.replace}</button>{' '}
            <button type="button" className="button" onClick={() => void run('keep-both')}>{text.keepBoth}</button>
          </div>
        )}
        {stage.kind === 'embargoed' && (
          <div role="alert" className="banner banner--warning">
            <p><ErrorMessage error={stage.error} /></p>
            <button
              type="button"
              className="button"
              onClick={() => {
                overrideEmbargo.current = true;
                void run('ask');
              }}
            >
              {text.exportAnyway}
            </button>
          </div>
        )}
        {stage.kind === 'finished' && (
          <p role="status">
            {stage.cancelled ? text.cancelled : text.done(stage.files)}
            {stage.notPublished > 0 && <> {text.notPublished(stage.notPublished)}</>}
          </p>
        )}
        {stage.kind === 'failed' && (
          <p role="alert" className="field-error">
            <ErrorMessage error={stage.error} />
          </p>
        )}
        <div className="dialog-actions">
          {running ? (
            // In the place of "export": the second click of a double click on it must not cancel what it started.
            <button type="button" className="button" onClick={firstClickOnly(() => void api.cancelJob({ jobId: jobId.current }))}>{text.cancel}</button>
          ) : (
            <>
              {stage.kind !== 'finished' && <button type="submit" className="button button--primary" disabled={formats.length === 0}>{text.start}</button>}
              <button type="button" className="button" onClick={onClose}>{text.close}</button>
            </>
          )}
        </div>
        {/* Below the buttons: "cancel" takes the place of "export" as the export starts, and nothing moves under the pointer. */}
        {stage.kind === 'running' && (
          <div className="export-progress">
            <progress max={stage.total || 1} value={stage.done} aria-label={text.progress(stage.done, stage.total)} />
            <span aria-live="polite">{text.progress(stage.done, stage.total)}</span>
          </div>
        )}
        {/* Last: it arrives a moment after the dialog opens (the story is proofed in a worker) and moves nothing the journalist may be clicking. */}
        {check && <ProofingSummary check={check} />}
      </form>
    </dialog>
  );
}
