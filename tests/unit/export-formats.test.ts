// @vitest-environment happy-dom
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentExtensions } from '../../core/document/document-extensions';
import { exportArticleJson } from '../../core/export/export-article-json';
import { exportArticleNinjs } from '../../core/export/export-article-ninjs';
import { renderArticleHtml } from '../../core/export/render-article-html';
import { renderExport, exportFormats } from '../../core/export/render-export';
import { safeFileStem } from '../../core/export/safe-file-stem';
import { hostileArticle } from '../support/hostile-article';
import { ninjsValidator } from '../support/ninjs-validator';
import { seedArticle } from '../support/seed-article';
import { jsonToArticle } from '../../services/import/json-to-article';

// happy-dom replaces the global URL, which node:fs does not accept, so paths are resolved from the repo root.
const golden = (name: string) => path.resolve('tests/fixtures/golden', name);

describe('golden exports of the seed story (UPDATE_GOLDEN=1 rewrites them after review)', () => {
  it.each([
    ['html', 'seed-kerry-lavrov.html'],
    ['json', 'seed-kerry-lavrov.json'],
    ['ninjs', 'seed-kerry-lavrov.ninjs.json'],
  ] as const)('%s matches %s', (format, file) => {
    const output = renderExport(seedArticle(), format);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(file), output);
    // A missing golden file is a failure, not a fresh baseline: someone must review the first one.
    expect(existsSync(golden(file)), `${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit and review it`).toBe(true);
    expect(output).toBe(readFileSync(golden(file), 'utf8'));
  });
});

