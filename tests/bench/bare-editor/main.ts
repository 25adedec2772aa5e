// The baselines for the keystroke benchmark: TipTap with StarterKit only, or with the extensions the
// app's editor uses (block direction, Arabic typography, figures, tables…); no React, no app.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { documentExtensions, editingExtensions } from '../../../core/document/document-extensions';

declare global {
  interface Window {
    startBareEditor: (content: JSONContent, withOurExtensions: boolean) => void;
  }
}

window.startBareEditor = (content, withOurExtensions) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('No #editor element');
  new Editor({
    element,
    extensions: withOurExtensions ? [...documentExtensions(), ...editingExtensions()] : [StarterKit],
    content,
    editorProps: { attributes: { 'aria-label': 'نص المقال', role: 'textbox', dir: 'rtl' } },
  });
};
