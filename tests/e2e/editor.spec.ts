import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type RunningNewsroom } from './newsroom-fixture';

const saveState = (page: Page) => page.locator('.status-bar [data-state]');
const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const tool = (page: Page, name: string) => page.getByRole('toolbar', { name: 'أدوات التنسيق' }).getByRole('button', { name, exact: true });

async function newArticle(page: Page, newsroom: RunningNewsroom, headline: string): Promise<void> {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('button', { name: 'مقال جديد', exact: true }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('العنوان').fill(headline);
}

async function storedArticle(newsroom: RunningNewsroom, headline: string): Promise<Record<string, unknown> & { body: unknown; tags: string[] }> {
  const listed = (await newsroom.call('listArticles', {})) as { value: { articles: Array<{ id: string; headline: string }> } };
  const summary = listed.value.articles.find((article) => article.headline === headline);
  if (!summary) throw new Error(`No article "${headline}"`);
  const article = (await newsroom.call('getArticle', { id: summary.id })) as { value: Record<string, unknown> & { body: unknown; tags: string[] } };
  return article.value;
}

async function paste(target: Locator, html: string): Promise<void> {
  await target.evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('a journalist writes a structured mixed Arabic/English story and finds it all after a reload', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'محادثات سوتشي');
  await body(page).click();
  await page.keyboard.type('WHO قالت إن 45% من المستشفيات تعمل، وفق التقرير.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"We will keep the lines of communication open," Kerry said.');
  await page.keyboard.press('Enter');
  await tool(page, 'عنوان فرعي').click();
  await page.keyboard.type('ردود الفعل');
  await page.keyboard.press('Enter');
  await tool(page, 'قائمة نقطية').click();
  await page.keyboard.type('موسكو');
  await page.keyboard.press('Enter');
  await page.keyboard.type('واشنطن');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'اقتباس').click();
  await page.keyboard.type('التعاون لن يكون ممكنا إلا بناء على حقوق عادلة');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('المصدر: رويترز');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('عنوان الرابط');
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'رابط غير صالح' })).toBeVisible();
  await address.fill('https://www.reuters.com/world/');
  await address.press('Enter');
  await expect(body(page).locator('a[href="https://www.reuters.com/world/"]')).toHaveText('المصدر: رويترز');
  // With the caret in a link, its bubble names where it goes, and edits or removes it.
  await body(page).getByText('المصدر: رويترز').click();
  const bubble = page.locator('.link-view');
  await expect(bubble.locator('.link-address')).toHaveText('https://www.reuters.com/world/');
  await bubble.getByRole('button', { name: 'تعديل الرابط' }).click();
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('https://www.reuters.com/world/');
  await address.fill('www.reuters.com/world/middle-east/');
  await address.press('Enter');
  await expect(body(page).locator('a[href="https://www.reuters.com/world/middle-east/"]')).toHaveText('المصدر: رويترز');
  await expect(bubble.locator('.link-address')).toHaveText('https://www.reuters.com/world/middle-east/');
  await bubble.getByRole('button', { name: 'إزالة الرابط' }).click();
  await expect(body(page).locator('a')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('a[href="https://www.reuters.com/world/middle-east/"]')).toHaveText('المصدر: رويترز');

  const tags = page.getByRole('combobox', { name: 'الوسوم' });
  await tags.fill('سوريا');
  await tags.press('Enter');
  await tags.fill('امريكا،');
  await tags.fill('روسيا');
  await tags.press('Enter');
  await page.getByRole('button', { name: 'إزالة الوسم روسيا' }).click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await page.getByRole('navigation').getByText('محادثات سوتشي').click();
  const editorBody = body(page);
  const paragraphs = editorBody.locator(':scope > p');
  await expect(paragraphs.nth(0)).toHaveCSS('direction', 'rtl');
  await expect(paragraphs.nth(0)).toHaveText('WHO قالت إن 45% من المستشفيات تعمل، وفق التقرير.');
  await expect(paragraphs.nth(1)).toHaveCSS('direction', 'ltr');
  await expect(editorBody.locator('h2')).toHaveText('ردود الفعل');
  await expect(editorBody.locator('ul > li')).toHaveText(['موسكو', 'واشنطن']);
  await expect(editorBody.locator('blockquote')).toHaveText('التعاون لن يكون ممكنا إلا بناء على حقوق عادلة');
  await expect(editorBody.locator('a')).toHaveAttribute('href', 'https://www.reuters.com/world/middle-east/');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveText(['سوريا×', 'امريكا×']);
  await expect(page.locator('[data-count="words"]')).toHaveText('34');

  const stored = await storedArticle(newsroom, 'محادثات سوتشي');
  expect(stored.tags).toEqual(['سوريا', 'امريكا']);
  const tagOf: Record<string, string> = { paragraph: 'p', heading: 'h2', bulletList: 'ul', blockquote: 'blockquote' };
  const storedTypes = (stored.body as { content: Array<{ type: string; content?: unknown[] }> }).content
    .filter((node) => node.content?.length)
    .map((node) => node.type);
  expect(storedTypes).toEqual(['paragraph', 'paragraph', 'heading', 'bulletList', 'blockquote', 'paragraph']);
  const domTags = await page.evaluate(() =>
    [...document.querySelectorAll('.article-body > *')].filter((element) => element.textContent !== '').map((element) => element.tagName.toLowerCase()),
  );
  expect(domTags).toEqual(storedTypes.map((type) => tagOf[type]));
  expect(JSON.stringify(stored.body)).toContain('"href":"https://www.reuters.com/world/middle-east/"');
});

