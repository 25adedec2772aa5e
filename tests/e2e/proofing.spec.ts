import { expect, test } from './newsroom-fixture';

test('a misspelling is fixed from its menu and a Latin comma with its one-click fix; added and ignored words stay accepted after a reload', async ({ page, newsroom }, testInfo) => {
  await newsroom.call('createArticle', { headline: 'اجتماع جنيف' });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('اجتماع جنيف');
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.click();
  await page.keyboard.type('قال المتحدث, إن الازمة مستمرة');

  const misspelling = body.locator('.proofing-spelling', { hasText: 'الازمة' });
  const comma = body.locator('.proofing-style[data-rule="latin-punctuation"]');
  await expect(misspelling).toHaveCount(1);
  await expect(comma).toHaveText(',');
  await expect(misspelling).toHaveAttribute('title', 'إملاء عربي');

  // The context menu offers the hamza spelling first.
  await misspelling.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'اقتراحات التدقيق' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('الأزمة');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'الأزمة', exact: true }).click();
  await expect(menu).toBeHidden();
  await expect(body).toHaveText('قال المتحدث, إن الأزمة مستمرة');
  await expect(body.locator('.proofing-spelling')).toHaveCount(0);

  // The proofing panel counts what is left and fixes the comma in one click.
  await page.getByRole('tab', { name: 'تدقيق' }).click();
  const panel = page.getByRole('region', { name: 'التدقيق الإملائي والأسلوبي' });
  await expect(panel.getByRole('status')).toHaveText('ملاحظة واحدة');
  await expect(panel.getByRole('region', { name: 'فاصلة أو فاصلة منقوطة أو علامة استفهام لاتينية في نص عربي' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('proofing-marked.png') });
  await panel.getByRole('button', { name: 'أصلح «,»' }).click();
  await expect(body).toHaveText('قال المتحدث، إن الأزمة مستمرة');
  await expect(panel.getByRole('status')).toHaveText('لا ملاحظات');
  await expect(panel).toContainText('لم يجد التدقيق أخطاء إملائية');

  // A name for the desk's dictionary, and one ignored in this article only; both from the keyboard menu.
  await body.press('End');
  await page.keyboard.type(' مع لافروف في سوتشي');
  await expect(body.locator('.proofing-spelling')).toHaveText(['لافروف', 'سوتشي']);
  await body.locator('.proofing-spelling', { hasText: 'لافروف' }).click();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(body).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await menu.getByRole('menuitem', { name: 'أضف إلى قاموس الفريق' }).click();
  await body.locator('.proofing-spelling', { hasText: 'سوتشي' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'تجاهل في هذا المقال' }).click();
  await expect(body.locator('.proofing-spelling')).toHaveCount(0);
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('العنوان')).toHaveValue('اجتماع جنيف');
  await expect(body).toHaveText('قال المتحدث، إن الأزمة مستمرة مع لافروف في سوتشي');
  // Proofed again after the reload (the style rules run with it), and the two words stay accepted.
  await body.press('End');
  await page.keyboard.type(' ثم ثم');
  await expect(body.locator('.proofing-style[data-rule="doubled-word"]')).toHaveCount(1);
  await expect(body.locator('.proofing-spelling')).toHaveCount(0);

  // The desk's word is in the settings, where it can be removed; the export dialog sums up what is left.
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await page.getByText('قاموس الفريق (1)').click();
  await expect(page.getByRole('button', { name: 'احذف «لافروف»' })).toBeVisible();
  await page.getByRole('button', { name: 'إغلاق' }).click();
  await page.getByRole('button', { name: 'تصدير', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('region', { name: 'التدقيق الإملائي والأسلوبي' })).toContainText('التدقيق: ملاحظة واحدة لم تُعالج.');
  await expect(page.getByRole('dialog')).toContainText('كلمة مكررة: 1');
});

