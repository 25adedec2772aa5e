import { useEffect } from 'react';
import { assertNever } from '../../../core/assert-never';
import { useText } from '../i18n/text-context';
import type { Toast, WorkspaceStore } from '../stores/workspace-store';
import { firstClickOnly } from './first-click-only';

const toastMilliseconds = 6000;
const toastWithUndoMilliseconds = 12_000;

/** The passing message at the bottom of the window, with Undo after a delete. */
export function ToastBar({ workspace, toast }: { readonly workspace: WorkspaceStore; readonly toast: Toast | undefined }) {
  const text = useText();
  useEffect(() => {
    if (!toast) return;
    // A passing message goes by itself; Undo after a delete stays long enough to reach for it.
    const timer = setTimeout(() => workspace.dismissToast(), toast.kind === 'deleted' ? toastWithUndoMilliseconds : toastMilliseconds);
    return () => clearTimeout(timer);
  }, [toast, workspace]);
  if (!toast) return null;
  const message = (() => {
    switch (toast.kind) {
      case 'deleted':
        return toast.ids.length === 1 ? text.deletedToast : text.deletedManyToast(toast.ids.length);
      case 'clipboard-empty':
        return text.importing.clipboardEmpty;
      case 'import-busy':
        return text.importing.busy;
      case 'tags-renamed':
        return text.tags.renamed(toast.count);
      case 'message':
        return toast.message;
      default:
        return assertNever(toast);
    }
  })();
  return (
    <div className="toast" role="status">
      {message}
      {toast.kind === 'deleted' && (
        <button type="button" className="link-button" onClick={firstClickOnly(() => void workspace.restoreArticles(toast.ids))}>{text.undo}</button>
      )}
      <button type="button" className="link-button" aria-label={text.dismiss} onClick={() => workspace.dismissToast()}>✕</button>
    </div>
  );
}