test('tags autocomplete from the library and Arabic variants are one tag, spelt as first used', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'وسوم');
  const tags = page.getByRole('combobox', { name: 'الوسوم' });
  await tags.fill('امريكا');
  await tags.press('Enter');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveText(['امريكا×']);
  await tags.fill('أمريكا');
  await tags.press('Enter');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveCount(1);
  await tags.fill('سور');
  const suggestions = page.getByRole('listbox', { name: 'اقتراحات الوسوم' });
  await expect(suggestions.getByRole('option')).toHaveText(['سوريا (1)']);
  await tags.press('ArrowDown');
  await tags.press('Enter');
  await tags.fill('اوكرانيا');
  await tags.press('Enter');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveText(['امريكا×', 'سوريا×', 'أوكرانيا×']);
  await tags.press('Backspace');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveText(['امريكا×', 'سوريا×']);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect((await storedArticle(newsroom, 'وسوم')).tags).toEqual(['امريكا', 'سوريا']);
});

test('library tags the story mentions are suggested under its tags, in view, and a click adds one', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'لقاء في العاصمة الروسية');
  const tags = page.getByRole('combobox', { name: 'الوسوم' });
  await tags.fill('القرم');
  await tags.press('Enter');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  // The sample story speaks of Crimea (القرم) but is not tagged with it.
  await page.locator('.article-item').filter({ hasText: 'كيري' }).locator('.article-item-open').click();
  await expect(page.getByLabel('العنوان')).toHaveValue(/كيري/);
  const suggested = page.getByRole('group', { name: 'وسوم مقترحة من النص' });
  const add = suggested.getByRole('button', { name: 'إضافة الوسم: القرم' });
  await add.scrollIntoViewIfNeeded();
  // Inside the metadata panel, under the tag field: not laid out off the page.
  const panel = await page.locator('.metadata-panel').boundingBox();
  const box = await add.boundingBox();
  expect(box && panel && box.x >= panel.x && box.x + box.width <= panel.x + panel.width && box.y + box.height <= panel.y + panel.height).toBe(true);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  await add.click();
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem').last()).toHaveText('القرم×');
  await expect(add).toHaveCount(0);
});

test('a tag suggestion arriving with a save, or taken, does not move the fields below the tags', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'خبر قصير');
  const suggested = page.getByRole('group', { name: 'وسوم مقترحة من النص' });
  await expect(suggested).toContainText('لا شيء الآن');
  const tags = page.getByRole('combobox', { name: 'الوسوم' });
  const summary = page.getByRole('textbox', { name: 'الملخص' });
  // Measured from the tag field, as the panel may scroll to show what is clicked.
  const belowTags = async () => ((await summary.boundingBox())?.y ?? 0) - ((await tags.boundingBox())?.y ?? 0);
  const before = await belowTags();
  // The sample story in the library is tagged سوريا.
  await body(page).click();
  await page.keyboard.type('اجتماع في سوريا اليوم');
  const add = suggested.getByRole('button', { name: 'إضافة الوسم: سوريا' });
  await expect(add).toBeVisible();
  expect(await belowTags()).toBe(before);
  await add.click();
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByRole('listitem')).toHaveText(['سوريا×']);
  await expect(suggested).toContainText('لا شيء الآن');
  expect(await belowTags()).toBe(before);
});

