import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningNewsroom } from './newsroom-fixture';
import { buttonAt } from '../support/button-at';
import { centreOf } from '../support/centre-of';
import { secondClickOfDoubleClick } from '../support/second-click-of-double-click';

const seedHeadline = 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا';
const saveState = (page: Page) => page.locator('.status-bar [data-state]');
const badge = (page: Page) => page.locator('.status-badge');

async function seedArticle(newsroom: RunningNewsroom): Promise<{ id: string } & Record<string, unknown>> {
  const listed = (await newsroom.call('listArticles', {})) as { value: { articles: Array<{ id: string }> } };
  const article = (await newsroom.call('getArticle', { id: listed.value.articles[0]!.id })) as { value: { id: string } & Record<string, unknown> };
  return article.value;
}

/** Runs the export dialog for the open article into a fresh folder and returns that folder. */
async function exportOpenArticle(page: Page, formats: readonly string[], options: { readonly markPublished?: boolean } = {}): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'newsroom-workflow-export-'));
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  for (const format of formats) await dialog.getByLabel(format).check();
  if (options.markPublished) await dialog.getByLabel('وضع علامة «منشور» على المقالات المعتمدة بعد التصدير').check();
  await dialog.getByLabel('مجلد التصدير').fill(folder);
  await dialog.getByRole('button', { name: 'صدِّر' }).click();
  return folder;
}

test('the second click of a double click on "send to review" does not press the next step\'s button, now under the pointer', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  const point = await centreOf(page.getByRole('button', { name: 'إرسال إلى المراجعة' }));
  await page.mouse.click(...point);
  await expect(badge(page)).toHaveText('قيد المراجعة');
  // The next steps' buttons take its place: "approve" or "back to draft" is under the pointer now.
  await expect.poll(() => buttonAt(page, point)).toMatch(/^(اعتماد|إعادة إلى المسودة)$/);
  await secondClickOfDoubleClick(page);
  await page.waitForTimeout(500);
  await expect(badge(page)).toHaveText('قيد المراجعة');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await seedArticle(newsroom)).status).toBe('in-review');
});

test('a story moves through the workflow with an assignee, every move is in its history, and editing approved copy sends it back', async ({ page, newsroom }) => {
  expect(await newsroom.call('updateSettings', { changes: { authorName: 'سامر', desk: ['ليلى الحسن', 'سامر'] } })).toMatchObject({ ok: true });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  await expect(badge(page)).toHaveText('مسودة');
  await expect(page.getByRole('button', { name: 'اعتماد' })).toHaveCount(0);

  await page.getByLabel('مُسند إلى').selectOption('ليلى الحسن');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'إرسال إلى المراجعة' }).click();
  await expect(badge(page)).toHaveText('قيد المراجعة');
  await page.getByRole('button', { name: 'اعتماد' }).click();
  await expect(badge(page)).toHaveText('معتمد');
  await expect(page.getByRole('navigation').getByRole('listitem').first()).toContainText('معتمد · ليلى الحسن');

  await page.locator('.workflow-history summary').click();
  const history = page.locator('.workflow-history li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('معتمد — سامر —');
  await expect(history.nth(1)).toContainText('قيد المراجعة — سامر —');

  // A note does not reopen approved copy; the headline does.
  await page.getByLabel('ملاحظة تحريرية (لا تُنشر)').fill('جاهز للنشر صباحًا');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(badge(page)).toHaveText('معتمد');
  await page.getByLabel('العنوان').fill(`${seedHeadline} وأوكرانيا`);
  await expect(page.locator('.workflow-reopened')).toContainText('فعاد المقال إلى «قيد المراجعة»');
  await expect(badge(page)).toHaveText('قيد المراجعة');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('بعد تعديل النص');

  await page.getByLabel('المُسند إليه').selectOption('سامر');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(0);
  await page.getByLabel('المُسند إليه').selectOption('ليلى الحسن');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(1);

  // Exporting never changes a status by itself; "mark as published" does, from approved.
  const first = await exportOpenArticle(page, []);
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: ملف واحد.');
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  await expect(badge(page)).toHaveText('قيد المراجعة');
  await page.getByRole('button', { name: 'اعتماد' }).click();
  await expect(badge(page)).toHaveText('معتمد');
  const second = await exportOpenArticle(page, [], { markPublished: true });
  await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: ملف واحد.');
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  await expect(badge(page)).toHaveText('منشور');
  expect((await seedArticle(newsroom)).statusHistory).toHaveLength(5);
  await Promise.all([first, second].map((folder) => rm(folder, { recursive: true, force: true })));
});