describe('the HTML renderer', () => {
  const html = renderArticleHtml(seedArticle(), { form: 'document' });

  it('writes a right-to-left Arabic document with the headline, standfirst, byline, dateline and tags', () => {
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا</h1>');
    expect(html).toContain('<p class="standfirst">');
    expect(html).toContain('<span class="author">رويترز</span>');
    expect(html).toContain('<p><span class="dateline">سوتشي <time datetime="2015-05-12">12 مايو 2015</time> ـ </span>قال وزير الخارجية');
    expect(html).toContain('<footer class="article-tags"><h2>الوسوم</h2><ul><li>سوريا</li>');
  });

  it('carries the metadata search engines and social networks read', () => {
    expect(html).toContain('<title>كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا</title>');
    // Without a site address a canonical link would be relative, which crawlers misread: none is written.
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta property="og:title" content="كيري ولافروف');
    expect(html).toContain('<meta property="og:locale" content="ar_AR">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain('<meta property="article:tag" content="أوكرانيا">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا',
      author: { '@type': 'Person', name: 'رويترز' },
      dateCreated: '2015-05-12T09:30:00.000Z',
      dateModified: '2015-05-12T10:15:00.000Z',
      keywords: 'سوريا, روسيا, الولايات المتحدة, أوكرانيا',
      articleSection: 'عربي ودولي',
      inLanguage: 'ar',
      dateline: 'سوتشي, 2015-05-12',
      datePublished: '2015-05-12',
    });
    expect(jsonLd).not.toHaveProperty('url');
  });

  it('links absolutely, names the publisher and describes the story when the site address is set', () => {
    const withImage = seedArticle({ summary: '', standfirst: '', body: { type: 'doc', content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'قال وزير الخارجية الأمريكي جون كيري إن امريكا وروسيا ستواصلان العمل المشترك بشأن الازمة السورية، وأضاف أن الجانبين اتفقا على عقد اجتماعات دورية لمتابعة الملفات العالقة بينهما في المنطقة وخارجها خلال الأشهر المقبلة.' }] },
      { type: 'figureImage', attrs: { src: `media/${'c'.repeat(64)}.jpg`, alt: 'صورة', caption: '', credit: '' } },
    ] } });
    const page = renderExport(withImage, 'html', { siteUrl: 'https://news.example/', siteName: 'أخبار المثال', siteLogo: `media/${'d'.repeat(64)}.png` });
    expect(page).toContain('<link rel="canonical" href="https://news.example/kerry-lavrov-syria">');
    expect(page).toContain('<meta property="og:url" content="https://news.example/kerry-lavrov-syria">');
    expect(page).toContain(`<meta property="og:image" content="https://news.example/media/${'c'.repeat(64)}.jpg">`);
    const description = /<meta name="description" content="([^"]*)">/.exec(page)?.[1] ?? '';
    expect(description.startsWith('قال وزير الخارجية الأمريكي جون كيري')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)?.[1] ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      url: 'https://news.example/kerry-lavrov-syria',
      image: [`https://news.example/media/${'c'.repeat(64)}.jpg`],
      publisher: { '@type': 'Organization', name: 'أخبار المثال', logo: { '@type': 'ImageObject', url: `https://news.example/media/${'d'.repeat(64)}.png` } },
    });
  });

  it('dates an undated story with a <time> of its last update', () => {
    const page = renderExport(seedArticle({ dateline: { place: 'سوتشي', date: '' } }), 'html');
    expect(page).toMatch(/<p class="updated"><time datetime="2015-05-12T10:15:00.000Z">[^<]+<\/time><\/p>/);
  });

  it('writes a page html-validate accepts', async () => {
    const { HtmlValidate } = await import('html-validate');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } });
    const report = await validator.validateString(renderExport(seedArticle(), 'html', { siteUrl: 'https://news.example', siteName: 'أخبار' }));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });

  it('puts the story in the page’s <main> landmark, once', () => {
    const page = renderExport(seedArticle(), 'html', { siteName: 'أخبار' });
    expect(page.match(/<main>/g)).toHaveLength(1);
    expect(page).toMatch(/<main><article class="news-article"[^>]*>[\s\S]*<\/article><\/main>/);
  });

  it('never carries the editorial note', () => {
    for (const format of exportFormats) expect(renderExport(seedArticle(), format)).not.toContain('ملاحظة داخلية');
    expect(renderArticleHtml(seedArticle(), { form: 'fragment' })).not.toContain('ملاحظة داخلية');
  });

  it('marks only the blocks whose direction differs from the document', () => {
    const article = seedArticle({
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'WHO قالت إن الوضع خطير' }] },
          { type: 'paragraph', content: [{ type: 'text', text: '"We will keep talking," Kerry said.' }] },
          { type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: 'نص بقرار المحرر' }] },
        ],
      },
    });
    const body = renderArticleHtml(article, { form: 'fragment' });
    expect(body).toContain('<p><span class="dateline">');
    expect(body).toContain('WHO قالت إن الوضع خطير</p>');
    expect(body).toContain('<p dir="ltr">&quot;We will keep talking,&quot; Kerry said.</p>');
    expect(body).toContain('<p dir="ltr">نص بقرار المحرر</p>');
  });

  it('writes a link kept without its scheme in full, and drops one to a relative path', () => {
    const linked = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
    const article = seedArticle({
      body: { type: 'doc', content: [{ type: 'paragraph', content: [linked('الموقع', 'example.org'), { type: 'text', text: ' و' }, linked('البريد', 'desk@example.com'), { type: 'text', text: ' و' }, linked('الصفحة', 'news/123')] }] },
    });
    const body = renderArticleHtml(article, { form: 'fragment' });
    expect(body).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">الموقع</a>');
    expect(body).toContain('<a href="mailto:desk@example.com" rel="noopener noreferrer nofollow">البريد</a>');
    expect(body).toContain(' والصفحة');
    expect(body).not.toContain('news/123');
  });

  it('turns hostile content into inert text in every format', () => {
    const article = hostileArticle();
    const markups = [renderExport(article, 'html'), renderArticleHtml(article, { form: 'fragment' }), exportArticleJson(article).bodyHtml];
    const ninjsHtml = (exportArticleNinjs(article).bodies as Array<{ contentType: string; value: string }>).find((body) => body.contentType === 'text/html');
    markups.push(ninjsHtml?.value ?? '');
    for (const markup of markups) {
      const document = new DOMParser().parseFromString(markup, 'text/html');
      for (const element of document.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        expect(['iframe', 'svg', 'object', 'embed', 'form', 'img', 'b']).not.toContain(tag);
        if (tag === 'script') expect(element.getAttribute('type')).toBe('application/ld+json');
        for (const { name, value } of element.attributes) {
          expect(name.startsWith('on'), `${tag} has ${name}`).toBe(false);
          expect(name).not.toBe('style');
          if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:|media\/|[a-z0-9%-]+$)/i);
        }
      }
      expect(markup).not.toContain('SECRET-NOTE');
    }
    for (const format of exportFormats) expect(renderExport(article, format)).not.toContain('SECRET-NOTE');
    const html = renderExport(article, 'html', { siteUrl: 'https://news.example' });
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(html).toContain('<h2>عنوان</h2>');
    expect(html).toContain('<link rel="canonical" href="https://news.example/etc-passwd">');
  });

  it('round-trips the body: HTML → document JSON → the same HTML', () => {
    const original = seedArticle({
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان فرعي' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'نص ' }, { type: 'text', text: 'غامق', marks: [{ type: 'bold' }] }, { type: 'text', text: ' و' }, { type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }] }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }] },
          { type: 'pullQuote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'اقتباس بارز' }] }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'An English paragraph.' }] },
          { type: 'figureImage', attrs: { src: `media/${'b'.repeat(64)}.jpg`, alt: 'بديل', caption: 'تعليق', credit: 'مصدر' } },
          { type: 'embedCard', attrs: { url: 'https://www.youtube.com/watch?v=1', title: 'فيديو' } },
        ],
      },
      dateline: { place: '', date: '' },
    });
    const firstHtml = exportArticleJson(original).bodyHtml;
    const editor = new Editor({ extensions: documentExtensions(), content: firstHtml });
    const reparsed = seedArticle({ body: editor.getJSON() as typeof original.body, dateline: { place: '', date: '' } });
    editor.destroy();
    expect(exportArticleJson(reparsed).bodyHtml).toBe(firstHtml);
  });
});