test('a web address and an e-mail address typed in an Arabic sentence become links and leave it right to left, in every story opened, with nothing in the console', async ({ page, newsroom }) => {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') complaints.push(message.text());
  });
  await newArticle(page, newsroom, 'خبر بروابط');
  await body(page).click();
  await page.keyboard.type('للتواصل: desk@example.com أو عبر example.org اليوم');
  await expect(body(page).locator('a[href="mailto:desk@example.com"]')).toHaveText('desk@example.com');
  await expect(body(page).locator('a[href="https://example.org"]')).toHaveText('example.org');
  // The addresses outnumber the Arabic letters; the sentence is still Arabic, right to left.
  await expect(body(page).locator('p').first()).toHaveCSS('direction', 'rtl');
  // Each story opens in a new editor: from the second on, the link extension used to complain.
  const stories = page.getByRole('navigation').getByRole('listitem');
  await stories.filter({ hasText: 'كيري' }).locator('.article-item-open').click();
  await stories.filter({ hasText: 'خبر بروابط' }).locator('.article-item-open').click();
  await expect(page.getByLabel('العنوان')).toHaveValue('خبر بروابط');
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' والموقع news.example.com كذلك');
  await expect(body(page).locator('a[href="https://news.example.com"]')).toHaveText('news.example.com');
  await expect(body(page).locator('a')).toHaveCount(3);
  expect(complaints).toEqual([]);
});

test('hostile HTML pasted into the body runs nothing and leaves nothing unsafe', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'لصق خطر');
  await body(page).click();
  const hostile = await readFile(path.resolve('tests/fixtures/hostile-paste.html'), 'utf8');
  await paste(body(page), hostile);
  // A pasted h1 keeps its heading role as a section heading (the headline field is the article's h1).
  await expect(body(page).locator('h2')).toHaveText(['عنوان من Word', 'عنوان فرعي']);
  // Word's spacing paragraphs (a no-break space) are left out.
  expect(await body(page).locator('p').evaluateAll((paragraphs) => paragraphs.filter((paragraph) => !paragraph.textContent?.trim()).length)).toBe(0);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  const html = await body(page).innerHTML();
  expect(html).not.toMatch(/<script|<iframe|<form|<object|<embed|<svg|<img|\son\w+=|javascript:|data:text|style="(?!)|font-size/i);
  const stored = JSON.stringify((await storedArticle(newsroom, 'لصق خطر')).body);
  for (const unsafe of ['script', 'pwned', 'onerror', 'javascript', 'iframe', 'evil', 'tracker', 'style']) expect(stored.toLowerCase()).not.toContain(unsafe);
  expect(stored).toContain('"href":"https://example.com/story"');
  expect(stored).toContain('"dir":"ltr"');
});

test('a 5 MB paste is refused with a message and the article is untouched', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'لصق ضخم');
  await body(page).click();
  await page.keyboard.type('نص قائم');
  await paste(body(page), `<p>${'كلمة '.repeat(1_000_000)}</p>`);
  await expect(page.getByRole('alert').filter({ hasText: 'كبير جدًا' })).toBeVisible();
  await expect(body(page)).toHaveText('نص قائم');
});