test('a correction is shown in the exported page with its date, is its dateModified, and travels in JSON and ninjs', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  await page.getByLabel('نص الملاحظة').fill('صُحّح اسم المنتجع: سوتشي وليس يالطا.');
  await page.getByRole('button', { name: 'إضافة ملاحظة' }).click();
  await expect(page.locator('.corrections-list li')).toContainText('تصحيح');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  const stored = (await seedArticle(newsroom)) as unknown as { corrections: Array<{ at: string; text: string }> };
  const at = stored.corrections[0]!.at;

  const folder = await exportOpenArticle(page, ['JSON', 'IPTC ninjs']);
  try {
    await expect(page.getByRole('dialog', { name: 'تصدير' }).getByRole('status')).toHaveText('اكتمل التصدير: 3 ملفات.');
    const html = await readFile(path.join(folder, 'kerry-lavrov-syria.html'), 'utf8');
    expect(html).toContain(`<strong>تصحيح</strong> <time datetime="${at}">`);
    expect(html).toContain('صُحّح اسم المنتجع: سوتشي وليس يالطا.');
    expect(html).toContain(`"dateModified":"${at}"`);
    const json = JSON.parse(await readFile(path.join(folder, 'kerry-lavrov-syria.json'), 'utf8')) as { corrections: unknown };
    expect(json.corrections).toEqual([{ kind: 'correction', at, text: 'صُحّح اسم المنتجع: سوتشي وليس يالطا.' }]);
    const ninjs = JSON.parse(await readFile(path.join(folder, 'kerry-lavrov-syria.ninjs.json'), 'utf8')) as { descriptions: unknown[] };
    expect(ninjs.descriptions).toContainEqual({ role: 'correction', contentType: 'text/plain', value: `${at} صُحّح اسم المنتجع: سوتشي وليس يالطا.` });

    // The exported page shows it as readers will see it.
    await page.goto(`file://${path.join(folder, 'kerry-lavrov-syria.html')}`);
    await expect(page.locator('.article-corrections')).toBeVisible();
    await expect(page.locator('.article-corrections')).toContainText('تصحيح');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('an export before the embargo is refused and goes ahead when the journalist overrides it', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  await page.getByLabel('حظر النشر حتى').fill('2099-01-01T09:00');
  await expect(page.locator('.embargo-notice')).toContainText('محظور النشر حتى 1 يناير 2099');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  const folder = await exportOpenArticle(page, ['IPTC ninjs']);
  try {
    const dialog = page.getByRole('dialog', { name: 'تصدير' });
    await expect(dialog.getByRole('alert')).toContainText('المقال محظور النشر حتى موعد الحظر');
    await dialog.getByRole('button', { name: 'صدِّر رغم الحظر' }).click();
    await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: ملفان.');
    const ninjs = JSON.parse(await readFile(path.join(folder, 'kerry-lavrov-syria.ninjs.json'), 'utf8')) as { embargoedUntil: string };
    expect(new Date(ninjs.embargoedUntil).getFullYear()).toBe(2099);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('switching the digit style and month names changes the library, the dateline and the export alike', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  const date = page.getByRole('group', { name: 'تاريخ الخبر' });
  await date.getByLabel('اليوم').selectOption('12');
  await date.getByLabel('الشهر').selectOption({ label: 'مايو' });
  await date.getByLabel('السنة').fill('2015');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  // The row says it short (saved today), the whole date on hover: both follow the settings.
  const card = page.getByRole('navigation').getByRole('listitem').first().locator('time');
  await expect(card).toHaveText(/^\p{Script=Arabic}+، \d{1,2}:\d{2}/u);
  await expect(card).toHaveAttribute('title', /^\d{1,2} \p{Script=Arabic}+ \d{4}، \d{1,2}:\d{2}/u);

  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const settings = page.getByRole('dialog', { name: 'الإعدادات' });
  await settings.getByLabel('الأرقام في التواريخ').selectOption('arabic-indic');
  await settings.getByLabel('أسماء الأشهر').selectOption('levant');
  await settings.getByLabel('التقويم').selectOption('gregorian-hijri');
  await expect(settings.locator('.date-style-example')).toContainText('هـ)');
  await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();

  await expect(card).toHaveText(/^\p{Script=Arabic}+، [٠-٩]{1,2}:[٠-٩]{2}/u);
  await expect(card).toHaveAttribute('title', /^[٠-٩]{1,2} \p{Script=Arabic}+( \p{Script=Arabic}+)? [٠-٩]{4} \([٠-٩]{1,2} [^)]+ هـ\)، [٠-٩]{1,2}:[٠-٩]{2}/u);
  await expect(page.locator('[data-count="words"]')).toHaveText(/^[٠-٩]+$/);
  await expect(page.locator('.headline-block .counter')).toHaveText(/^[٠-٩]+ \/ ٧٠$/);
  await page.getByRole('tab', { name: 'معاينة' }).click();
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.locator('.dateline time')).toHaveText('١٢ أيار ٢٠١٥ (٢٣ رجب ١٤٣٦ هـ)');

  const folder = await exportOpenArticle(page, []);
  try {
    await expect(page.getByRole('dialog', { name: 'تصدير' }).getByRole('status')).toHaveText('اكتمل التصدير: ملف واحد.');
    const html = await readFile(path.join(folder, 'kerry-lavrov-syria.html'), 'utf8');
    expect(html).toContain('<time datetime="2015-05-12">١٢ أيار ٢٠١٥ (٢٣ رجب ١٤٣٦ هـ)</time>');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a table typed in the editor comes out as a <table> in the HTML page and in ninjs', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'إدراج جدول' }).click();
  await expect(body.locator('table tr')).toHaveCount(3);
  for (const cell of ['الحزب', 'المقاعد', 'النسبة', 'الأول', '45', '40%']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.getByRole('button', { name: 'الجدول ▾' }).click();
  await page.getByRole('menuitem', { name: 'حذف الصف' }).click();
  await expect(body.locator('table tr')).toHaveCount(2);
  await expect(body.locator('table th')).toHaveText(['الحزب', 'المقاعد', 'النسبة']);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');

  const folder = await exportOpenArticle(page, ['IPTC ninjs']);
  try {
    await expect(page.getByRole('dialog', { name: 'تصدير' }).getByRole('status')).toHaveText('اكتمل التصدير: ملفان.');
    const expected = '<table><thead><tr><th>الحزب</th><th>المقاعد</th><th>النسبة</th></tr></thead><tbody><tr><td>الأول</td><td>45</td><td>40%</td></tr></tbody></table>';
    expect(await readFile(path.join(folder, 'kerry-lavrov-syria.html'), 'utf8')).toContain(expected);
    const ninjs = JSON.parse(await readFile(path.join(folder, 'kerry-lavrov-syria.ninjs.json'), 'utf8')) as { bodies: Array<{ contentType: string; value: string }> };
    expect(ninjs.bodies.find((entry) => entry.contentType === 'text/html')?.value).toContain(expected);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
