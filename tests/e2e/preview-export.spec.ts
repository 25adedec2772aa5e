import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './newsroom-fixture';
import { buttonAt } from '../support/button-at';
import { centreOf } from '../support/centre-of';
import { secondClickOfDoubleClick } from '../support/second-click-of-double-click';

test('the preview shows the exported HTML in a sandboxed frame and follows typing', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByLabel('مكان الخبر').fill('سوتشي');
  await page.getByRole('tab', { name: 'معاينة' }).click();
  const frameElement = page.getByTitle('معاينة المقال كما يراه القراء');
  await expect(frameElement).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  const frame = page.frameLocator('iframe.preview-frame');
  await expect(frame.locator('h1')).toHaveText('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('.dateline')).toHaveText('سوتشي ـ ');
  await expect(frame.locator('.site-name')).toHaveText('غرفة الأخبار');
  await frameElement.evaluate((element: HTMLIFrameElement) => element.contentWindow?.scrollTo(0, 200));
  await page.getByLabel('العنوان').fill('عنوان جديد للمعاينة');
  await expect(frame.locator('h1')).toHaveText('عنوان جديد للمعاينة');
  await expect.poll(() => frameElement.evaluate((element: HTMLIFrameElement) => element.contentWindow?.scrollY ?? 0)).toBeGreaterThan(150);

  await page.getByRole('radio', { name: 'هاتف' }).click();
  await expect.poll(() => frameElement.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(360);
  await page.getByRole('radio', { name: 'بطاقة اجتماعية' }).click();
  await expect(page.getByTestId('social-card')).toContainText('عنوان جديد للمعاينة');
  await page.getByRole('radio', { name: 'نتيجة بحث' }).click();
  await page.getByRole('tab', { name: 'بيانات الخبر' }).click();
  await page.getByLabel('الملخص').fill('ملخص طويل '.repeat(40));
  await page.getByRole('tab', { name: 'معاينة' }).click();
  await page.getByRole('radio', { name: 'نتيجة بحث' }).click();
  const description = await page.getByTestId('search-snippet').locator('.search-description').textContent();
  expect(description?.length).toBeLessThanOrEqual(160);
  expect(description?.endsWith('…')).toBe(true);
  await page.getByRole('radio', { name: 'طباعة A4' }).click();
  await expect(page.getByRole('button', { name: 'اطبع' })).toBeVisible();
});

test('no script from an article runs in the preview', async ({ page, newsroom }) => {
  const created = (await newsroom.call('createArticle', { headline: '<script>window.parent.pwned=1</script>عنوان' })) as { value: { id: string } };
  const hostileBlocks = [
    { type: 'paragraph', attrs: { dir: 'rtl" onmouseover="window.parent.pwned=3' }, content: [{ type: 'text', text: '<script>window.parent.pwned=4</script>' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'javascript:window.parent.pwned=5' } }] }] },
    { type: 'figureImage', attrs: { src: 'x" onerror="window.parent.pwned=7' } },
  ];
  // A node the document schema does not know is refused outright.
  const withScript = await newsroom.call('saveArticle', {
    id: created.value.id,
    baseRevision: 1,
    changes: { body: { type: 'doc', content: [...hostileBlocks, { type: 'script', content: [{ type: 'text', text: 'window.parent.pwned=6' }] }] } },
  });
  expect(withScript).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const saved = await newsroom.call('saveArticle', {
    id: created.value.id,
    baseRevision: 1,
    changes: { standfirst: '<img src=x onerror="window.parent.pwned=2">', body: { type: 'doc', content: hostileBlocks } },
  });
  expect(saved.ok).toBe(true);
  await page.goto(newsroom.url);
  await page.getByRole('navigation').getByText('<script>window.parent.pwned=1</script>عنوان').click();
  // The article opens in a new editor; choose the preview tab in that one, not in the one it replaces.
  await expect(page.getByLabel('العنوان')).toHaveValue('<script>window.parent.pwned=1</script>عنوان');
  await page.getByRole('tab', { name: 'معاينة' }).click();
  const frame = page.frameLocator('iframe.preview-frame');
  await expect(frame.locator('h1')).toHaveText('<script>window.parent.pwned=1</script>عنوان');
  await frame.locator('.article-body p').first().hover();
  await frame.getByText('رابط').click();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await frame.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  expect(await frame.locator('[onerror], [onmouseover], [onclick], a[href^="javascript"]').count()).toBe(0);
  const scriptsAllowed = await page.locator('iframe.preview-frame').evaluate((element: HTMLIFrameElement) => element.sandbox.contains('allow-scripts'));
  expect(scriptsAllowed).toBe(false);
});