test('the Arabic helpers rewrite the article in one undoable step each', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'قمة 2014 في سوتشي');
  await page.getByLabel('المقدمة').fill('قتل 6100 شخص ــ بحسب الأمم المتحدة');
  await body(page).click();
  await page.keyboard.type('قتل 6100 شخص منذ 2014 ، قال "صريحة" العـــربية');
  const helpers = page.getByRole('button', { name: 'أدوات عربية' });
  await helpers.click();
  await page.getByRole('menuitem', { name: 'تحويل الأرقام إلى هندية (١٢٣)' }).click();
  await expect(body(page)).toHaveText('قتل ٦١٠٠ شخص منذ ٢٠١٤ ، قال "صريحة" العـــربية');
  await expect(page.getByLabel('العنوان')).toHaveValue('قمة ٢٠١٤ في سوتشي');
  await expect(page.getByLabel('المقدمة')).toHaveValue('قتل ٦١٠٠ شخص ــ بحسب الأمم المتحدة');
  await helpers.click();
  await page.getByRole('menuitem', { name: 'تحويل علامات التنصيص إلى «»' }).click();
  await helpers.click();
  await page.getByRole('menuitem', { name: 'حذف التطويل (كما في قـــال)' }).click();
  await helpers.click();
  await page.getByRole('menuitem', { name: 'حذف المسافات قبل علامات الترقيم' }).click();
  await expect(body(page)).toHaveText('قتل ٦١٠٠ شخص منذ ٢٠١٤، قال «صريحة» العربية');
  // The dash made of tatweel between spaces is punctuation, not a stretched word.
  await expect(page.getByLabel('المقدمة')).toHaveValue('قتل ٦١٠٠ شخص ــ بحسب الأمم المتحدة');
  await tool(page, 'تراجع').click();
  await expect(body(page)).toHaveText('قتل ٦١٠٠ شخص منذ ٢٠١٤ ، قال «صريحة» العربية');
  // Undo takes back a tool's change to the headline and standfirst with the body's.
  for (let step = 0; step < 3; step += 1) await tool(page, 'تراجع').click();
  await expect(body(page)).toHaveText('قتل 6100 شخص منذ 2014 ، قال "صريحة" العـــربية');
  await expect(page.getByLabel('العنوان')).toHaveValue('قمة 2014 في سوتشي');
  await expect(page.getByLabel('المقدمة')).toHaveValue('قتل 6100 شخص ــ بحسب الأمم المتحدة');
  // With a word selected, a tool changes that word only, not the fields above.
  const year = await body(page).evaluate((element) => {
    const text = element.querySelector('p')!.firstChild!;
    const range = document.createRange();
    const start = text.textContent!.indexOf('2014');
    range.setStart(text, start);
    range.setEnd(text, start + 4);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  await page.mouse.dblclick(year.x, year.y);
  await helpers.click();
  await page.getByRole('menuitem', { name: 'تحويل الأرقام إلى هندية (١٢٣)' }).click();
  await expect(body(page)).toHaveText('قتل 6100 شخص منذ ٢٠١٤ ، قال "صريحة" العـــربية');
  await expect(page.getByLabel('العنوان')).toHaveValue('قمة 2014 في سوتشي');
});

test('find and replace matches Arabic letter variants and ignores diacritics', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'بحث');
  await body(page).click();
  await page.keyboard.type('أمريكا وامريكا وإمريكا ومُحَمَّد');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search');
  await find.getByLabel('بحث عن').fill('امريكا');
  await expect(find.getByText('– من 3')).toBeVisible();
  await find.getByLabel('مطابقة أشكال الحروف').uncheck();
  await expect(find.getByText('– من 1')).toBeVisible();
  await find.getByLabel('مطابقة أشكال الحروف').check();
  await find.getByLabel('استبدال بـ').fill('الولايات المتحدة');
  await find.getByRole('button', { name: 'استبدال الكل' }).click();
  await expect(body(page)).toHaveText('الولايات المتحدة والولايات المتحدة والولايات المتحدة ومُحَمَّد');
  await find.getByLabel('بحث عن').fill('محمد');
  await find.getByRole('button', { name: 'التالي' }).click();
  await expect(find.getByText('1 من 1')).toBeVisible();
});

