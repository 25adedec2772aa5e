import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './newsroom-fixture';
import { pressOnArabicLayout } from '../support/press-on-arabic-layout';

const root = fileURLToPath(new URL('../..', import.meta.url));
const saveState = (page: Page) => page.locator('.status-bar [data-state]');

async function headlinesOnDisk(dataDirectory: string): Promise<string[]> {
  const folder = path.join(dataDirectory, 'articles');
  const files = await readdir(folder);
  return Promise.all(files.map(async (file) => (JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { headline: string }).headline));
}

test('the window title names the story and marks unsaved typing', async ({ page, newsroom }) => {
  await page.clock.install();
  await page.goto(newsroom.url);
  await expect(page).toHaveTitle('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا — غرفة الأخبار');
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.getByLabel('العنوان').fill('عنوان جديد');
  await expect(page).toHaveTitle('• عنوان جديد — غرفة الأخبار');
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(page).toHaveTitle('عنوان جديد — غرفة الأخبار');
});

test('reloading right after typing keeps the text', async ({ page, newsroom }) => {
  await page.clock.install();
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  // The autosave timer never fires with the clock paused: only the save on leaving can keep this.
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.getByLabel('العنوان').fill('كُتب قبل إعادة التحميل بلحظة');
  await expect(saveState(page)).toHaveAttribute('data-state', 'unsaved');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('العنوان')).toHaveValue('كُتب قبل إعادة التحميل بلحظة');
  expect(await headlinesOnDisk(newsroom.dataDirectory)).toContain('كُتب قبل إعادة التحميل بلحظة');
});

test('stopping browser mode (Ctrl+C) first saves what the open tab was typing', async ({ page }, testInfo) => {
  const dataDirectory = testInfo.outputPath('data');
  const server = spawn(process.execPath, [path.join(root, 'dist', 'cli', 'newsroom.mjs'), '--data', dataDirectory, 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, NEWSROOM_DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const url = await new Promise<string>((resolve) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
  });
  await page.clock.install();
  await page.goto(url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.getByLabel('العنوان').fill('كُتب قبل إيقاف الخادم');
  await expect(saveState(page)).toHaveAttribute('data-state', 'unsaved');
  server.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(await headlinesOnDisk(dataDirectory)).toContain('كُتب قبل إيقاف الخادم');
});

test('Ctrl+/ opens the keyboard shortcut sheet', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText('Ctrl+Shift+V')).toBeVisible();
  await expect(sheet.getByText('لصق كمقال جديد')).toBeVisible();
  await sheet.getByRole('button', { name: 'إغلاق' }).click();
  await expect(sheet).toBeHidden();
});

test('the shortcuts work with the keyboard on its Arabic layout, and in a browser tab the page answers those of the desktop menu', async ({ page, context, newsroom }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: newsroom.origin });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.click();
  // Ctrl and the F key arrive as Ctrl+"ب", and so on: each shortcut is read from the key's place.
  await pressOnArabicLayout(page, 'ب', 'KeyF', { ctrl: true });
  await expect(page.getByRole('search')).toBeVisible();
  await page.keyboard.press('Escape');
  await body.click();
  await pressOnArabicLayout(page, 'ن', 'KeyK', { ctrl: true });
  await expect(page.getByLabel('عنوان الرابط')).toBeFocused();
  await page.keyboard.press('Escape');
  await pressOnArabicLayout(page, 'ظ', 'Slash', { ctrl: true });
  const sheet = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await expect(sheet).toBeVisible();
  // A browser keeps Ctrl+N for a new window; the sheet says so rather than promise it.
  await expect(sheet.locator('.shortcut-row', { hasText: 'Ctrl+N' })).toContainText('في التطبيق المكتبي');
  await page.keyboard.press('Escape');
  await pressOnArabicLayout(page, 'و', 'Comma', { ctrl: true });
  await expect(page.getByRole('dialog', { name: 'الإعدادات' })).toBeVisible();
  await page.keyboard.press('Escape');
  const chooser = page.waitForEvent('filechooser');
  await pressOnArabicLayout(page, 'خ', 'KeyO', { ctrl: true });
  expect((await chooser).isMultiple()).toBe(true);
  await page.evaluate(() => navigator.clipboard.writeText('عنوان من الحافظة\nنص الخبر المنسوخ.'));
  await page.keyboard.press('Control+Shift+V');
  await expect(page.getByLabel('العنوان')).toHaveValue('عنوان من الحافظة');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(2);
});
