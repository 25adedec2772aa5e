import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { expect, test } from './newsroom-fixture';

PouchDB.plugin(memoryAdapter);
const root = fileURLToPath(new URL('../..', import.meta.url));

// The desk's CouchDB: express-pouchdb in memory on this machine, started by the test as a desk's administrator would run CouchDB.
let desk: ReturnType<ReturnType<typeof express>['listen']>;
let deskUrl: string;
test.beforeAll(async () => {
  const app = express();
  app.use('/', expressPouchdb(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  desk = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => desk.once('listening', resolve));
  deskUrl = `http://127.0.0.1:${(desk.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise((resolve) => desk.close(resolve)));

/** Another journalist's machine: a story written there and sent to the desk with the CLI. */
async function colleagueSends(database: string, headline: string): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'newsroom-colleague-'));
  try {
    const story = path.join(folder, 'story.txt');
    await writeFile(story, `${headline}\n\nعمّان - نص الخبر من الزميل.`);
    const cli = (argumentList: string[]) => promisify(execFile)(process.execPath, [path.join(root, 'dist', 'cli', 'newsroom.mjs'), '--data', path.join(folder, 'data'), ...argumentList]);
    await cli(['import', story]);
    await cli(['sync', '--remote', `${deskUrl}/${database}`]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test('desk sync set up in the settings: the connection tested, the library synced, a colleague’s story arriving with "Sync now"', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const settings = page.getByRole('dialog');
  await settings.getByLabel('عنوان قاعدة بيانات المكتب').fill(`${deskUrl}/nowhere-yet`);
  await settings.getByRole('button', { name: 'اختبار الاتصال' }).click();
  await expect(settings.getByText('الخادم يجيب، لكن قاعدة البيانات غير موجودة')).toBeVisible();
  await settings.getByLabel('عنوان قاعدة بيانات المكتب').fill('http://desk.example.org/newsroom');
  await settings.getByRole('button', { name: 'اختبار الاتصال' }).click();
  await expect(settings.getByText('العنوان غير صالح، أو يستخدم http غير مشفّر إلى جهاز آخر.')).toBeVisible();

  // The colleague's first sync creates the desk database (CouchDB's administrator would have).
  await colleagueSends('newsroom', 'خبر من الزميل في عمّان');
  await settings.getByLabel('عنوان قاعدة بيانات المكتب').fill(`${deskUrl}/newsroom`);
  await settings.getByRole('button', { name: 'اختبار الاتصال' }).click();
  await expect(settings.getByText(/متصل بقاعدة «newsroom»/)).toBeVisible();
  await expect(settings.getByText('في وضع المتصفح تبقى كلمة المرور حتى يتوقف الخادم فقط.')).toBeVisible();
  await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();

  const line = page.getByRole('navigation').locator('.desk-sync-line');
  await expect(line.getByRole('status')).toContainText('مُزامَن مع المكتب');
  const library = page.getByRole('navigation').getByRole('listitem');
  await expect(library.filter({ hasText: 'خبر من الزميل في عمّان' })).toHaveCount(1);

  await colleagueSends('newsroom', 'خبر ثانٍ وصل من المكتب');
  await line.getByRole('button', { name: 'زامن الآن' }).click();
  await expect(library.filter({ hasText: 'خبر ثانٍ وصل من المكتب' })).toHaveCount(1);
  // Each new library's untouched sample story stayed on its own machine: one here, not three.
  await expect(library.filter({ hasText: 'كيري ولافروف يتفقان' })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('desk-sync.png') });
});

test('a story edited here and by a colleague apart is marked in conflict until resolved: compared in History, kept', async ({ page, newsroom }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'newsroom-colleague-'));
  const colleague = path.join(folder, 'data');
  const cli = (argumentList: string[]) => promisify(execFile)(process.execPath, [path.join(root, 'dist', 'cli', 'newsroom.mjs'), '--data', colleague, ...argumentList]);
  try {
    const story = path.join(folder, 'story.txt');
    await writeFile(story, 'خبر يحرره اثنان\n\nعمّان - النص الأول.');
    const imported = JSON.parse((await cli(['import', story, '--json'])).stdout) as Array<{ id: string }>;
    const id = imported[0]!.id;
    await cli(['sync', '--remote', `${deskUrl}/conflicts`]);

    await page.goto(newsroom.url);
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const settings = page.getByRole('dialog');
    await settings.getByLabel('عنوان قاعدة بيانات المكتب').fill(`${deskUrl}/conflicts`);
    await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();
    const library = page.getByRole('navigation').getByRole('listitem');
    const shared = library.filter({ hasText: 'خبر يحرره' });
    await expect(shared).toHaveCount(1);

    // Here: the headline edited and saved.
    await shared.locator('.article-item-open').click();
    const headline = page.getByLabel('العنوان');
    await expect(headline).toHaveValue('خبر يحرره اثنان');
    await headline.fill('خبر يحرره اثنان: نسختي');
    await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();

    // There, meanwhile: the colleague's own edit of the same story, sent to the desk first.
    const file = path.join(colleague, 'articles', `${id}.json`);
    const article = JSON.parse(await readFile(file, 'utf8')) as { headline: string; revision: number; updatedAt: string };
    await writeFile(file, JSON.stringify({ ...article, headline: 'خبر يحرره اثنان: نسخة الزميل', revision: article.revision + 1, updatedAt: new Date().toISOString() }));
    await cli(['sync', '--remote', `${deskUrl}/conflicts`]);

    await page.getByRole('navigation').locator('.desk-sync-line').getByRole('button', { name: 'زامن الآن' }).click();
    await expect(library.filter({ hasText: 'نسختان متعارضتان' })).toHaveCount(1);
    // The open story follows the version the desk kept (nothing was typed since its save), whichever it is.
    const kept = (await shared.locator('.article-item-headline').textContent()) ?? '';
    expect(['خبر يحرره اثنان: نسختي', 'خبر يحرره اثنان: نسخة الزميل']).toContain(kept);
    await expect(headline).toHaveValue(kept);
    const notice = page.locator('.conflict-notice');
    await expect(notice).toContainText('عُدّل هذا المقال هنا وعلى جهاز آخر في الوقت نفسه');
    await notice.getByRole('button', { name: 'قارن في السجل' }).click();
    await expect(page.locator('.history-item').filter({ hasText: 'نسخة متعارضة' })).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('desk-sync-conflict.png') });

    await notice.getByRole('button', { name: 'تمّ الحل: أبقِ هذه النسخة' }).click();
    await expect(notice).toHaveCount(0);
    await expect(library.filter({ hasText: 'نسختان متعارضتان' })).toHaveCount(0);
    // Resolved stays resolved when the page is opened again.
    await page.reload();
    await expect(library.filter({ hasText: 'خبر يحرره' })).toHaveCount(1);
    await expect(library.filter({ hasText: 'نسختان متعارضتان' })).toHaveCount(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('with the desk out of reach, the sync line says since when, and how many changes wait here to be sent; what is shared is chosen', async ({ page, newsroom }) => {
  await page.goto(newsroom.url);
  await page.getByRole('button', { name: 'مقال جديد', exact: true }).click();
  // Typed once the new article's headline has the focus (before that, the field is the sample story's).
  await expect(page.getByLabel('العنوان')).toBeFocused();
  await page.getByLabel('العنوان').pressSequentially('خبر كتب دون اتصال');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible({ timeout: 10_000 });

  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const settings = page.getByRole('dialog');
  // A local address where no server listens: the desk is "out of reach".
  await settings.getByLabel('عنوان قاعدة بيانات المكتب').fill('http://127.0.0.1:9/newsroom');
  await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  const line = page.getByRole('navigation').locator('.desk-sync-line');
  await expect(line.getByRole('status')).toContainText('غير متصل بالمكتب منذ');
  await expect(line.getByRole('status')).toContainText('تغيير واحد هنا بانتظار الإرسال إلى المكتب.');
  await expect(line).toHaveClass(/desk-sync-line--attention/);
  await page.getByRole('navigation').screenshot({ path: test.info().outputPath('desk-sync-offline.png') });

  // What goes to the desk is this machine's choice, kept with the settings.
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const share = page.getByRole('dialog').getByLabel('ما يُرسل إلى المكتب');
  await expect(share).toHaveValue('all');
  await share.selectOption({ label: 'قيد المراجعة وما بعدها (تبقى المسودات هنا)' });
  await page.getByRole('dialog').getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await expect(page.getByRole('dialog').getByLabel('ما يُرسل إلى المكتب')).toHaveValue('in-review-and-later');

  // And which sections and tags it shares (both ways): a sports desk's machine follows sports.
  const sections = page.getByRole('dialog').getByRole('group', { name: 'الأقسام المتبادلة مع المكتب' });
  await sections.getByLabel('رياضة').check();
  await page.getByRole('dialog').getByLabel('الوسوم المتبادلة مع المكتب').fill('كرة القدم، الدوري');
  // The field takes its text's direction, as the story's fields do (an English interface is left to right).
  await expect(page.getByRole('dialog').getByLabel('الوسوم المتبادلة مع المكتب')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('dialog').getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await expect(page.getByRole('dialog').getByRole('group', { name: 'الأقسام المتبادلة مع المكتب' }).getByLabel('رياضة')).toBeChecked();
  await expect(page.getByRole('dialog').getByRole('group', { name: 'الأقسام المتبادلة مع المكتب' }).getByLabel('سياسة')).not.toBeChecked();
  await expect(page.getByRole('dialog').getByLabel('الوسوم المتبادلة مع المكتب')).toHaveValue('كرة القدم، الدوري');
  const saved = (await newsroom.call('getSettings', {})) as { value: { settings: { deskSync: { sections: string[]; tags: string[] } } } };
  expect(saved.value.settings.deskSync).toMatchObject({ sections: ['رياضة'], tags: ['كرة القدم', 'الدوري'] });
  await page.getByRole('dialog').getByLabel('ما يُرسل إلى المكتب').locator('xpath=ancestor::fieldset[1]').screenshot({ path: test.info().outputPath('desk-sync-share.png') });
});

test('who last edited a story, on which machine, and that a colleague has it open now, show in the library and the editor', async ({ page, newsroom, colleague, browser }) => {
  const desk = { url: `${deskUrl}/presence`, user: '', allowPlainHttp: false, share: 'all', sections: [], tags: [] };
  expect((await colleague.call('updateSettings', { changes: { authorName: 'كريم', deskSync: desk } })).ok).toBe(true);
  const created = (await colleague.call('createArticle', { headline: 'قمة الطاقة في الرياض' })) as { value: { id: string } };

  // The colleague opens the story in the window on their machine, which syncs.
  const theirs = await browser.newPage();
  await theirs.goto(colleague.url);
  await theirs.getByRole('navigation').getByRole('listitem').filter({ hasText: 'قمة الطاقة في الرياض' }).locator('.article-item-open').click();
  await expect(theirs.getByLabel('العنوان')).toHaveValue('قمة الطاقة في الرياض');
  await theirs.getByRole('navigation').locator('.desk-sync-line').getByRole('button', { name: 'زامن الآن' }).click();
  await expect(theirs.getByRole('navigation').locator('.desk-sync-line').getByRole('status')).toContainText('مُزامَن مع المكتب');

  // Here: the same desk, and "Sync now".
  expect((await newsroom.call('updateSettings', { changes: { authorName: 'سارة', deskSync: desk } })).ok).toBe(true);
  await page.goto(newsroom.url);
  await page.getByRole('navigation').locator('.desk-sync-line').getByRole('button', { name: 'زامن الآن' }).click();
  const story = page.getByRole('navigation').getByRole('listitem').filter({ hasText: 'قمة الطاقة في الرياض' });
  await expect(story).toContainText('آخر تعديل: كريم على laptop-karim');
  await expect(story).toContainText('مفتوحة الآن: كريم على laptop-karim');
  // This machine's own stories say nothing of who edited them.
  await expect(page.getByRole('navigation').getByRole('listitem').filter({ hasText: 'كيري ولافروف' })).not.toContainText('آخر تعديل');

  await story.locator('.article-item-open').click();
  await expect(page.getByLabel('العنوان')).toHaveValue('قمة الطاقة في الرياض');
  const notice = page.locator('.open-elsewhere-notice');
  await expect(notice).toContainText('هذا المقال مفتوح الآن على جهاز آخر: كريم على laptop-karim');
  await page.screenshot({ path: test.info().outputPath('desk-presence.png') });

  // Edited here all the same (a warning, not a lock): History says whose each version is.
  await page.getByLabel('العنوان').fill('قمة الطاقة في الرياض: اتفاق');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await page.getByRole('tab', { name: 'السجل' }).click();
  await expect(page.locator('.history-item').first()).toContainText('كريم على laptop-karim');
  const saved = (await newsroom.call('getArticle', { id: created.value.id })) as { value: { editedBy: { name: string } } };
  expect(saved.value.editedBy.name).toBe('سارة');
  await theirs.close();
});