test('"replace all" corrects a name in the headline and standfirst too, and the count says where else it is found', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'كيري ولافروف يلتقيان');
  await page.getByLabel('المقدمة').fill('لقاء لافروف وكيري في سوتشي');
  await body(page).click();
  await page.keyboard.type('قال لافروف إن اللقاء كان مثمرًا.');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search');
  const count = find.locator('.find-count');
  await find.getByLabel('بحث عن').fill('لافروف');
  await expect(count).toHaveText('– من 1 · وفي العنوان: 1، المقدمة: 1');
  await find.getByLabel('استبدال بـ').fill('لافروڤ');
  await find.getByRole('button', { name: 'استبدال الكل' }).click();
  await expect(body(page)).toHaveText('قال لافروڤ إن اللقاء كان مثمرًا.');
  await expect(page.getByLabel('العنوان')).toHaveValue('كيري ولافروڤ يلتقيان');
  await expect(page.getByLabel('المقدمة')).toHaveValue('لقاء لافروڤ وكيري في سوتشي');
  await expect(count).toHaveText('لا نتائج');
  // One undo in the body takes the whole replacement back, fields included; redo brings it again.
  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(body(page)).toHaveText('قال لافروف إن اللقاء كان مثمرًا.');
  await expect(page.getByLabel('العنوان')).toHaveValue('كيري ولافروف يلتقيان');
  await expect(page.getByLabel('المقدمة')).toHaveValue('لقاء لافروف وكيري في سوتشي');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel('العنوان')).toHaveValue('كيري ولافروڤ يلتقيان');
  await expect(body(page)).toHaveText('قال لافروڤ إن اللقاء كان مثمرًا.');

  // Found only outside the body: the count says so, and "replace all" still replaces it.
  await find.getByLabel('بحث عن').fill('كيري');
  await expect(count).toHaveText('لا نتائج في النص · وفي العنوان: 1، المقدمة: 1');
  await find.getByLabel('استبدال بـ').fill('بلينكن');
  await find.getByRole('button', { name: 'استبدال الكل' }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('بلينكن ولافروڤ يلتقيان');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  const stored = await storedArticle(newsroom, 'بلينكن ولافروڤ يلتقيان');
  expect(stored.standfirst).toBe('لقاء لافروڤ وبلينكن في سوتشي');
});

test('an image is copied into the library with caption, credit and alt text', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'صورة');
  await body(page).click();
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const chooser = page.waitForEvent('filechooser');
  await tool(page, 'صورة').click();
  await (await chooser).setFiles({ name: 'kerry.png', mimeType: 'image/png', buffer: png });
  const figure = body(page).locator('figure.figure-image');
  await expect(figure.locator('img')).toHaveAttribute('src', /^media\/[0-9a-f]{64}\.png$/);
  await figure.getByLabel('التعليق').fill('كيري ولافروف في سوتشي');
  await figure.getByLabel('المصدر').fill('رويترز');
  await figure.getByLabel('النص البديل').fill('وزيرا الخارجية يتصافحان');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect(await figure.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  // The three fields fit the editor column: nothing scrolls sideways, the headline is not clipped.
  const editorPane = page.locator('.article-workspace');
  expect(await editorPane.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  const fieldsBox = await figure.locator('.figure-fields').boundingBox();
  const bodyBox = await body(page).boundingBox();
  expect(fieldsBox!.x).toBeGreaterThanOrEqual(bodyBox!.x - 1);
  expect(fieldsBox!.x + fieldsBox!.width).toBeLessThanOrEqual(bodyBox!.x + bodyBox!.width + 1);
  const media = await readdir(path.join(newsroom.dataDirectory, 'media'));
  expect(media).toHaveLength(1);
  expect(JSON.stringify((await storedArticle(newsroom, 'صورة')).body)).toContain('"caption":"كيري ولافروف في سوتشي","credit":"رويترز"');
  const chooserAgain = page.waitForEvent('filechooser');
  await tool(page, 'صورة').click();
  await (await chooserAgain).setFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') });
  await expect(page.getByRole('alert').filter({ hasText: 'تعذّر إدراج الصورة' })).toBeVisible();
});

