import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ArticleLibrary } from '../../services/library/article-library';
import { expect, test } from './newsroom-fixture';

const saveState = (page: Page) => page.locator('.status-bar [data-state]');
const seedHeadline = 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا';

test('History shows earlier versions with a right-to-left word diff, and restores one without losing the newest', async ({ page, newsroom }, testInfo) => {
  await page.goto(newsroom.url);
  const headline = page.getByLabel('العنوان');
  await expect(headline).toHaveValue(seedHeadline);

  await headline.fill('كيري ولافروف يختلفان حول سوريا');
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'إرسال إلى المراجعة' }).click();
  await expect(page.locator('.status-badge')).toHaveAttribute('data-status', 'in-review');
  await page.getByRole('textbox', { name: 'نص المقال' }).locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' وأضاف مصدر دبلوماسي تفاصيل جديدة.');
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');

  await page.getByRole('tab', { name: 'السجل' }).click();
  const versions = page.locator('.history-item');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('تغيير الحالة');
  await expect(versions.nth(1)).toContainText('تحرير');
  await versions.nth(1).click();

  const compare = page.getByLabel('الفرق بين هذه النسخة والنسخة الحالية');
  await expect(compare.locator('.history-fields')).toHaveText('بيانات تغيّرت: العنوان، الحالة');
  await expect(compare.locator('.history-headline del')).toHaveText('يتفقان على مواصلة العمل المشترك بشأن');
  await expect(compare.locator('.history-headline ins')).toHaveText('يختلفان حول');
  await expect(compare.locator('.history-body')).toHaveAttribute('dir', 'rtl');
  await expect(compare.locator('.history-body ins')).toContainText('وأضاف مصدر دبلوماسي تفاصيل جديدة');
  await page.screenshot({ path: testInfo.outputPath('history.png') });

  await compare.getByRole('button', { name: 'استعادة هذه النسخة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'استُعيدت النسخة' })).toBeVisible();
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).not.toContainText('مصدر دبلوماسي');

  await page.getByRole('tab', { name: 'السجل' }).click();
  await expect(versions.first()).toContainText('قبل الاستعادة');
  await versions.first().click();
  await expect(compare.locator('.history-headline')).toContainText('يختلفان حول');
  await expect(compare.locator('.history-body del')).toContainText('وأضاف مصدر دبلوماسي تفاصيل جديدة');
});

test('a save by another process shows "changed elsewhere" in the open editor instead of overwriting it', async ({ page, newsroom }) => {
  await page.clock.install();
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);
  const listed = (await newsroom.call('listArticles', {})) as { value: { articles: Array<{ id: string }> } };
  const id = listed.value.articles[0]!.id;

  // Clean editor: it simply shows the other process's text.
  const otherProcess = new ArticleLibrary({ directory: newsroom.dataDirectory });
  await otherProcess.open();
  const first = await otherProcess.save(id, 1, { headline: 'عنوان من نافذة أخرى' });
  expect(first.ok).toBe(true);
  await expect(page.getByLabel('العنوان')).toHaveValue('عنوان من نافذة أخرى');

  // Pending typing: saving stops and the conflict is shown; the other text stays on disk.
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.getByLabel('العنوان').fill('كتابتي التي لم تُحفظ بعد');
  await expect(saveState(page)).toHaveAttribute('data-state', 'unsaved');
  const second = await otherProcess.save(id, 2, { headline: 'عنوان ثانٍ من نافذة أخرى' });
  expect(second.ok).toBe(true);
  await expect(saveState(page)).toHaveAttribute('data-state', 'conflict');
  await page.keyboard.press('Control+s');
  const stored = JSON.parse(await readFile(path.join(newsroom.dataDirectory, 'articles', `${id}.json`), 'utf8')) as { headline: string };
  expect(stored.headline).toBe('عنوان ثانٍ من نافذة أخرى');
  await expect(page.getByLabel('العنوان')).toHaveValue('كتابتي التي لم تُحفظ بعد');
});
