import { expect, test, type RunningNewsroom } from './newsroom-fixture';

const seedHeadline = 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا';

async function addArticle(newsroom: RunningNewsroom, headline: string, tags: readonly string[], text: string): Promise<void> {
  const created = (await newsroom.call('createArticle', { headline })) as { value: { id: string; revision: number } };
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  const saved = await newsroom.call('saveArticle', { id: created.value.id, baseRevision: created.value.revision, changes: { tags, body } });
  expect(saved.ok).toBe(true);
}

test('a query without diacritics and with another hamza form finds the story, marks the words, and opens it from the results', async ({ page, newsroom }) => {
  await addArticle(newsroom, 'مسئولٌ في الإدارة يزور بيروت', ['لبنان'], 'وصل المسؤول إلى بيروت صباح اليوم.');
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('مسئولٌ في الإدارة يزور بيروت');

  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'البحث في المكتبة' })).toBeFocused();
  await page.keyboard.type('الامريكى كيرى');
  const results = page.getByRole('region', { name: 'نتائج البحث' });
  await expect(results.getByRole('status')).toHaveText('نتيجة واحدة');
  await expect(results.locator('mark')).toContainText(['الأمريكي', 'كيري']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('العنوان')).toHaveValue(seedHeadline);

  // Another hamza seat and no tashkeel: مسؤول finds مسئولٌ in a headline first, and المسؤولون in the seed's body.
  await page.getByRole('searchbox', { name: 'البحث في المكتبة' }).fill('مسؤول');
  await expect(results.getByRole('status')).toHaveText('نتيجتان');
  await expect(results.getByRole('listitem').first()).toContainText('مسئولٌ في الإدارة يزور بيروت');
  await expect(results.getByRole('listitem').nth(1).locator('mark')).toHaveText('المسؤولون');
  // The results stack one under the other, each readable: none drawn over another.
  const [upper, lower] = await Promise.all([0, 1].map((index) => results.getByRole('listitem').nth(index).boundingBox()));
  expect(lower!.y).toBeGreaterThanOrEqual(upper!.y + upper!.height - 1);
  await page.getByRole('searchbox', { name: 'البحث في المكتبة' }).fill('حالة:منشور كيري');
  await expect(results.getByRole('status')).toHaveText('لا نتائج');
  await expect(results).toContainText('لا شيء يطابق البحث');
  await page.getByRole('searchbox', { name: 'البحث في المكتبة' }).press('Escape');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(2);

  // Section, language and date narrow the library without a word typed, and combine with words.
  await page.getByText('القسم واللغة والتاريخ').click();
  await page.getByLabel('تصفية حسب القسم').selectOption('عربي ودولي');
  await expect(results.getByRole('status')).toHaveText('نتيجة واحدة');
  await expect(results.getByRole('listitem')).toContainText(seedHeadline);
  await page.getByLabel('تصفية حسب اللغة').selectOption('en');
  await expect(results.getByRole('status')).toHaveText('لا نتائج');
});

test('the Tags view makes two spellings one, and merges two tags into one across the library', async ({ page, newsroom }) => {
  await addArticle(newsroom, 'خبر أول', ['أمريكا', 'موسكو'], 'نص.');
  await addArticle(newsroom, 'خبر ثان', ['امريكا'], 'نص.');
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('خبر ثان');
  await page.getByRole('button', { name: 'الوسوم', exact: true }).click();
  const table = page.getByRole('table');
  const america = table.getByRole('row').filter({ hasText: 'امريكا' });
  await expect(america).toContainText('أمريكا');
  await america.getByRole('button', { name: /^توحيد الصيغ/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'عُدّل مقالان.' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'مريكا' })).toHaveCount(1);

  await table.getByRole('checkbox', { name: 'تحديد: روسيا' }).check();
  await table.getByRole('checkbox', { name: 'تحديد: موسكو' }).check();
  await page.getByLabel('دمج 2 وسوم في:').fill('روسيا');
  await page.getByRole('button', { name: 'دمج', exact: true }).click();
  await expect(table.getByRole('row').filter({ hasText: 'موسكو' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'روسيا' })).toContainText('2');

  const listed = (await newsroom.call('listArticles', {})) as { value: { articles: Array<{ headline: string; tags: string[] }> } };
  const tagsOf = (headline: string) => listed.value.articles.find((article) => article.headline === headline)?.tags;
  expect(tagsOf('خبر أول')).toEqual(['أمريكا', 'روسيا']);
  expect(tagsOf('خبر ثان')).toEqual(['أمريكا']);

  // From a tag to its stories: the library comes back filtered to them.
  await table.getByRole('button', { name: 'عرض مقالاته: روسيا' }).click();
  await expect(table).toHaveCount(0);
  await expect(page.getByLabel('تصفية حسب الوسم')).toHaveValue('روسيا');
  await expect(page.getByRole('navigation').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('navigation')).toContainText('خبر أول');
  await expect(page.getByRole('navigation')).not.toContainText('خبر ثان');
});