test('an embed becomes an offline link card and refuses unsafe addresses', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'تضمين');
  await body(page).click();
  await tool(page, 'تضمين تغريدة أو فيديو أو صفحة').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('رابط التغريدة أو الفيديو أو الصفحة').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'إدراج' }).click();
  await expect(dialog.getByRole('alert')).toContainText('رابط غير صالح');
  await dialog.getByLabel('رابط التغريدة أو الفيديو أو الصفحة').fill('https://x.com/JohnKerry/status/1');
  await dialog.getByLabel('عنوان البطاقة (اختياري)').fill('تغريدة كيري');
  await dialog.getByRole('button', { name: 'إدراج' }).click();
  const card = body(page).locator('figure.embed-card');
  await expect(card).toHaveAttribute('data-provider', 'x');
  await expect(card.locator('a')).toHaveAttribute('href', 'https://x.com/JohnKerry/status/1');
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the slug follows the headline, stays unique and keeps a manual edit', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
  const slug = page.getByLabel('الرابط المختصر (slug)');
  await expect(slug).toHaveValue('كيري-ولافروف-يتفقان-على-مواصلة-العمل-المشترك-بشأن-سوريا');
  await slug.fill('kerry-lavrov-syria');
  await expect(page.getByText('هذا الرابط المختصر مستخدم لمقال آخر.')).toBeVisible();
  await slug.fill('kerry-lavrov-sochi');
  await page.getByLabel('العنوان').fill('كيري في سوتشي');
  await expect(slug).toHaveValue('kerry-lavrov-sochi');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect((await storedArticle(newsroom, 'كيري في سوتشي')).slug).toBe('kerry-lavrov-sochi');
});

test('metadata fields save with the article, and the dateline reads the Arabic way', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'بيانات');
  await page.getByLabel('المقدمة').fill('مقدمة قصيرة');
  await page.getByLabel('الكاتب').fill('مراسلنا');
  await page.getByLabel('مكان الخبر').fill('سوتشي');
  const date = page.getByRole('group', { name: 'تاريخ الخبر' });
  await date.getByLabel('اليوم').selectOption('12');
  await date.getByLabel('الشهر').selectOption({ label: 'مايو' });
  await date.getByLabel('السنة').fill('٢٠١٥');
  await page.locator('.metadata-panel').getByLabel('القسم').selectOption('سياسة');
  await page.getByLabel('الملخص').fill('ملخص');
  await page.getByRole('button', { name: 'إرسال إلى المراجعة' }).click();
  await expect(page.locator('.status-badge')).toHaveAttribute('data-status', 'in-review');
  await page.getByLabel('ملاحظة تحريرية (لا تُنشر)').fill('تحقق من الأرقام');
  await expect(page.locator('.dateline-preview')).toHaveText('سوتشي ـ');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  expect(await storedArticle(newsroom, 'بيانات')).toMatchObject({
    standfirst: 'مقدمة قصيرة',
    byline: 'مراسلنا',
    dateline: { place: 'سوتشي', date: '2015-05-12' },
    section: 'سياسة',
    summary: 'ملخص',
    status: 'in-review',
    editorialNote: 'تحقق من الأرقام',
  });
  await page.locator('.metadata-panel').getByLabel('القسم').selectOption({ label: '+ إضافة قسم…' });
  await page.getByPlaceholder('اسم القسم الجديد').fill('انتخابات');
  await page.getByRole('button', { name: 'تطبيق' }).click();
  await expect(page.locator('.metadata-panel').getByLabel('القسم')).toHaveValue('انتخابات');
  await page.reload();
  await page.getByRole('navigation').getByText('بيانات').click();
  await expect(page.locator('.metadata-panel').getByLabel('القسم')).toHaveValue('انتخابات');
});

test('arrow keys move the caret visually in a right-to-left block', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'أسهم');
  await body(page).click();
  await page.keyboard.type('سوريا');
  await expect(body(page).locator('p')).toHaveCSS('direction', 'rtl');
  const caret = () => page.evaluate(() => window.getSelection()?.focusOffset);
  // In a right-to-left block the right arrow walks back towards the start of the word…
  for (let step = 0; step < 8; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(caret).toBe(0);
  // …and the left arrow walks forward, as the letters sit on screen.
  await page.keyboard.press('ArrowLeft');
  const offset = await page.evaluate(() => window.getSelection()?.focusOffset);
  expect(offset).toBe(1);
});

