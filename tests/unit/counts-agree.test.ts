// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, expect, it } from 'vitest';
import type { ArticleBody, DocumentNode } from '../../core/article/article-schema';
import { countDocument } from '../../core/document/count-document';
import { documentExtensions, editingExtensions } from '../../core/document/document-extensions';
import { exportArticleJson } from '../../core/export/export-article-json';
import { seedArticle } from '../support/seed-article';
import { countBlocks } from '../../renderer/src/editor/count-blocks';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

it('the editor’s counts bar and the JSON export count a mixed Arabic/English body the same', () => {
  const body: ArticleBody = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'WHO تحذّر من موجة حرّ' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'قالت منظمة الصحة العالمية إن ٤٥٪ من المستشفيات تعمل،' }, { type: 'hardBreak' }, { type: 'text', text: 'and the rest are closed.' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'عمّان' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beirut 2024' }] }] }] },
      { type: 'figureImage', attrs: { src: '/media/' + 'a'.repeat(64) + '.png', alt: 'صورة', caption: 'مستشفى في دمشق', credit: 'Reuters' } },
      { type: 'embedCard', attrs: { url: 'https://example.com/video', title: 'Video of the press conference' } },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '"We need help", he said.' }] }] },
    ],
  };
  editor = new Editor({ extensions: [...documentExtensions(), ...editingExtensions()], content: body as object });
  const editorCounts = countBlocks(editor.state.doc);
  expect(editorCounts).toEqual(countDocument(editor.state.doc.toJSON() as DocumentNode));
  const exported = exportArticleJson(seedArticle({ body: editor.getJSON() as ArticleBody }));
  expect(editorCounts.words).toBe(exported.wordCount);
  expect(editorCounts.characters).toBe(exported.characterCount);
  // Captions, credits and the embed's title are words a sub-editor counts.
  expect(exported.wordCount).toBeGreaterThan(30);
});

it('counts block by block to the whole document’s count, also where a block starts with a diacritic or a number', () => {
  const body: ArticleBody = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'ًحرف بلا قاعدة في أول الفقرة' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '3.5 million' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '.5 و e.g.' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'مرحبًا 😀 עברית_x' }] },
    ],
  };
  editor = new Editor({ extensions: [...documentExtensions(), ...editingExtensions()], content: body as object });
  expect(countBlocks(editor.state.doc)).toEqual(countDocument(editor.state.doc.toJSON() as DocumentNode));
  editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' كلمة');
  expect(countBlocks(editor.state.doc)).toEqual(countDocument(editor.state.doc.toJSON() as DocumentNode));
});