describe('the JSON export', () => {
  it('is the documented article format plus the body as HTML and text with counts', () => {
    const exported = exportArticleJson(seedArticle());
    const schema = JSON.parse(readFileSync(path.resolve('docs/article.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const { bodyHtml, bodyText, wordCount, characterCount, ...article } = exported;
    expect(ajv.validate(schema, article)).toBe(true);
    expect(bodyHtml.startsWith('<div class="article-body" lang="ar" dir="rtl"><p>قال وزير')).toBe(true);
    expect(bodyText.split('\n\n')).toHaveLength(15);
    expect(wordCount).toBe(390);
    expect(characterCount).toBeGreaterThan(1900);
    expect(article.editorialNote).toBe('');
  });
});

describe('the IPTC ninjs 3.1 export', () => {
  const validate = ninjsValidator();

  it.each([
    ['the seed story', seedArticle()],
    ['a hostile article', hostileArticle()],
    ['an empty English draft', seedArticle({ language: 'en', headline: '', tags: [], byline: '', standfirst: '', dateline: { place: '', date: '' }, slug: '', body: { type: 'doc', content: [] } })],
    ['an urgent approved story', seedArticle({ status: 'approved', urgency: 1, summary: 'ملخص' })],
    ['a story with every workflow and publishing field filled in', publishedStory()],
  ])('validates for %s', (_name, article) => {
    const ninjs = exportArticleNinjs(article);
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates the official examples, so the validator itself is right', () => {
    for (const example of ['example-3.1-simple-text-article.json', 'example-3.1-complex-text-article.json']) {
      expect(validate(JSON.parse(readFileSync(path.resolve('tests/fixtures', example), 'utf8')))).toBe(true);
    }
    expect(validate({ uri: 'x', bodies: [{ value: 'a', dir: 'rtl' }] })).toBe(false);
  });

  it('maps the newsroom fields', () => {
    expect(exportArticleNinjs(seedArticle({ status: 'approved', urgency: 3, summary: 'ملخص' }))).toMatchObject({
      uri: 'urn:newsroom:article:seed-kerry-lavrov',
      type: 'text',
      language: 'ar',
      versionCreated: '2015-05-12T10:15:00.000Z',
      pubStatus: 'usable',
      urgency: 3,
      headlines: [{ role: 'main', value: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا' }],
      descriptions: [{ role: 'standfirst' }, { role: 'summary', value: 'ملخص' }],
      bodies: [{ contentType: 'text/html', wordCount: 390 }, { contentType: 'text/plain', wordCount: 390 }],
      by: 'رويترز',
      located: 'سوتشي',
      contentCreated: '2015-05-12T00:00:00Z',
      subjects: [{ name: 'عربي ودولي', rel: 'section' }, { name: 'سوريا' }, { name: 'روسيا' }, { name: 'الولايات المتحدة' }, { name: 'أوكرانيا' }],
      slugline: 'kerry-lavrov-syria',
    });
  });

  it('carries the section as the first subject and the dateline date as contentCreated, and still validates', () => {
    const article = seedArticle({ section: 'سياسة', dateline: { place: 'سوتشي', date: '2015-05-12' } });
    const ninjs = exportArticleNinjs(article);
    expect(ninjs).toMatchObject({ contentCreated: '2015-05-12T00:00:00Z', located: 'سوتشي', subjects: [{ name: 'سياسة', rel: 'section' }, { name: 'سوريا' }, { name: 'روسيا' }, { name: 'الولايات المتحدة' }, { name: 'أوكرانيا' }] });
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
  });
});

function publishedStory() {
  return seedArticle({
    status: 'exported',
    assignee: 'ليلى',
    statusHistory: [{ status: 'approved', at: '2015-05-12T10:00:00.000Z', by: 'ليلى', reason: 'moved' }],
    editedBy: { name: 'ليلى', machine: 'desk-laptop-3' },
    seoTitle: 'كيري ولافروف: اتفاق على العمل المشترك بشأن سوريا',
    socialTitle: 'واشنطن وموسكو تواصلان العمل المشترك بشأن سوريا',
    socialDescription: 'لقاء في سوتشي بين كيري ولافروف وبوتين.',
    embargo: '2015-05-12T12:00:00.000Z',
    corrections: [
      { kind: 'correction', at: '2015-05-13T08:30:00.000Z', text: 'صُحّح اسم المنتجع: سوتشي وليس يالطا.' },
      { kind: 'update', at: '2015-05-12T18:00:00.000Z', text: 'أُضيف تصريح الخارجية الروسية.' },
    ],
  });
}

describe('corrections, SEO and social fields, and the embargo in every format', () => {
  const story = publishedStory();

  it('shows each notice with its date in the HTML, newest first, and makes the newest the page’s dateModified', () => {
    const page = renderArticleHtml(story, { form: 'document' });
    const notices = page.match(/<li class="notice notice--(correction|update)"><strong>(تصحيح|تحديث)<\/strong> <time datetime="([^"]+)">[^<]+<\/time>: <span>[^<]+<\/span><\/li>/g) ?? [];
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('تصحيح');
    expect(notices[0]).toContain('2015-05-13T08:30:00.000Z');
    expect(notices[0]).toContain('صُحّح اسم المنتجع');
    expect(page).toContain('"dateModified":"2015-05-13T08:30:00.000Z"');
    expect(page).toContain('<meta property="article:modified_time" content="2015-05-13T08:30:00.000Z">');
    expect(renderArticleHtml(story, { form: 'fragment' })).toContain('<aside class="article-corrections" aria-label="تصحيحات وتحديثات">');
  });

  it('uses the SEO title for the page title and the social title and description on the cards, the headline stays the h1', () => {
    const page = renderArticleHtml(story, { form: 'document' });
    expect(page).toContain('<title>كيري ولافروف: اتفاق على العمل المشترك بشأن سوريا</title>');
    expect(page).toContain('<meta property="og:title" content="واشنطن وموسكو تواصلان العمل المشترك بشأن سوريا">');
    expect(page).toContain('<meta name="twitter:description" content="لقاء في سوتشي بين كيري ولافروف وبوتين.">');
    expect(page).toMatch(/<h1>كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا<\/h1>/);
    const plain = renderArticleHtml(seedArticle(), { form: 'document' });
    expect(plain).toContain('<title>كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا</title>');
  });

  it('carries the notices, titles and embargo in JSON and ninjs, and keeps the desk’s workflow at home', () => {
    const json = exportArticleJson(story);
    expect(json).toMatchObject({ corrections: story.corrections, seoTitle: story.seoTitle, socialTitle: story.socialTitle, embargo: story.embargo, assignee: '', statusHistory: [] });
    expect(json).not.toHaveProperty('editedBy');
    expect(JSON.stringify(exportArticleNinjs(story))).not.toContain('desk-laptop-3');
    expect(renderArticleHtml(story, { form: 'document' })).not.toContain('desk-laptop-3');
    const ninjs = exportArticleNinjs(story);
    expect(ninjs).toMatchObject({
      embargoedUntil: '2015-05-12T12:00:00.000Z',
      headlines: [{ role: 'main' }, { role: 'seo', value: story.seoTitle }, { role: 'social', value: story.socialTitle }],
      descriptions: expect.arrayContaining([
        { role: 'social', contentType: 'text/plain', value: story.socialDescription },
        { role: 'correction', contentType: 'text/plain', value: '2015-05-13T08:30:00.000Z صُحّح اسم المنتجع: سوتشي وليس يالطا.' },
        { role: 'update', contentType: 'text/plain', value: '2015-05-12T18:00:00.000Z أُضيف تصريح الخارجية الروسية.' },
      ]),
    });
    expect(JSON.stringify(ninjs)).not.toContain('ليلى');
  });

  it('reads the notices, titles and embargo back from its own ninjs', () => {
    const imported = jsonToArticle(renderExport(story, 'ninjs'));
    expect(imported.ok && imported.content).toMatchObject({ seoTitle: story.seoTitle, socialTitle: story.socialTitle, socialDescription: story.socialDescription, embargo: story.embargo, corrections: story.corrections });
  });
});

describe('the body as the CMS gets it', () => {
  it('leaves out the empty paragraph the editor keeps at the end, in every format', () => {
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'فقرة.' }] }, { type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: '  ' }] }] };
    const article = seedArticle({ body });
    for (const format of ['html', 'json', 'ninjs'] as const) {
      const rendered = renderExport(article, format);
      expect(rendered, format).toContain('فقرة.');
      expect(rendered, format).not.toMatch(/<p>\s*<\/p>|<p><\/p>|\\u003cp\\u003e\\u003c\/p|<p>\s+<\/p>/);
    }
    expect(renderExport(article, 'ninjs')).not.toContain('<p></p>');
  });
});

describe('safeFileStem', () => {
  it.each([
    ['kerry-lavrov-syria', 'kerry-lavrov-syria'],
    ['كيري-ولافروف', 'كيري-ولافروف'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['CON', '_CON'],
    ['lpt1', '_lpt1'],
    ['nul.txt', '_nul.txt'],
    ['\u0000\u0007bell', 'bell'],
    ['...', 'fallback'],
    ['   ', 'fallback'],
    ['name.', 'name'],
    ['\u202Egnp.exe', 'gnp.exe'],
  ])('%j → %j', (slug, stem) => {
    expect(safeFileStem(slug, 'fallback')).toBe(stem);
  });

  it('keeps names under 150 bytes without cutting a letter', () => {
    const stem = safeFileStem('سوريا-'.repeat(60));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(150);
    expect(stem.endsWith('-')).toBe(false);
    expect(stem).toMatch(/^[سوريا-]+$/);
  });
});
