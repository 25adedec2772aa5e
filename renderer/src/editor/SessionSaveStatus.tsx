import type { EditingSession } from '../stores/editing-session';
import { useStoreSelector } from '../stores/use-store-selector';
import { SaveStatus } from './SaveStatus';

/** The open article's save state, following the session on its own so the editor around it does not render for "saving". */
export function SessionSaveStatus({ session, onReload }: { readonly session: EditingSession; readonly onReload: (id: string) => void }) {
  const save = useStoreSelector(session, (state) => state.save);
  return (
    <SaveStatus
      state={save}
      onRetry={() => void session.flush()}
      onLoadTheirs={() => {
        session.discardCopy();
        onReload(session.article.id);
      }}
      onKeepMine={() => void session.keepMine()}
    />
  );
}
