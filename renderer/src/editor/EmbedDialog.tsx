import { useEffect, useRef, useState } from 'react';
import { isSafeLinkUrl } from '../../../core/text/is-safe-link-url';
import { useText } from '../i18n/text-context';
import { interfaceTextAttributes } from '../i18n/interface-text-attributes';
import { fieldDirection } from '../../../core/text/field-direction';

interface EmbedDialogProps {
  readonly onInsert: (url: string, title: string) => void;
  readonly onClose: () => void;
}

/** Asks for the address of a tweet, video or page to show as an offline link card. */
export function EmbedDialog({ onInsert, onClose }: EmbedDialogProps) {
  const messages = useText();
  const { editor: text, direction } = messages;
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="embed-title" onClose={onClose} {...interfaceTextAttributes(messages)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const candidate = url.trim();
          if (!isSafeLinkUrl(candidate) || candidate.startsWith('mailto:')) return setError(true);
          onInsert(candidate, title.trim());
        }}
      >
        <h2 id="embed-title">{text.embed}</h2>
        <label className="field">
          <span>{text.embedUrl}</span>
          <input dir="ltr" value={url} autoFocus aria-invalid={error} onChange={(event) => { setUrl(event.target.value); setError(false); }} placeholder="https://x.com/…" />
        </label>
        {error && <p role="alert" className="field-error">{text.invalidEmbed}</p>}
        <label className="field">
          <span>{text.embedTitle}</span>
          <input dir={fieldDirection(title, direction)} value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">{text.insert}</button>
          <button type="button" className="button" onClick={onClose}>{text.cancel}</button>
        </div>
      </form>
    </dialog>
  );
}