test('one article exports to the chosen folder, asks before replacing, and keeps its status', async ({ page, newsroom }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'newsroom-export-'));
  try {
    await page.goto(newsroom.url);
    await expect(page.getByLabel('العنوان')).not.toHaveValue('');
    await page.getByRole('button', { name: 'تصدير', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'تصدير' });
    await dialog.getByLabel('JSON').check();
    await dialog.getByLabel('IPTC ninjs').check();
    await dialog.getByLabel('مجلد التصدير').fill(folder);
    await dialog.getByRole('button', { name: 'صدِّر' }).click();
    await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: 3 ملفات.');
    expect((await readdir(folder)).sort()).toEqual(['kerry-lavrov-syria.html', 'kerry-lavrov-syria.json', 'kerry-lavrov-syria.ninjs.json']);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(page.locator('.status-badge')).toHaveAttribute('data-status', 'draft');

    await page.getByRole('button', { name: 'تصدير', exact: true }).click();
    await dialog.getByLabel('مجلد التصدير').fill(folder);
    await dialog.getByRole('button', { name: 'صدِّر' }).click();
    await expect(dialog.getByRole('alert')).toContainText('بعض الملفات موجودة');
    await dialog.getByRole('button', { name: 'الاحتفاظ بالاثنين' }).click();
    await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: ملف واحد.');
    expect(await readdir(folder)).toContain('kerry-lavrov-syria-2.html');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the settings say which folders are in use, and a new export folder is the export dialog\'s at once', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const settings = page.getByRole('dialog', { name: 'الإعدادات' });
  await expect(settings.getByText('المجلد المستخدم الآن:')).toContainText(newsroom.dataDirectory);
  const defaultExport = path.join(os.homedir(), 'Documents', 'Newsroom');
  const exportFolder = settings.getByLabel('مجلد التصدير');
  await expect(exportFolder).toHaveValue('');
  await expect(settings.getByText('إن تُرك فارغًا:')).toContainText(defaultExport);
  const chosen = path.join(newsroom.dataDirectory, 'exports');
  await exportFolder.fill(chosen);
  await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(settings).toBeHidden();
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'تصدير' }).getByLabel('مجلد التصدير')).toHaveValue(chosen);
});

test('a missing export folder is a clear error', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  await dialog.getByLabel('مجلد التصدير').fill('/nonexistent/folder/for/newsroom');
  await dialog.getByRole('button', { name: 'صدِّر' }).click();
  await expect(dialog.getByRole('alert')).toContainText('المجلد غير موجود. اختر مجلدًا موجودًا أو أنشئه أولًا.');
  // The back end's English detail is folded away under "technical details".
  await expect(dialog.getByText('does not exist')).toBeHidden();
  await dialog.getByText('التفاصيل التقنية').click();
  await expect(dialog.getByText('does not exist')).toBeVisible();
});

test('Copy HTML puts the article fragment on the clipboard', async ({ page, context, newsroom }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsroom.origin });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('button', { name: 'نسخ HTML' }).click();
  await expect(page.getByText('نُسخ HTML المقال.')).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard.startsWith('<article class="news-article" lang="ar" dir="rtl">')).toBe(true);
  expect(clipboard).toContain('<h1>كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا</h1>');
});

