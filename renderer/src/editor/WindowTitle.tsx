import { useEffect } from 'react';
import { useText } from '../i18n/text-context';
import type { EditingSession } from '../stores/editing-session';
import { useStoreSelector } from '../stores/use-store-selector';

/**
 * Names the story in the window title and marks typing not yet saved (•), as desktop editors do. On
 * its own, so the unsaved mark coming and going at each pause in typing does not render the editor again.
 */
export function WindowTitle({ session, headline }: { readonly session: EditingSession; readonly headline: string }) {
  const text = useText();
  const pending = useStoreSelector(session, (state) => state.save.kind !== 'saved');
  useEffect(() => {
    document.title = `${pending ? '• ' : ''}${headline.trim() || text.untitled} — ${text.appName}`;
  }, [pending, headline, text]);
  return null;
}
