import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isSafeLinkUrl } from '../../../core/text/is-safe-link-url';
import { linkTargetOf } from '../../../core/text/link-target-of';
import { useText } from '../i18n/text-context';
import { interfaceTextAttributes } from '../i18n/interface-text-attributes';

const linkBubbleKey = 'linkBubble';

interface LinkBubbleProps {
  readonly editor: Editor;
  /** Set when the journalist asked to add or edit a link (toolbar, Mod+K, or "edit" in this bubble). */
  readonly editing: boolean;
  readonly onEdit: () => void;
  readonly onDone: () => void;
}

/** A small bubble over the selection to set, change or remove a link; refuses unsafe addresses. */
export function LinkBubble({ editor, editing, onEdit, onDone }: LinkBubbleProps) {
  const messages = useText();
  const text = messages.editor;
  const [address, setAddress] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Read again as the caret moves, so the bubble over a link names that link.
  const href = useEditorState({ editor, selector: ({ editor: current }) => (current.getAttributes('link').href as string | undefined) ?? '' });

  const shouldShow = useCallback(
    ({ editor: current }: { editor: Editor }) => editing || (current.isActive('link') && current.isFocused),
    [editing],
  );

  useEffect(() => {
    if (!editing) return;
    // The bubble re-reads shouldShow only on its next editor update; Mod+K changes no selection,
    // so it is told to show now (its own option update ran first, in the child's effect).
    editor.view.dispatch(editor.state.tr.setMeta(linkBubbleKey, 'show'));
    setAddress((editor.getAttributes('link').href as string | undefined) ?? '');
    setError(false);
    requestAnimationFrame(() => input.current?.focus());
  }, [editing, editor]);

  const apply = () => {
    const withScheme = linkTargetOf(address);
    if (!isSafeLinkUrl(withScheme)) {
      setError(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: withScheme }).run();
    onDone();
  };

  return (
    <BubbleMenu editor={editor} pluginKey={linkBubbleKey} shouldShow={shouldShow} className="link-bubble" {...interfaceTextAttributes(messages)}>
      {editing ? (
        <form
          className="link-form"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <label className="visually-hidden" htmlFor="link-address">{text.linkUrl}</label>
          <input
            ref={input}
            id="link-address"
            dir="ltr"
            value={address}
            placeholder="https://"
            aria-invalid={error}
            aria-describedby={error ? 'link-error' : undefined}
            onChange={(event) => {
              setAddress(event.target.value);
              setError(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                onDone();
                editor.commands.focus();
              }
            }}
          />
          <button type="submit" className="button button--primary">{text.apply}</button>
          {error && <p id="link-error" role="alert" className="field-error">{text.invalidLink}</p>}
        </form>
      ) : (
        <div className="link-view">
          <bdi dir="ltr" className="link-address">{href === '' ? '' : linkTargetOf(href)}</bdi>
          <button type="button" className="link-button" onMouseDown={(event) => event.preventDefault()} onClick={onEdit}>
            {text.editLink}
          </button>
          <button type="button" className="link-button" onMouseDown={(event) => event.preventDefault()} onClick={() => editor.chain().focus().extendMarkRange('link').unsetLink().run()}>
            {text.removeLink}
          </button>
        </div>
      )}
    </BubbleMenu>
  );
}
