// The baseline for the keystroke benchmark: TipTap with StarterKit only, no React, no app.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    startBareEditor: (content: JSONContent) => void;
  }
}

window.startBareEditor = (content) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('No #editor element');
  new Editor({ element, extensions: [StarterKit], content, editorProps: { attributes: { 'aria-label': 'نص المقال', role: 'textbox', dir: 'rtl' } } });
};