test('200 articles batch-export from the library with a progress bar and a correct manifest, not cancelled by a double click on export', async ({ page, newsroom }) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'newsroom-batch-'));
  try {
    for (let index = 1; index < 200; index += 1) {
      const created = await newsroom.call('createArticle', { headline: index === 1 ? '' : `خبر رقم ${index}` });
      expect(created.ok).toBe(true);
    }
    await page.goto(newsroom.url);
    await expect(page.getByRole('navigation').getByRole('listitem').first()).toHaveAttribute('aria-setsize', '200');
    await page.getByLabel('تحديد الكل').check();
    await page.getByRole('button', { name: 'تصدير المحدد (200)' }).click();
    const dialog = page.getByRole('dialog', { name: 'تصدير 200 مقال' });
    // Too many to proof before the export, which the summary says, naming the story without a headline all the same.
    const summary = dialog.getByRole('region', { name: 'التدقيق الإملائي والأسلوبي' });
    await expect(summary).toContainText('لا تُدقَّق قبل التصدير دفعة تزيد على 100 مقال');
    await expect(summary).toContainText('مقال واحد بلا عنوان');
    await dialog.getByLabel('JSON').check();
    await dialog.getByLabel('IPTC ninjs').check();
    await dialog.getByLabel('مجلد التصدير').fill(folder);
    const point = await centreOf(dialog.getByRole('button', { name: 'صدِّر' }));
    await page.mouse.click(...point);
    await expect(dialog.locator('progress')).toBeVisible();
    // Clicked twice, as a double click: the second press lands on "cancel", now where "export" was, and must not stop it.
    await expect.poll(() => buttonAt(page, point)).toBe('إلغاء');
    await secondClickOfDoubleClick(page);
    await expect(dialog.getByRole('status')).toHaveText('اكتمل التصدير: 600 ملف.', { timeout: 120_000 });
    const files = await readdir(folder);
    for (const extension of ['.ninjs.json', '.html']) expect(files.filter((file) => file.endsWith(extension))).toHaveLength(200);
    expect(files.filter((file) => file.endsWith('.json') && !file.endsWith('.ninjs.json') && file !== 'manifest.json')).toHaveLength(200);
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; headline: string; files: Array<{ file: string; sha256: string }> }> };
    expect(manifest.articles).toHaveLength(200);
    expect(new Set(manifest.articles.map((entry) => entry.id)).size).toBe(200);
    for (const entry of manifest.articles.slice(0, 20)) {
      for (const file of entry.files) {
        expect(createHash('sha256').update(await readFile(path.join(folder, file.file))).digest('hex')).toBe(file.sha256);
      }
    }
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    const exported = (await newsroom.call('getArticle', { id: manifest.articles[0]!.id })) as { value: { status: string; exportedAt?: string } };
    expect(exported.value).toMatchObject({ status: 'draft', exportedAt: expect.any(String) });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the desktop preview is a desktop-wide page and the A4 view fits the pane without scrolling sideways', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('tab', { name: 'معاينة' }).click();
  const frame = page.locator('iframe.preview-frame');
  await expect(frame).toHaveAttribute('data-mode', 'desktop');
  expect(await frame.evaluate((element: HTMLIFrameElement) => element.contentWindow?.innerWidth)).toBe(1200);
  await page.getByRole('radio', { name: 'طباعة A4' }).click();
  await expect(frame).toHaveAttribute('data-mode', 'print');
  expect(await frame.evaluate((element: HTMLIFrameElement) => element.contentWindow?.innerWidth)).toBe(794);
  const panel = page.locator('.side-panel');
  expect(await panel.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  const frameBox = await frame.boundingBox();
  const panelBox = await panel.boundingBox();
  expect(frameBox!.x).toBeGreaterThanOrEqual(panelBox!.x);
  expect(frameBox!.x + frameBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width + 1);
});

test('the preview fills the window, so a desktop page is read at its own size, and Escape brings the editor back', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('tab', { name: 'معاينة' }).click();
  const frame = page.locator('iframe.preview-frame');
  // In the pane a 1,200 px desktop page is shrunk to well under half its size.
  expect(Number(await frame.getAttribute('data-scale'))).toBeLessThan(0.5);
  await page.getByRole('button', { name: 'ملء النافذة' }).click();
  const full = page.getByRole('dialog', { name: 'معاينة' });
  await expect(full).toBeVisible();
  await expect(full.locator('iframe.preview-frame')).toHaveAttribute('data-scale', '1.000');
  await expect(full.frameLocator('iframe').locator('h1')).toHaveText(await page.getByLabel('العنوان').inputValue());
  // The views switch in the full window too, and it stays open until asked to close.
  await full.getByRole('radio', { name: 'هاتف' }).click();
  await expect(full.locator('iframe.preview-frame')).toHaveAttribute('data-mode', 'mobile');
  await page.keyboard.press('Escape');
  await expect(full).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ملء النافذة' })).toBeFocused();
  await expect(frame).toHaveAttribute('data-mode', 'mobile');
  await page.getByRole('button', { name: 'ملء النافذة' }).press('Enter');
  await page.getByRole('button', { name: 'العودة إلى المحرر' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ملء النافذة' })).toBeFocused();
});

test('the export dialog keeps each checkbox right beside its label', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  for (const name of ['HTML', 'JSON', 'IPTC ninjs']) {
    const box = await dialog.getByRole('checkbox', { name, exact: true }).boundingBox();
    const label = await dialog.locator('label.check', { hasText: name }).first().boundingBox();
    // Right to left: the box starts the row, at its right edge, and stays small.
    expect(box!.width).toBeLessThan(30);
    expect(label!.x + label!.width - (box!.x + box!.width)).toBeLessThan(4);
    expect(label!.height).toBeLessThan(40);
  }
});

test('the export dialog warns of a story without a headline before it goes out with an empty title', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  const headline = page.getByLabel('العنوان');
  await expect(headline).not.toHaveValue('');
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  const summary = page.getByRole('dialog').getByRole('region', { name: 'التدقيق الإملائي والأسلوبي' });
  await expect(summary).toContainText('التدقيق:');
  await expect(summary).not.toContainText('بلا عنوان');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'مقال جديد', exact: true }).click();
  await expect(headline).toHaveValue('');
  await page.getByRole('textbox', { name: 'نص المقال' }).click();
  await page.keyboard.type('نص بلا عنوان بعد.');
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(summary).toContainText('مقال واحد بلا عنوان: يُصدَّر بعنوان فارغ.');
  await expect(summary).toHaveClass(/banner--warning/);
});
