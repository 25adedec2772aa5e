import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './newsroom-fixture';

const seedPath = path.resolve('tests/fixtures/seed-eremnews-kerry-lavrov.txt');

test('the seed story imports through the file dialog as a structured draft, next to a refused file', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استيراد' }).click();
  await (await chooser).setFiles([
    { name: 'eremnews.txt', mimeType: 'text/plain', buffer: await readFile(seedPath) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const summary = page.getByRole('dialog', { name: 'نتيجة الاستيراد' });
  await expect(summary).toContainText('استُورد 1 · رُفض 1');
  await expect(summary.getByRole('alert')).toHaveText('The file is empty.');
  await summary.getByRole('button', { name: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا' }).click();

  await expect(page.getByLabel('العنوان')).toHaveValue('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
  await expect(page.getByLabel('مكان الخبر')).toHaveValue('سوتشي');
  await expect(page.locator('.status-badge')).toHaveAttribute('data-status', 'draft');
  const paragraphs = page.getByRole('textbox', { name: 'نص المقال' }).locator('p');
  await expect(paragraphs).toHaveCount(15);
  await expect(paragraphs.first()).toHaveText(/^قال وزير الخارجية الأمريكي جون كيري/);
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).not.toContainText('الأكثر قراءة');
  await expect(page.locator('.dateline-preview')).toHaveText('سوتشي ـ');
  await page.screenshot({ path: test.info().outputPath('imported-seed.png') });
});

test('files dropped onto the window are imported', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  const html = '<html><head><title>صفحة محفوظة</title><script>window.pwned = 1</script></head><body><article><h1>خبر من صفحة ويب</h1><p>بيروت (أ ف ب) - أعلن <b>الجيش</b> <a href="javascript:window.pwned=2">شيئًا</a>.</p><img src=x onerror="window.pwned=3"></article></body></html>';
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'page.html', { type: 'text/html' }));
    return transfer;
  }, html);
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('أفلت الملفات هنا لاستيرادها')).toBeVisible();
  await page.locator('.app').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('dialog', { name: 'نتيجة الاستيراد' })).toContainText('استُورد 1');
  await page.getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('خبر من صفحة ويب');
  await expect(page.getByLabel('مكان الخبر')).toHaveValue('بيروت');
  await expect(page.getByRole('textbox', { name: 'نص المقال' }).locator('strong')).toHaveText('الجيش');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.getByRole('textbox', { name: 'نص المقال' }).locator('a')).toHaveCount(0);
});

test('copied web text becomes a new article with Paste as new article', async ({ page, context, newsroom }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsroom.origin });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.evaluate(async () => {
    const html = '<h1>عنوان منسوخ</h1><p>القاهرة - قالت الوزارة إن <em>الخطة</em> جاهزة.</p><ul><li>بند</li></ul>';
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob(['عنوان منسوخ\nالقاهرة - قالت الوزارة إن الخطة جاهزة.'], { type: 'text/plain' }) })]);
  });
  await page.getByRole('button', { name: 'لصق كمقال جديد' }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('عنوان منسوخ');
  await expect(page.getByLabel('مكان الخبر')).toHaveValue('القاهرة');
  await expect(page.getByRole('textbox', { name: 'نص المقال' }).locator('ul li')).toHaveText('بند');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(2);
});

test('a batch import shows its progress and can be cancelled; the files already in stay, the rest are named as cancelled', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  // A megabyte of saved web page takes the HTML parser seconds: long enough to cancel it.
  const longPage = `<html><body><article><h1>خبر طويل جدًا</h1>${'<p>وقال المتحدث إن <b>الاجتماع</b> ساعد على فهم أفضل.</p>'.repeat(15_000)}</article></body></html>`;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await (await chooser).setFiles([
    { name: 'first.txt', mimeType: 'text/plain', buffer: Buffer.from('الخبر الأول\n\nعمّان - فقرة.') },
    { name: 'long.html', mimeType: 'text/html', buffer: Buffer.from(longPage) },
    { name: 'last.txt', mimeType: 'text/plain', buffer: Buffer.from('الخبر الأخير\n\nفقرة.') },
  ]);
  await expect(page.getByRole('button', { name: 'جارٍ الاستيراد… 1 من 3' })).toBeDisabled();
  await page.getByRole('button', { name: 'إلغاء الاستيراد' }).click();
  const summary = page.getByRole('dialog', { name: 'نتيجة الاستيراد' });
  await expect(summary).toContainText('استُورد 1 · رُفض 0 · أُلغي 2');
  await expect(summary.getByText('أُلغي الاستيراد قبل هذا الملف.')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('import-cancelled.png') });
  await summary.getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.getByRole('button', { name: 'استيراد', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'إلغاء الاستيراد' })).toHaveCount(0);
});

const storyEndingInAList = 'خطة حكومية جديدة\n\nعمّان - أعلنت الحكومة خطة تشمل:\n- دعم الخبز\n- خفض أسعار الوقود\n- رفع الأجور\n';

test('a list that ends the story survives import and Paste as new article', async ({ page, context, newsroom }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsroom.origin });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  const items = page.getByRole('textbox', { name: 'نص المقال' }).locator('ul li');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await (await chooser).setFiles([{ name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from(storyEndingInAList) }]);
  await page.getByRole('dialog', { name: 'نتيجة الاستيراد' }).getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('خطة حكومية جديدة');
  await expect(items).toHaveText(['دعم الخبز', 'خفض أسعار الوقود', 'رفع الأجور']);

  await page.evaluate(async (text) => navigator.clipboard.writeText(text), storyEndingInAList.replace('خطة حكومية', 'خطة ملصقة'));
  await page.getByRole('button', { name: 'لصق كمقال جديد' }).click();
  await expect(page.getByLabel('العنوان')).toHaveValue('خطة ملصقة جديدة');
  await expect(items).toHaveText(['دعم الخبز', 'خفض أسعار الوقود', 'رفع الأجور']);
});

test('a passing notice goes away by itself', async ({ page, context, newsroom }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsroom.origin });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.evaluate(async () => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'لصق كمقال جديد' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'الحافظة لا تحتوي نصًا.' });
  await expect(toast).toBeVisible();
  await expect(toast).toHaveCount(0, { timeout: 15_000 });
});
