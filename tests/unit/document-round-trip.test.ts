import { getSchema } from '@tiptap/core';
import { expect, it } from 'vitest';
import type { ArticleBody, DocumentNode } from '../../core/article/article-schema';
import { documentExtensions } from '../../core/document/document-extensions';
import { articleBodyParts } from '../../core/export/article-body-parts';
import { htmlToArticle } from '../../services/import/html-to-article';
import { seedArticle } from '../support/seed-article';

const image = `media/${'b'.repeat(64)}.jpg`;
const text = (value: string, marks?: DocumentNode['marks']): DocumentNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocumentNode[]): DocumentNode => ({ type: 'paragraph', content });

const everything: ArticleBody = {
  type: 'doc',
  content: [
    paragraph(text('قال '), text('الوزير', [{ type: 'bold' }]), text(' إن '), text('الاتفاق', [{ type: 'italic' }]), text(' '), text('نهائي', [{ type: 'underline' }]), text('.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('عنوان فرعي')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('عنوان صغير')] },
    paragraph(text('السطر الأول'), { type: 'hardBreak' }, text('السطر الثاني مع '), text('رابط', [{ type: 'link', attrs: { href: 'https://example.com/a' } }])),
    { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('"We will meet again", he said.')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('عمّان'))] }, { type: 'listItem', content: [paragraph(text('بيروت'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('الثالث'))] }, { type: 'listItem', content: [paragraph(text('الرابع'))] }] },
    { type: 'blockquote', content: [paragraph(text('اقتباس من البيان'))] },
    { type: 'pullQuote', content: [paragraph(text('اقتباس بارز'))] },
    { type: 'horizontalRule' },
    { type: 'figureImage', attrs: { src: image, alt: 'وصف الصورة', caption: 'التعليق', credit: 'رويترز' } },
    { type: 'embedCard', attrs: { url: 'https://www.youtube.com/watch?v=abc', title: 'المؤتمر الصحفي' } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('الحزب'))] }, { type: 'tableHeader', content: [paragraph(text('المقاعد'))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('الأول', [{ type: 'bold' }]))] }, { type: 'tableCell', content: [paragraph(text('45'))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [paragraph(text('المجموع'))] }] },
      ],
    },
  ],
};

/** Node and mark names the body above uses. */
function typesIn(node: DocumentNode, into = { nodes: new Set<string>(), marks: new Set<string>() }) {
  into.nodes.add(node.type);
  for (const mark of node.marks ?? []) into.marks.add(mark.type);
  for (const child of node.content ?? []) typesIn(child, into);
  return into;
}

it('covers every node and mark of the document schema', () => {
  const schema = getSchema(documentExtensions());
  const used = typesIn(everything);
  expect([...used.nodes].sort()).toEqual(Object.keys(schema.nodes).filter((name) => name !== 'text' || used.nodes.has('text')).sort());
  expect([...used.marks].sort()).toEqual(Object.keys(schema.marks).sort());
});

it('every node and mark survives the exported body HTML and an import back', () => {
  const exported = articleBodyParts(seedArticle({ body: everything, dateline: { place: '', date: '' } })).html;
  const imported = htmlToArticle(`<!doctype html><html lang="ar"><body><article><h1>عنوان</h1>${exported}</article></body></html>`);
  // Both sides through the schema, so attributes left at their defaults compare equal.
  const schema = getSchema(documentExtensions());
  expect(schema.nodeFromJSON(imported.body).toJSON()).toEqual(schema.nodeFromJSON(everything).toJSON());
});
