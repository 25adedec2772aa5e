import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article-schema';
import { renderExport } from '../../core/export/render-export';
import { ImportService } from '../../services/import/import-service';
import { ArticleLibrary } from '../../services/library/article-library';
import { MediaStore } from '../../services/library/media-store';
import JSZip from 'jszip';
import { makeDocx } from '../support/make-docx';
import { seedArticle } from '../support/seed-article';
import { temporaryDirectory } from '../support/temporary-directory';

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('importing files', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let library: ArticleLibrary;
  let importer: ImportService;

  beforeEach(async () => {
    directory = await temporaryDirectory();
    library = new ArticleLibrary({ directory: directory.path });
    await library.open();
    importer = new ImportService(library, new MediaStore(path.join(directory.path, 'media')));
  });
  afterEach(() => directory.remove());

  async function importedArticle(file: string, bytes: Buffer | string): Promise<Article> {
    const outcome = await importer.importBytes(file, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'));
    if (!outcome.ok) throw new Error(outcome.error);
    const article = await library.get(outcome.id);
    if (!article.ok) throw new Error(article.error.message);
    return article.value;
  }

  const types = (article: Article) => (article.body.content ?? []).map((node) => node.type);

  it('repairs lone surrogates from a ninjs file so every export and the preview can render it', async () => {
    const ninjs = '{"uri":"urn:x","type":"text","slugline":"\\ud800","headlines":[{"role":"main","value":"عنوان \\udc00 مكسور"}],"bodies":[{"role":"main","contentType":"text/plain","value":"نص \\ud83d وحده"}]}';
    const article = await importedArticle('broken.ninjs.json', ninjs);
    expect(JSON.stringify(article)).not.toMatch(/\\ud[89ab]/i);
    expect(article.headline).toBe('عنوان \uFFFD مكسور');
    for (const format of ['html', 'json', 'ninjs'] as const) expect(() => renderExport(article, format)).not.toThrow();
  });

  it.each([
    ['bold', '<p><strong>دمشق (رويترز) -</strong> قال مسؤول إن المحادثات مستمرة.</p>'],
    ['a bold place only', '<p><b>دمشق</b> - قال مسؤول إن المحادثات مستمرة.</p>'],
    ['a link', '<p><a href="https://example.com/damascus">دمشق</a> ـ قال مسؤول إن المحادثات مستمرة.</p>'],
    ['a span', '<p><span class="loc">دمشق</span> - قال مسؤول إن المحادثات مستمرة.</p>'],
  ])('finds a leading dateline wrapped in %s', async (_name, paragraph) => {
    const article = await importedArticle('story.html', `<html lang="ar"><body><article><h1>عنوان</h1>${paragraph}<p>فقرة ثانية.</p></article></body></html>`);
    expect(article.dateline.place).toBe('دمشق');
    const firstParagraph = article.body.content?.[0]?.content?.map((node) => node.text ?? '').join('');
    expect(firstParagraph).toBe('قال مسؤول إن المحادثات مستمرة.');
  });

  it('refuses a Word zip bomb from its zip directory, before unpacking anything', async () => {
    const stored = await makeDocx([{ runs: [{ text: 'ا'.repeat(11 * 1024 * 1024) }] }]);
    const bomb = await (await JSZip.loadAsync(stored)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const outcome = await importer.importBytes('bomb.docx', bomb);
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('unpacks to') });
    const truncated = await importer.importBytes('cut.docx', (await makeDocx([{ runs: [{ text: 'نص' }] }])).subarray(0, 200));
    expect(truncated).toMatchObject({ ok: false, error: expect.stringContaining('cannot be read') });
  });

  it('refuses a file whose document has more parts than any story, with the count', async () => {
    // Thirteen megabytes of short paragraphs: 1.2 million parts, well under the byte limit.
    const outcome = await importer.importBytes('lines.txt', Buffer.from(`عنوان\n\n${'فقرة قصيرة.\n\n'.repeat(600_000)}`));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/has [\d,]+ parts .*more than 1,000,000/) });
    const listed = await library.list();
    expect(listed.ok && listed.value.articles).toEqual([]);
  }, 60_000);

  it('refuses a file with more text than any story, with the count', async () => {
    const outcome = await importer.importBytes('wall.txt', Buffer.from(`عنوان\n\n${'كلمة '.repeat(5_200_000)}`));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/holds [\d,]+ characters of text, more than 25,000,000/) });
  }, 60_000);

  it('lands the seed story as a structured draft', async () => {
    const article = await importedArticle('seed.txt', readFileSync(new URL('../fixtures/seed-eremnews-kerry-lavrov.txt', import.meta.url)));
    expect(article).toMatchObject({ status: 'draft', headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا', dateline: { place: 'سوتشي' }, language: 'ar' });
    expect(article.body.content).toHaveLength(15);
    expect(article.slug).toBe('كيري-ولافروف-يتفقان-على-مواصلة-العمل-المشترك-بشأن-سوريا');
    const again = await importedArticle('seed.txt', readFileSync(new URL('../fixtures/seed-eremnews-kerry-lavrov.txt', import.meta.url)));
    expect(again.slug).toBe('كيري-ولافروف-يتفقان-على-مواصلة-العمل-المشترك-بشأن-سوريا-2');
  });

  it('finds the story in a saved web page and keeps its structure, nothing else', async () => {
    const page = `<!doctype html><html lang="ar"><head><title>عنوان الصفحة | الموقع</title><script>alert(1)</script><style>p{color:red}</style></head>
      <body><nav><a href="/">الرئيسية</a></nav><header><h2>قائمة</h2></header>
      <article><h1>عنوان <b>المقال</b></h1><p style="color:red" onclick="alert(2)">دمشق (رويترز) - قال <strong>مسؤول</strong> <a href="https://example.com/a" onclick="x()">إن</a> <a href="javascript:alert(3)">الوضع</a> هادئ.</p>
      <h2>خلفية</h2><ul><li>بند</li></ul><blockquote><p>اقتباس</p></blockquote><iframe src="https://evil.example"></iframe><form><input value="x"></form></article>
      <footer>© الموقع</footer></body></html>`;
    const article = await importedArticle('page.html', page);
    expect(article.headline).toBe('عنوان المقال');
    expect(article.dateline.place).toBe('دمشق');
    expect(types(article)).toEqual(['paragraph', 'heading', 'bulletList', 'blockquote']);
    const json = JSON.stringify(article.body);
    expect(json).toContain('"href":"https://example.com/a"');
    for (const unsafe of ['alert', 'javascript', 'onclick', 'style', 'evil', 'الرئيسية', 'قائمة', '©']) expect(json).not.toContain(unsafe);
  });

  it('keeps a second <h1> as a heading, h4 as a level-3 heading, and a table as a table', async () => {
    const page = '<article><h1>عنوان</h1><p>فقرة.</p><h1>قسم ثان</h1><h4>فرع</h4><table><tr><th>البلد</th><th>العدد</th></tr><tr><td>سوريا</td><td> ٦١٠٠ </td></tr></table></article>';
    const article = await importedArticle('table.html', page);
    expect(article.body.content?.map((node) => [node.type, node.attrs?.level ?? null, node.content?.map((child) => child.text).join('') ?? ''])).toEqual([
      ['paragraph', null, 'فقرة.'],
      ['heading', 2, 'قسم ثان'],
      ['heading', 3, 'فرع'],
      ['table', null, ''],
    ]);
    const table = article.body.content?.[3];
    expect(table?.content?.map((row) => row.content?.map((cell) => [cell.type, cell.content?.[0]?.content?.[0]?.text?.trim()]))).toEqual([
      [['tableHeader', 'البلد'], ['tableHeader', 'العدد']],
      [['tableCell', 'سوريا'], ['tableCell', '٦١٠٠']],
    ]);
  });

  it('drops the spacing paragraphs Word fills a page with (a no-break space, an empty <o:p>, a direction mark, a line break)', async () => {
    const page = `<html><body><h1>وزير الخارجية يزور بغداد</h1><p class=MsoNormal dir=RTL><span lang=AR-SA>وصل الوزير إلى بغداد.<o:p></o:p></span></p>
      <p class=MsoNormal>&nbsp;</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>\u200f </p><p><br></p><p>&nbsp;نهاية الخبر</p></body></html>`;
    const article = await importedArticle('word.htm', page);
    expect(article.body.content?.map((node) => [node.type, node.content?.map((child) => child.text ?? child.type).join('').trim() ?? ''])).toEqual([
      ['paragraph', 'وصل الوزير إلى بغداد.'],
      ['paragraph', 'نهاية الخبر'],
    ]);
  });

  it('takes the headline from <title> when a page has no <h1>', async () => {
    expect((await importedArticle('page.htm', '<html><head><title>عنوان من الوسم</title></head><body><p>نص.</p></body></html>')).headline).toBe('عنوان من الوسم');
  });

  it('reads Markdown', async () => {
    const article = await importedArticle('story.md', '# عنوان ماركداون\n\nفقرة **غامقة** و[رابط](https://example.com).\n\n- أول\n- ثان\n\n> اقتباس\n');
    expect(article.headline).toBe('عنوان ماركداون');
    expect(types(article)).toEqual(['paragraph', 'bulletList', 'blockquote']);
    expect(JSON.stringify(article.body)).toContain('"type":"bold"');
  });

  it('reads a Word document: title, headings, lists, bold, italic, links and images copied into the library', async () => {
    const docx = await makeDocx(
      [
        { style: 'Title', runs: [{ text: 'عنوان من وورد' }] },
        { rtl: true, runs: [{ text: 'فقرة ' }, { text: 'غامقة', bold: true }, { text: ' و' }, { text: 'مائلة', italic: true }, { text: ' و' }, { text: 'رابط', link: 'https://example.com/word' }] },
        { style: 'Heading2', runs: [{ text: 'عنوان فرعي' }] },
        { list: 1, runs: [{ text: 'نقطة أولى' }] },
        { list: 1, runs: [{ text: 'نقطة ثانية' }] },
        { list: 2, runs: [{ text: 'بند مرقم' }] },
        { runs: [{ text: 'فقرة ثانية.' }] },
      ],
      onePixelPng,
    );
    const article = await importedArticle('story.docx', docx);
    expect(article.headline).toBe('عنوان من وورد');
    expect(types(article)).toEqual(['paragraph', 'heading', 'bulletList', 'orderedList', 'paragraph', 'figureImage']);
    expect(article.body.content?.[2]?.content).toHaveLength(2);
    const json = JSON.stringify(article.body);
    for (const mark of ['bold', 'italic', 'link']) expect(json).toContain(`"type":"${mark}"`);
    const image = article.body.content?.find((node) => node.type === 'figureImage');
    expect(image?.attrs?.src).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(readFileSync(path.join(directory.path, String(image?.attrs?.src)))).toEqual(onePixelPng);
  });

  it('reads a Word table as a table that comes out as <table> in the HTML page and in ninjs', async () => {
    const docx = await makeDocx([
      { style: 'Title', runs: [{ text: 'نتائج الانتخابات' }] },
      { runs: [{ text: 'النتائج الأولية:' }] },
      { table: [['الحزب', 'المقاعد'], ['الأول', '٤٥'], ['الثاني', '٣٠']] },
    ]);
    const article = await importedArticle('results.docx', docx);
    expect(types(article)).toEqual(['paragraph', 'table']);
    const html = renderExport(article, 'html');
    expect(html).toMatch(/<table><thead><tr><th>الحزب<\/th><th>المقاعد<\/th><\/tr><\/thead><tbody><tr><td>الأول<\/td><td>٤٥<\/td><\/tr><tr><td>الثاني<\/td><td>٣٠<\/td><\/tr><\/tbody><\/table>/);
    const ninjs = JSON.parse(renderExport(article, 'ninjs')) as { bodies: Array<{ contentType: string; value: string }> };
    expect(ninjs.bodies.find((body) => body.contentType === 'text/html')?.value).toContain('<table><thead><tr><th>الحزب</th>');
    expect(ninjs.bodies.find((body) => body.contentType === 'text/plain')?.value).toContain('الحزب | المقاعد\nالأول | ٤٥\nالثاني | ٣٠');
  });

  it.each(['json', 'ninjs'] as const)('round-trips our %s export back into the same article content', async (format) => {
    const original = seedArticle({ summary: 'ملخص', urgency: 2, status: 'approved' });
    const article = await importedArticle(`export.${format === 'ninjs' ? 'ninjs.json' : 'json'}`, renderExport(original, format));
    expect(article.id).not.toBe(original.id);
    expect(article.status).toBe('draft');
    for (const field of ['headline', 'standfirst', 'summary', 'byline', 'tags', 'slug', 'language', 'urgency'] as const) expect(article[field]).toEqual(original[field]);
    expect(article.dateline.place).toBe(original.dateline.place);
    expect(renderExport(article, 'html', { fragment: true }).replace(/<span class="dateline">.*?<\/span>/, '')).toContain(
      renderExport(original, 'html', { fragment: true }).match(/<div class="article-body">(.*)<\/div>/s)?.[1]?.replace(/<span class="dateline">.*?<\/span>/, '').slice(0, 400) ?? 'missing',
    );
    expect(article.editorialNote).toBe('');
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty'],
    ['noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)), 'not UTF-8'],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), 'not UTF-8'],
    ['fake.docx', Buffer.from('just text pretending to be Word'), 'not a Word document'],
    ['broken.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]), 'cannot be read'],
    ['picture.pdf', Buffer.from('%PDF-1.4'), 'cannot be imported'],
    ['noextension', Buffer.from('text'), 'cannot be imported'],
    ['bad.json', Buffer.from('{"headline": '), 'not valid JSON'],
    ['other.json', Buffer.from('{"name": "package"}'), 'neither a Newsroom article nor an IPTC ninjs item'],
    ['blank.html', Buffer.from('<html><body><script>alert(1)</script></body></html>'), 'no text'],
  ])('refuses %s with a clear reason and creates nothing', async (file, bytes, reason) => {
    const outcome = await importer.importBytes(file, bytes);
    expect(outcome).toMatchObject({ file, ok: false });
    if (!outcome.ok) expect(outcome.error).toContain(reason);
    const listed = await library.list();
    expect(listed.ok && listed.value.articles).toEqual([]);
  });

  it('imports a 20 MB text file', async () => {
    const paragraph = 'وقال المتحدث إن الاجتماع ساعد على فهم أفضل لمواقف الطرفين في القضايا الدولية الملحة.\n';
    const text = `عنوان ضخم\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph)))}`;
    const article = await importedArticle('huge.txt', text);
    expect(article.headline).toBe('عنوان ضخم');
    expect(article.body.content?.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('imports pasted web copy as a new article', async () => {
    const outcome = await importer.importPasted('<h1>عنوان ملصق</h1><p>القاهرة - نص <em>ملصق</em>.</p><script>alert(1)</script>', 'عنوان ملصق\nالقاهرة - نص ملصق.');
    expect(outcome).toMatchObject({ ok: true, headline: 'عنوان ملصق' });
    const article = outcome.ok ? await library.get(outcome.id) : undefined;
    expect(article?.ok && article.value.dateline.place).toBe('القاهرة');
    expect(JSON.stringify(article?.ok && article.value.body)).not.toContain('alert');
  });
});