test('axe finds no accessibility violations on the main screens, the dialogs and the exported page', async ({ page, newsroom }) => {
  // Nine full axe analyses take 25 s alone on this 2-core machine with software rendering, and
  // nearly 50 s beside another test: the default minute is too close.
  test.setTimeout(150_000);
  await page.goto(newsroom.url);
  await expect(body(page)).toBeVisible();
  const violations = async (screen: string, target = page) => {
    // Scripts cannot run in the sandboxed preview, so axe checks its HTML on a page of its own below.
    const results = await new AxeBuilder({ page: target }).options({ iframes: false }).exclude('iframe.preview-frame').analyze();
    return results.violations.map((violation) => `${screen} · ${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  };
  const found: string[] = [];
  found.push(...(await violations('editor')));
  await page.locator('.workflow-history summary').click();
  found.push(...(await violations('article details')));
  await page.getByRole('tab', { name: 'معاينة' }).click();
  await expect(page.frameLocator('iframe.preview-frame').locator('h1')).toBeVisible();
  found.push(...(await violations('preview')));
  await page.getByRole('button', { name: 'ملء النافذة' }).click();
  await expect(page.getByRole('dialog', { name: 'معاينة' })).toBeVisible();
  found.push(...(await violations('preview filling the window')));
  await page.keyboard.press('Escape');
  const previewHtml = (await page.locator('iframe.preview-frame').getAttribute('srcdoc')) ?? '';
  const articlePage = await page.context().newPage();
  await articlePage.setContent(previewHtml.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  found.push(...(await violations('exported page', articlePage)));
  await articlePage.close();
  await page.getByRole('tab', { name: 'السجل' }).click();
  found.push(...(await violations('history')));
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations('export dialog')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations('settings')));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations('shortcuts')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'المهملات', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'المهملات' })).toBeVisible();
  found.push(...(await violations('trash')));
  expect(found).toEqual([]);
});

test('a mixed-direction headline, standfirst, tags and library card follow their letters, not the first one; empty fields sit right', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, '');
  await expect(page.getByLabel('العنوان')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('combobox', { name: 'الوسوم' })).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('العنوان').fill('WHO تحذّر من موجة حرّ');
  await expect(page.getByLabel('العنوان')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('المقدمة').fill('UNICEF تحذّر من نقص الغذاء في المنطقة');
  await expect(page.getByLabel('المقدمة')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('المقدمة').fill('A statement in English, quoted');
  await expect(page.getByLabel('المقدمة')).toHaveAttribute('dir', 'ltr');
  const tags = page.getByRole('combobox', { name: 'الوسوم' });
  await tags.fill('WHO الصحة');
  await tags.press('Enter');
  await expect(page.getByRole('list', { name: 'الوسوم' }).getByText('WHO الصحة')).toHaveAttribute('dir', 'rtl');
  const card = page.getByRole('navigation').locator('.article-item-headline', { hasText: 'WHO تحذّر من موجة حرّ' });
  await expect(card).toHaveAttribute('dir', 'rtl');
  await expect(card).toHaveCSS('direction', 'rtl');
  await page.screenshot({ path: test.info().outputPath('mixed-direction.png') });
});

test('undo in the headline and standfirst takes back the typing run, as in any text field, not one letter', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, '');
  for (const label of ['العنوان', 'المقدمة']) {
    const field = page.getByLabel(label);
    await field.click();
    // execCommand goes through the browser's own typing path, which groups a run of letters into one undo
    // step as real keystrokes do (Playwright's synthetic key events are never grouped, in any field).
    const [typed, undone] = await field.evaluate(async (element: HTMLTextAreaElement) => {
      for (const letter of 'وزير الخارجية') {
        document.execCommand('insertText', false, letter);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      const before = element.value;
      document.execCommand('undo');
      return [before, element.value];
    });
    expect(typed).toBe('وزير الخارجية');
    expect(undone).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect(field).toHaveValue('وزير الخارجية');
  }
});

test('the Arabic tools menu works from the keyboard and closes on Escape and on a click elsewhere', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'قائمة');
  await body(page).click();
  await page.keyboard.type('منذ 2014');
  const helpers = page.getByRole('button', { name: 'أدوات عربية' });
  await helpers.click();
  const items = page.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(helpers).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body(page)).toHaveText('منذ ٢٠١٤');
  await helpers.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByLabel('العنوان').click();
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('the formatting toolbar is one Tab stop between the standfirst and the body, moved along with the arrow keys as it reads', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'لوحة الأدوات');
  await page.getByLabel('المقدمة').fill('مقدمة قصيرة');
  await page.keyboard.press('Tab');
  // Nothing to undo yet: the first button that does something holds the stop.
  await expect(tool(page, 'فقرة')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'فقرة')).toBeFocused();
  // Right to left: Left goes on to the next button, Right back, and both wrap round.
  await page.keyboard.press('ArrowLeft');
  await expect(tool(page, 'عنوان فرعي')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'بحث واستبدال')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tool(page, 'فقرة')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tool(page, 'بحث واستبدال')).toBeFocused();
  // Inside the Arabic tools menu the arrows, Home and End are the menu's.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'أدوات عربية' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'أدوات عربية' })).toBeFocused();
  // A button used from the keyboard keeps the stop: back from the body, the journalist lands on it.
  await page.keyboard.press('Home');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
  await expect(tool(page, 'غامق')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('عاجل');
  await expect(body(page).locator('strong')).toHaveText('عاجل');
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'غامق')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('المقدمة')).toBeFocused();
});

test('a pasted <h1> stays a heading and a pasted table stays a table', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'جدول');
  await body(page).click();
  await paste(body(page), '<h1>الحصيلة</h1><table><tr><th>البلد</th><th>العدد</th></tr><tr><td>سوريا</td><td>٦١٠٠</td></tr></table>');
  await expect(body(page).locator('h2')).toHaveText('الحصيلة');
  await expect(body(page).locator('table th')).toHaveText(['البلد', 'العدد']);
  await expect(body(page).locator('table td')).toHaveText(['سوريا', '٦١٠٠']);
});

test('an over-long headline says by how much, not only with a counter colour', async ({ page, newsroom }) => {
  await newArticle(page, newsroom, 'ا'.repeat(70));
  await expect(page.locator('.headline-warning')).toHaveCount(0);
  await page.getByLabel('العنوان').fill('ا'.repeat(75));
  await expect(page.locator('.headline-warning')).toHaveText('العنوان أطول من الحد المقترح بـ5 أحرف؛ قد يُقطع في نتائج البحث وبطاقات المشاركة.');
});

test('typing in a long story saves only the paragraph typed in, and the whole story is there after a reload', async ({ page, newsroom }) => {
  const paragraphs = Array.from({ length: 400 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `الفقرة رقم ${index + 1} من تقرير طويل عن المفاوضات.` }] }));
  const created = (await newsroom.call('createArticle', { headline: 'تقرير طويل' })) as { value: { id: string; revision: number } };
  await newsroom.call('saveArticle', { id: created.value.id, baseRevision: created.value.revision, changes: { body: { type: 'doc', content: paragraphs } } });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('تقرير طويل');
  const saves: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/saveArticle')) saves.push(request.postDataJSON() as Record<string, unknown>);
  });

  await body(page).locator('p').nth(200).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' وأضاف المتحدث تفاصيل جديدة.');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await body(page).locator('p').nth(10).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('فقرة جديدة بين فقرتين.');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');

  // Each save carried the paragraphs typed in, not the 400 the story has.
  expect(saves.length).toBeGreaterThanOrEqual(2);
  for (const save of saves) {
    expect(save.changes).not.toHaveProperty('body');
    expect((save.bodyPatch as { blocks: unknown[] }).blocks.length).toBeLessThanOrEqual(2);
  }
  const stored = await storedArticle(newsroom, 'تقرير طويل');
  const texts = (stored.body as { content: Array<{ content?: Array<{ text: string }> }> }).content.map((block) => block.content?.map((run) => run.text).join('') ?? '');
  expect(texts).toHaveLength(401);
  expect(texts[11]).toBe('فقرة جديدة بين فقرتين.');
  expect(texts[201]).toBe('الفقرة رقم 201 من تقرير طويل عن المفاوضات. وأضاف المتحدث تفاصيل جديدة.');
  expect(texts[400]).toBe('الفقرة رقم 400 من تقرير طويل عن المفاوضات.');

  await page.reload();
  await expect(body(page).locator('p')).toHaveCount(401);
  await expect(body(page).locator('p').nth(11)).toHaveText('فقرة جديدة بين فقرتين.');
  await expect(body(page).locator('p').nth(201)).toContainText('وأضاف المتحدث تفاصيل جديدة.');
});
