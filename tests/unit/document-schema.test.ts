// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Editor } from '@tiptap/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { effectiveDirection } from '../../core/document/block-direction';
import { documentExtensions, editingExtensions } from '../../core/document/document-extensions';
import { FieldRewriteStep } from '../../core/document/field-rewrite-step';
import { searchStateOf } from '../../core/document/find-replace';
import { replaceMatches } from '../../core/text/replace-matches';

let editor: Editor | undefined;
function editorWith(content: string | object): Editor {
  editor = new Editor({ extensions: [...documentExtensions(), ...editingExtensions()], content });
  return editor;
}
afterEach(() => editor?.destroy());

// happy-dom writes each iframe of the hostile paste it refuses to load straight to stderr, stack
// and all; the refusal is what we want, so only that report is kept out of the test output.
beforeAll(() => {
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) =>
    String(chunk).includes('Iframe page loading is disabled') ? true : write(chunk, ...rest)) as typeof process.stderr.write);
});
afterAll(() => vi.restoreAllMocks());

// happy-dom replaces the global URL, which node:fs does not accept, so the path is resolved from the repo root.
const hostile = readFileSync(path.resolve('tests/fixtures/hostile-paste.html'), 'utf8');

describe('the document schema as a sanitiser', () => {
  it('keeps structure from hostile HTML and nothing unsafe', () => {
    const json = JSON.stringify(editorWith(hostile).getJSON());
    for (const unsafe of ['script', 'pwned', 'onclick', 'onerror', 'onmouseover', 'onload', 'javascript', 'data:text', 'style', 'Mso', 'iframe', 'evil', 'tracker', 'font-size']) {
      expect(json.toLowerCase()).not.toContain(unsafe.toLowerCase());
    }
    const types = new Set(json.match(/"type":"[a-zA-Z]+"/g));
    expect([...types].sort()).toEqual(
      ['"type":"blockquote"', '"type":"bold"', '"type":"bulletList"', '"type":"doc"', '"type":"heading"', '"type":"italic"', '"type":"link"', '"type":"listItem"', '"type":"orderedList"', '"type":"paragraph"', '"type":"text"', '"type":"underline"'].sort(),
    );
    expect(json).toContain('"href":"https://example.com/story"');
    expect(json).toContain('"dir":"ltr"');
  });

  it('renders no unsafe markup back out', () => {
    const html = editorWith(hostile).getHTML();
    expect(html).not.toMatch(/<script|<iframe|<form|<object|<embed|<svg|on\w+=|javascript:|style=/i);
  });

  it.each([
    ['https://example.com/a', true],
    ['http://example.com', true],
    ['mailto:desk@example.com', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
    ['vbscript:msgbox', false],
    // What autolink checks is the address as typed; a relative path is not one.
    ['example.org', true],
    ['desk@example.com', true],
    ['news/123', false],
    ['/news/123', false],
  ])('link %s survives parsing: %s', (href, kept) => {
    const json = JSON.stringify(editorWith(`<p><a href="${href}">رابط</a></p>`).getJSON());
    expect(json.includes('"type":"link"')).toBe(kept);
  });

  it('accepts images only from the library, never a hotlink', () => {
    const local = `media/${'a'.repeat(64)}.png`;
    const json = editorWith(`<figure><img src="${local}" alt="وصف"><figcaption><span class="caption">تعليق</span> <span class="credit">رويترز</span></figcaption></figure><img src="https://example.com/a.png">`).getJSON();
    expect(json.content?.filter((node) => node.type === 'figureImage')).toEqual([
      { type: 'figureImage', attrs: { src: local, alt: 'وصف', caption: 'تعليق', credit: 'رويترز', dir: undefined } },
    ].map((node) => ({ ...node, attrs: Object.fromEntries(Object.entries(node.attrs).filter(([, value]) => value !== undefined)) })));
  });

  it('round-trips pull quotes, embeds and rules through HTML', () => {
    const first = editorWith('<blockquote class="pull-quote"><p>اقتباس بارز</p></blockquote><hr><figure class="embed-card"><a href="https://x.com/a/status/1"><span class="embed-title">تغريدة</span></a></figure>');
    const json = first.getJSON();
    expect(json.content?.map((node) => node.type)).toEqual(['pullQuote', 'horizontalRule', 'embedCard']);
    const html = first.getHTML();
    expect(html).toContain('data-provider="x"');
    expect(editorWith(html).getJSON()).toEqual(json);
  });
});

describe('block direction', () => {
  /** The direction a block shows: its own dir, else the one it inherits. */
  const shown = (element: Element | null | undefined) => element?.closest('[dir]')?.getAttribute('dir');
  function articleEditor(content: string, direction: 'rtl' | 'ltr' = 'rtl'): Editor {
    editor = new Editor({ extensions: [...documentExtensions(), ...editingExtensions()], content, editorProps: { attributes: { dir: direction } } });
    return editor;
  }
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it.each([
    ['<p>WHO قالت إن الوضع خطير</p>', 'rtl'],
    ['<p>"We will keep the lines open," Kerry said.</p>', 'ltr'],
    ['<p dir="ltr">نص عربي بقرار المحرر</p>', 'ltr'],
  ])('%s shows as %s', (html, direction) => {
    const instance = articleEditor(html);
    expect(shown(instance.view.dom.querySelector('p'))).toBe(direction);
    expect(effectiveDirection(instance.state.doc.firstChild!)).toBe(direction);
  });

  it('follows typing: a block turns left-to-right when it becomes mostly Latin', () => {
    const instance = articleEditor('<p>قال</p><p>ثابت</p>');
    instance.commands.setTextSelection(4);
    instance.commands.insertContent(' the Secretary of State John Kerry');
    const [first, second] = instance.view.dom.querySelectorAll('p');
    expect(shown(first)).toBe('ltr');
    expect(shown(second)).toBe('rtl');
  });

  it('lets the journalist override and reset a block', () => {
    const instance = articleEditor('<p>نص عربي</p>');
    instance.commands.setTextSelection(2);
    instance.commands.setBlockDirection('ltr');
    expect(instance.getJSON().content?.[0]?.attrs?.dir).toBe('ltr');
    expect(shown(instance.view.dom.querySelector('p'))).toBe('ltr');
    instance.commands.setBlockDirection('auto');
    expect(instance.getJSON().content?.[0]?.attrs?.dir).toBeNull();
    expect(shown(instance.view.dom.querySelector('p'))).toBe('rtl');
  });

  it('keeps each block in its own direction in an English article, and when the article changes language', async () => {
    const instance = articleEditor('<p>قال الوزير إن المحادثات مفيدة</p><p>The talks were useful, he said.</p><ul><li>موسكو</li><li>Washington</li></ul>', 'ltr');
    await settled();
    const directions = () => [...instance.view.dom.querySelectorAll('p')].slice(0, 4).map(shown);
    expect(directions()).toEqual(['rtl', 'ltr', 'rtl', 'ltr']);
    instance.commands.setEditorDirection('rtl');
    expect(instance.view.dom.getAttribute('dir')).toBe('rtl');
    expect(directions()).toEqual(['rtl', 'ltr', 'rtl', 'ltr']);
  });
});

describe('Arabic helpers', () => {
  it('convert digits in the whole article as one undoable step', () => {
    const instance = editorWith('<p>قتل 6100 شخص</p><p>منذ <b>2014</b></p>');
    instance.commands.convertDigits('arabic-indic');
    expect(instance.getText()).toBe('قتل ٦١٠٠ شخص\n\nمنذ ٢٠١٤');
    expect(JSON.stringify(instance.getJSON())).toContain('"type":"bold"');
    instance.commands.undo();
    expect(instance.getText()).toBe('قتل 6100 شخص\n\nمنذ 2014');
  });

  it('convert only the selection when there is one', () => {
    const instance = editorWith('<p>12 و 34</p>');
    instance.commands.setTextSelection({ from: 1, to: 3 });
    instance.commands.convertDigits('arabic-indic');
    expect(instance.getText()).toBe('١٢ و 34');
  });

  it('pair quotes across marks, remove tatweel, and fix spacing', () => {
    const instance = editorWith('<p>قال "من <i>المهم</i>" ثم سكت ، العـــربية</p>');
    instance.commands.useGuillemets();
    instance.commands.removeTatweel();
    instance.commands.fixPunctuationSpacing();
    expect(instance.getText()).toBe('قال «من المهم» ثم سكت، العربية');
  });
});

describe('find and replace', () => {
  it('finds Arabic letter variants and ignores diacritics when asked', () => {
    const instance = editorWith('<p>أمريكا وامريكا وإمريكا ومُحَمَّد</p>');
    instance.commands.setSearch('امريكا', { foldArabic: true });
    expect(searchStateOf(instance.state).matches).toHaveLength(3);
    instance.commands.setSearch('امريكا', { foldArabic: false });
    expect(searchStateOf(instance.state).matches).toHaveLength(1);
    instance.commands.setSearch('محمد', { foldArabic: true });
    instance.commands.findNext();
    const { from, to } = instance.state.selection;
    expect(instance.state.doc.textBetween(from, to)).toBe('مُحَمَّد');
  });

  it('replaces all matches in one undoable step', () => {
    const instance = editorWith('<p>أمريكا وامريكا</p><p>امريكا</p>');
    instance.commands.setSearch('امريكا', { foldArabic: true });
    instance.commands.replaceAll('الولايات المتحدة');
    expect(instance.getText()).toBe('الولايات المتحدة والولايات المتحدة\n\nالولايات المتحدة');
    instance.commands.undo();
    expect(instance.getText()).toBe('أمريكا وامريكا\n\nامريكا');
  });

  it('carries a rewrite of the headline and standfirst in the body\'s history: one undo takes back both, redo brings both again', () => {
    const instance = editorWith('<p>قال لافروف</p>');
    let fields = { headline: 'لافروف وكيري', standfirst: 'بلا اسم' };
    instance.on('transaction', ({ transaction }) => {
      for (const step of transaction.steps) if (step instanceof FieldRewriteStep && fields.headline === step.from.headline) fields = step.to;
    });
    const rewrite = (text: string) => replaceMatches(text, 'لافروف', 'لافروڤ', { foldArabic: true });
    instance.commands.setSearch('لافروف', { foldArabic: true });
    instance.chain().replaceAll('لافروڤ').rewriteFields({ from: fields, to: { headline: rewrite(fields.headline), standfirst: rewrite(fields.standfirst) } }).run();
    expect([instance.getText(), fields.headline]).toEqual(['قال لافروڤ', 'لافروڤ وكيري']);
    instance.commands.undo();
    expect([instance.getText(), fields.headline, fields.standfirst]).toEqual(['قال لافروف', 'لافروف وكيري', 'بلا اسم']);
    instance.commands.redo();
    expect([instance.getText(), fields.headline]).toEqual(['قال لافروڤ', 'لافروڤ وكيري']);
    // A name found in the headline alone is still one undoable step, and the body's JSON never holds it.
    instance.commands.undo();
    instance.commands.rewriteFields({ from: fields, to: { ...fields, headline: 'بوتين وكيري' } });
    expect(fields.headline).toBe('بوتين وكيري');
    expect(JSON.stringify(instance.getJSON())).not.toContain('بوتين');
    instance.commands.undo();
    expect([instance.getText(), fields.headline]).toEqual(['قال لافروف', 'لافروف وكيري']);
    expect(instance.commands.rewriteFields({ from: fields, to: fields })).toBe(false);
  });

  it('replaces in a headline as in the body: variants and the diacritics after a match, the rest of the text kept', () => {
    expect(replaceMatches('كيري ولافروف يلتقيان، ولافرُوفُ يصرّح', 'لافروف', 'لافروڤ', { foldArabic: true })).toBe('كيري ولافروڤ يلتقيان، ولافروڤ يصرّح');
    expect(replaceMatches('أمريكا وامريكا', 'امريكا', 'الولايات المتحدة', { foldArabic: false })).toBe('أمريكا والولايات المتحدة');
    expect(replaceMatches('Kerry and KERRY', 'kerry', 'Blinken', { foldArabic: false })).toBe('Blinken and Blinken');
    expect(replaceMatches('لا شيء هنا', 'لافروف', 'لافروڤ', { foldArabic: true })).toBe('لا شيء هنا');
    expect(replaceMatches('نص', '', 'x', { foldArabic: true })).toBe('نص');
  });
});

describe('pasting from word processors', () => {
  it('leaves out the spacing paragraphs Word pastes between paragraphs, and keeps blank lines pasted on their own', () => {
    const instance = editorWith('<p>قبل</p>');
    instance.commands.setTextSelection(instance.state.doc.content.size - 1);
    instance.view.pasteHTML('<p class=MsoNormal>أول<o:p></o:p></p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>\u200f</p><p class=MsoNormal>ثانٍ</p><p>&nbsp;</p><p class=MsoNormal>ثالث</p>');
    expect(instance.getJSON().content?.map((node) => node.content?.map((child) => ('text' in child ? child.text : '')).join('') ?? '')).toEqual(['قبلأول', 'ثانٍ', 'ثالث']);
    instance.destroy();
    const blank = editorWith('<p>نص</p>');
    blank.commands.setTextSelection(blank.state.doc.content.size - 1);
    blank.view.pasteHTML('<p>&nbsp;</p><p>&nbsp;</p>');
    expect(blank.getJSON().content?.length).toBeGreaterThan(1);
  });

  it('does not make a Google Docs paste bold through its wrapper', () => {
    const document = editorWith('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="rtl"><span style="font-size:11pt;font-family:Arial">فقرة من مستندات جوجل</span></p><ul><li dir="rtl"><span style="font-weight:700">بند غامق</span></li></ul></b>').getJSON();
    const json = JSON.stringify(document);
    expect(document.content?.[0]?.content?.[0]).toEqual({ type: 'text', text: 'فقرة من مستندات جوجل' });
    expect(json).toContain('"type":"bulletList"');
    expect(json.match(/"type":"bold"/g)).toHaveLength(1);
    expect(json).not.toContain('docs-internal');
    expect(json).not.toContain('Arial');
  });
});

describe('fitting a stored body to the editor schema', () => {
  it('keeps the text of unknown nodes and drops unknown marks, so the editor never shows an empty article', async () => {
    const { fitBodyToSchema } = await import('../../core/document/fit-body-to-schema');
    const { getSchema } = await import('@tiptap/core');
    const schema = getSchema(documentExtensions());
    const fitted = fitBodyToSchema(
      {
        type: 'doc',
        content: [
          { type: 'script', content: [{ type: 'text', text: 'نص داخل عقدة مجهولة' }] },
          { type: 'callout', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'فقرة', marks: [{ type: 'bold' }, { type: 'blink' }] }] }] },
          { type: 'iframe', attrs: { src: 'https://evil.example' } },
        ],
      },
      { nodes: new Set(Object.keys(schema.nodes)), marks: new Set(Object.keys(schema.marks)) },
    );
    expect(fitted).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'نص داخل عقدة مجهولة' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'فقرة', marks: [{ type: 'bold' }] }] },
      ],
    });
    expect(editorWith(fitted).getText()).toBe('نص داخل عقدة مجهولة\n\nفقرة');
  });
});