test('the suggestions arriving after the menu opens grow it upwards: ignore and the dictionaries stay under the pointer', async ({ page, newsroom }) => {
  await newsroom.call('createArticle', { headline: 'اجتماع سوتشي' });
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('اجتماع سوتشي');
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.click();
  await page.keyboard.type('التقى الوزيران في سوتشي');
  const word = body.locator('.proofing-spelling', { hasText: 'سوتشي' });
  const box = await word.boundingBox();
  if (!box) throw new Error('The underlined word has no box.');
  const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.click(pointer.x, pointer.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'اقتراحات التدقيق' });
  // The menu opens at the pointer before the dictionary has answered ("looking for suggestions");
  // once they are in, they sit above the pointer and "ignore" has not moved away from it.
  await expect(menu.getByRole('menuitem').first()).not.toHaveText('جارٍ البحث عن اقتراحات…');
  const firstSuggestion = await menu.getByRole('menuitem').first().boundingBox();
  const ignore = await menu.getByRole('menuitem', { name: 'تجاهل', exact: true }).boundingBox();
  expect(firstSuggestion!.y).toBeLessThan(pointer.y);
  expect(Math.abs(ignore!.y - pointer.y)).toBeLessThan(4 * ignore!.height);
});

test('a long article underlines what is on screen and follows the scrolling, while the Proofing tab lists every finding', async ({ page, newsroom }) => {
  const created = (await newsroom.call('createArticle', { headline: 'تقرير طويل' })) as { value: { id: string; revision: number } };
  const paragraphs = Array.from({ length: 400 }, (_, index) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `الفقرة رقم ${index + 1} تتحدث عن الازمة في المنطقة وما يجري فيها من أحداث متلاحقة تستحق المتابعة والتحليل من جانب المحررين.` }],
  }));
  const saved = await newsroom.call('saveArticle', { id: created.value.id, baseRevision: created.value.revision, changes: { body: { type: 'doc', content: paragraphs } } });
  expect(saved.ok).toBe(true);
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).toHaveValue('تقرير طويل');
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await expect(body.locator('.proofing-spelling').first()).toBeVisible();
  const underlined = await body.locator('.proofing-spelling').count();
  expect(underlined).toBeGreaterThan(5);
  expect(underlined).toBeLessThan(400);

  await page.getByRole('tab', { name: 'تدقيق' }).click();
  const panel = page.getByRole('region', { name: 'التدقيق الإملائي والأسلوبي' });
  await expect(panel.getByRole('status')).toHaveText('400 ملاحظة');
  await expect(panel.getByText('×400')).toBeVisible();
  // "Next" steps from finding to finding, selecting each in the text.
  await panel.getByRole('button', { name: 'الملاحظة التالية' }).click();
  await panel.getByRole('button', { name: 'الملاحظة التالية' }).click();
  // Polled: the second step lands a moment after the click, and the first finding reads the same word.
  const selectedParagraph = () =>
    page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return element?.closest('p')?.textContent?.split(' تتحدث')[0];
    });
  await expect.poll(selectedParagraph).toBe('الفقرة رقم 2');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('الازمة');

  await body.locator('p').last().scrollIntoViewIfNeeded();
  await expect(body.locator('p').last().locator('.proofing-spelling')).toHaveText('الازمة');
  await expect(body.locator('p').first().locator('.proofing-spelling')).toHaveCount(0);
});

test('the Proofing tab, like the story data and History tabs, keeps its text and buttons clear of the panel edges, and leaves the story its width', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await expect(page.getByLabel('العنوان')).not.toHaveValue('');
  const panel = page.locator('#panel-side');
  const storyWidths = new Map<string, number>();
  for (const tab of ['بيانات الخبر', 'تدقيق', 'السجل']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(panel.locator('h2').first()).toBeVisible();
    storyWidths.set(tab, (await page.getByRole('textbox', { name: 'نص المقال' }).boundingBox())!.width);
    const edges = await panel.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const inside = [...element.querySelectorAll('h2, h3, p, button, label')].map((child) => child.getBoundingClientRect()).filter((child) => child.width > 0);
      return { left: Math.min(...inside.map((child) => child.left)) - box.left, right: box.right - Math.max(...inside.map((child) => child.right)) };
    });
    expect(edges.left, `${tab}: room on the left`).toBeGreaterThanOrEqual(8);
    expect(edges.right, `${tab}: room on the right`).toBeGreaterThanOrEqual(8);
  }
  // The journalist fixes findings in the text: proofing does not narrow it as History's comparison does.
  expect(storyWidths.get('تدقيق')).toBe(storyWidths.get('بيانات الخبر'));
  expect(storyWidths.get('السجل')).toBeLessThan(storyWidths.get('بيانات الخبر')!);
});
