// The baselines for the keystroke benchmark: TipTap with StarterKit only and the browser's own
// styles, or with the extensions and the article styles and fonts the app's editor uses (block
// direction, Arabic typography, figures, tables…; Noto Naskh Arabic, line height, margins); no React,
// no app. Laying out and painting the text in the app's font is part of every keystroke, so the
// second baseline carries it: the app's excess over it is React's and the app's share.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { documentExtensions, editingExtensions } from '../../../core/document/document-extensions';

declare global {
  interface Window {
    startBareEditor: (content: JSONContent, withOurExtensions: boolean) => Promise<void>;
  }
}

async function loadArticleStyles(): Promise<void> {
  await Promise.all([
    import('@fontsource/noto-naskh-arabic/arabic-400.css'),
    import('@fontsource/noto-naskh-arabic/arabic-700.css'),
    import('@fontsource/ibm-plex-sans-arabic/arabic-400.css'),
    import('@fontsource/ibm-plex-sans-arabic/latin-400.css'),
    import('../../../renderer/src/styles/tokens.css'),
    import('../../../renderer/src/styles/base.css'),
    import('../../../renderer/src/editor/editor.css'),
  ]);
  await document.fonts.ready;
}

window.startBareEditor = async (content, withOurExtensions) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('No #editor element');
  if (withOurExtensions) {
    await loadArticleStyles();
    // As wide as the app's text column in the benchmark's 1,280-pixel window: as many lines to lay out.
    element.style.width = '624px';
  }
  new Editor({
    element,
    extensions: withOurExtensions ? [...documentExtensions(), ...editingExtensions()] : [StarterKit],
    content,
    // The browser's spellchecker is off, as in the app (which proofs with its own dictionaries).
    editorProps: { attributes: { 'aria-label': 'نص المقال', role: 'textbox', dir: 'rtl', spellcheck: 'false', ...(withOurExtensions ? { class: 'article-body' } : {}) } },
  });
};
