import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { FieldsRewrite } from '../../../core/document/field-rewrite-step';
import { searchStateOf } from '../../../core/document/find-replace';
import { fieldDirection } from '../../../core/text/field-direction';
import { findMatches } from '../../../core/text/find-matches';
import { replaceMatches } from '../../../core/text/replace-matches';
import { useText } from '../i18n/text-context';

interface FindBarProps {
  readonly editor: Editor;
  /** The headline and standfirst: counted, and changed by "replace all", as the body is. */
  readonly fields: { readonly headline: string; readonly standfirst: string };
  readonly fieldsRewrittenBy: (rewrite: (text: string) => string) => FieldsRewrite;
  readonly onClose: () => void;
}

/**
 * Find and replace, blind to Arabic letter variants and diacritics by default. Next, previous and
 * replace step through the body; "replace all" also changes the headline and standfirst, so a name
 * corrected everywhere is corrected where readers see it first.
 */
export function FindBar({ editor, fields, fieldsRewrittenBy, onClose }: FindBarProps) {
  const messages = useText();
  const direction = messages.direction;
  const text = messages.editor;
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [foldArabic, setFoldArabic] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const search = useEditorState({ editor, selector: ({ editor: current }) => searchStateOf(current.state) });

  useEffect(() => {
    input.current?.focus();
    return () => {
      editor.commands.clearSearch();
    };
  }, [editor]);
  useEffect(() => {
    editor.commands.setSearch(query, { foldArabic });
  }, [editor, query, foldArabic]);

  const inHeadline = findMatches(fields.headline, query, { foldArabic }).length;
  const inStandfirst = findMatches(fields.standfirst, query, { foldArabic }).length;
  const elsewhere = inHeadline + inStandfirst > 0;
  const replaceAll = () => {
    const replaced = editor.chain().replaceAll(replacement);
    if (elsewhere) replaced.rewriteFields(fieldsRewrittenBy((field) => replaceMatches(field, query, replacement, { foldArabic })));
    replaced.run();
  };

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  return (
    <div className="find-bar" role="search" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label className="find-field">
        <span>{text.findLabel}</span>
        <input
          ref={input}
          dir={fieldDirection(query, direction)}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (event.shiftKey) editor.commands.findPrevious();
              else editor.commands.findNext();
            }
          }}
        />
      </label>
      <span className="find-count" aria-live="polite">
        {query ? text.matchCount(search.current + 1, search.matches.length, elsewhere) : ''}
        {elsewhere ? ` · ${text.matchesInFields(inHeadline, inStandfirst)}` : ''}
      </span>
      <button type="button" className="button" onClick={() => editor.commands.findPrevious()}>{text.findPrevious}</button>
      <button type="button" className="button" onClick={() => editor.commands.findNext()}>{text.findNext}</button>
      <label className="find-field">
        <span>{text.replaceLabel}</span>
        <input dir={fieldDirection(replacement, direction)} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      </label>
      <button type="button" className="button" onClick={() => editor.commands.replaceCurrent(replacement)}>{text.replaceOne}</button>
      <button type="button" className="button" onClick={replaceAll}>{text.replaceAll}</button>
      <label className="find-option">
        <input type="checkbox" checked={foldArabic} onChange={(event) => setFoldArabic(event.target.checked)} />
        {text.foldArabic}
      </label>
      <button type="button" className="icon-button" aria-label={messages.close} onClick={close}>✕</button>
    </div>
  );
}
