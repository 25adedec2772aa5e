import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiMethodNames, ipcChannelOf } from '../../core/api/api-method-names';
import { contentSecurityPolicy } from '../../core/api/content-security-policy';
import { messages } from '../../core/i18n/messages';
import { StandInFrame } from '../support/electron-stand-in/electron-stand-in';
import { buildDesktopBundles, eventually, launchDesktopApp, type DesktopBundles, type RunningDesktopApp } from '../support/electron-stand-in/desktop-app-harness';
import { temporaryDirectory } from '../support/temporary-directory';

// The real electron/main.ts and preload.ts, bundled as `npm run build` bundles them, run against a
// stand-in Electron module (tests/support/electron-stand-in). The `_electron` smoke test in
// tests/electron runs the same code in the real binary where it is installed.

interface SavedArticle {
  readonly id: string;
  readonly revision: number;
  readonly headline: string;
}

let bundles: DesktopBundles;
let data: { path: string; remove: () => Promise<void> };
let running: RunningDesktopApp[] = [];

async function launch(options: { singleInstanceLock?: boolean } = {}): Promise<RunningDesktopApp> {
  const app = await launchDesktopApp(bundles, data.path, options);
  running.push(app);
  return app;
}

/** What the renderer does when asked to flush: save the typed text, then report. */
function answerFlushRequests(app: RunningDesktopApp, save: () => Promise<unknown>): void {
  app.api.subscribe('flushRequested', ((payload: { requestId: string }) => {
    void save().then(() => app.api.reportFlushed!({ requestId: payload.requestId }));
  }) as (payload: never) => void);
}

async function articleOnDisk(id: string): Promise<SavedArticle> {
  return JSON.parse(await readFile(path.join(data.path, 'articles', `${id}.json`), 'utf8')) as SavedArticle;
}

beforeAll(async () => {
  bundles = await buildDesktopBundles();
}, 60_000);

afterAll(async () => {
  await rm(bundles.directory, { recursive: true, force: true });
});

beforeEach(async () => {
  data = await temporaryDirectory('newsroom-desktop-data-');
  running = [];
});

afterEach(async () => {
  for (const app of running) for (const window of app.electron.windows()) window.destroy();
  delete process.env.NEWSROOM_DATA_DIR;
  await data.remove();
});

describe('the desktop window and its API', () => {
  it('opens app://newsroom/index.html locked down, and its own page can call every API method', async () => {
    const app = await launch();
    expect(app.window.webContents.getURL()).toBe('app://newsroom/index.html');
    expect(app.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(app.window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    const listed = await app.api.listArticles!({});
    expect(listed.ok).toBe(true);
    expect((listed.value as { articles: unknown[] }).articles).toHaveLength(1);
    for (const method of apiMethodNames) {
      const result = await app.api[method]!({});
      if (!result.ok) expect.soft(result.error?.code, `${method} was refused`).not.toBe('unauthorized');
    }
  });

  it('imports and exports through the bundled worker thread beside main.cjs', async () => {
    const app = await launch();
    const imported = await app.api.importFiles!({ files: [{ name: 'story.txt', dataBase64: Buffer.from('خبر من سطح المكتب\n\nعمّان - فقرة أولى.', 'utf8').toString('base64') }] });
    expect(imported).toMatchObject({ ok: true, value: [{ ok: true, headline: 'خبر من سطح المكتب' }] });
    const id = (imported.value as Array<{ id: string }>)[0]!.id;
    const out = path.join(data.path, 'exported');
    await mkdir(out);
    const exported = await app.api.exportArticles!({ jobId: 'desktop-1', ids: [id], formats: ['html'], fragment: false, directory: out, onExisting: 'ask', manifest: false });
    expect(exported).toMatchObject({ ok: true, value: { cancelled: false, files: [{ format: 'html' }] } });
    expect(await readFile((exported.value as { files: Array<{ path: string }> }).files[0]!.path, 'utf8')).toContain('فقرة أولى');
  });

  it('refuses IPC from an iframe, another page, file://, an unparsable URL, a destroyed frame and a stray web contents', async () => {
    const app = await launch();
    const contents = app.window.webContents;
    const channel = ipcChannelOf('listArticles');
    const senders: Array<[string, StandInFrame | null, unknown]> = [
      ['an iframe of the app', contents.mainFrame.addChild('app://newsroom/index.html'), contents],
      ['an iframe elsewhere', contents.mainFrame.addChild('https://example.com/'), contents],
      ['another site in the window', new StandInFrame('https://example.com/', null), contents],
      ['another app:// host', new StandInFrame('app://evil/index.html', null), contents],
      ['a file:// page', new StandInFrame('file:///etc/passwd', null), contents],
      ['an unparsable URL', new StandInFrame('app://newsroom:99999/', null), contents],
      ['credentials in the URL', new StandInFrame('app://user@newsroom/index.html', null), contents],
      ['a destroyed frame', null, contents],
      ['a web contents of no window', contents.mainFrame, { id: 999 }],
    ];
    for (const [name, frame, sender] of senders) {
      const result = (await app.electron.invokeFrom(sender as typeof contents, frame, channel, {})) as { ok: boolean; error: { code: string } };
      expect(result, name).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('answers a wrong payload with a clear refusal and keeps working', async () => {
    const app = await launch();
    const cases: Array<[string, unknown]> = [
      ['getArticle', 'not an object'],
      ['getArticle', { id: 42 }],
      ['saveArticle', { id: '../../etc/passwd', baseRevision: 1, changes: {} }],
      ['listArticles', { unexpected: true }],
      ['exportArticles', null],
      ['reportFlushed', { requestId: 'x'.repeat(500) }],
    ];
    for (const [method, input] of cases) {
      const result = (await app.electron.invokeFrom(app.window.webContents, app.window.webContents.mainFrame, ipcChannelOf(method as 'getArticle'), input)) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(result.ok, method).toBe(false);
      expect(['invalid-input', 'not-found']).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
    await expect(app.electron.invokeFrom(app.window.webContents, app.window.webContents.mainFrame, 'newsroom:noSuchMethod', {})).rejects.toThrow(/No handler registered/);
    expect(() => app.api.getArticle!({ id: () => 1 } as never)).toThrow();
    expect((await app.api.listArticles!({})).ok).toBe(true);
  });

  it('exposes exactly one function per contract method plus subscribe, and nothing else', async () => {
    const app = await launch();
    const world = app.window.webContents.page.mainWorld;
    expect(Object.keys(world)).toEqual(['newsroom']);
    expect(Object.keys(app.api).sort()).toEqual([...apiMethodNames, 'subscribe'].sort());
    for (const value of Object.values(app.api)) expect(typeof value).toBe('function');
    expect(() => app.api.subscribe('noSuchEvent' as never, () => undefined)).toThrow(/Unknown event/);
  });

  it('closes the channel electron-store opens for renderer stores', async () => {
    const app = await launch();
    expect(app.electron.module.ipcMain.listenerCount('electron-store-get-data')).toBe(0);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer with the CSP header and library images, and nothing else', async () => {
    const app = await launch();
    const index = await app.electron.fetch('app://newsroom/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('غرفة الأخبار');
    expect((await app.electron.fetch('app://newsroom/')).status).toBe(200);
    expect((await app.electron.fetch('app://newsroom/assets/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);

    const image = Buffer.from('89504e470d0a1a0a', 'hex');
    const name = `${createHash('sha256').update(image).digest('hex')}.png`;
    await mkdir(path.join(data.path, 'media'), { recursive: true });
    await writeFile(path.join(data.path, 'media', name), image);
    const media = await app.electron.fetch(`app://newsroom/media/${name}`);
    expect(media.status).toBe(200);
    expect(Buffer.from(await media.arrayBuffer())).toEqual(image);
  });

  it('refuses every traversal form, folders, other hosts and methods, and answers a malformed % with 400', async () => {
    const app = await launch();
    const refused = [
      'app://newsroom/../secret.txt',
      'app://newsroom/%2e%2e/secret.txt',
      'app://newsroom/%2E%2E/secret.txt',
      'app://newsroom/assets/%2e%2e%2f..%2fsecret.txt',
      'app://newsroom/assets%2f..%2f..%2fsecret.txt',
      'app://newsroom/..%5csecret.txt',
      'app://newsroom/assets\\..\\..\\secret.txt',
      'app://newsroom//etc/passwd',
      'app://newsroom/C:/Windows/win.ini',
      'app://newsroom/c%3a%5cwindows%5cwin.ini',
      'app://newsroom/index.html%00.png',
      'app://newsroom/%00',
      `app://newsroom/${encodeURIComponent(bundles.directory)}/secret.txt`,
      'app://newsroom/assets',
      'app://newsroom/assets/',
      'app://newsroom/media/',
      'app://newsroom/no-such-file.js',
      'app://evil/index.html',
      'app://NEWSROOM/index.html',
    ];
    for (const url of refused) {
      const response = await app.electron.fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
    for (const url of ['app://newsroom/%', 'app://newsroom/%E0%A4%A', 'app://newsroom/assets/%zz.js']) {
      expect((await app.electron.fetch(url)).status, url).toBe(400);
    }
    expect((await app.electron.fetch('app://newsroom/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('registers app:// as a privileged standard scheme, with V8 code cache, before the app is ready', async () => {
    const app = await launch();
    expect(app.electron.record.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });
});

describe('navigation, new windows and permissions', () => {
  it('keeps the window on the app, denies new windows and webviews, and opens web links in the system browser', async () => {
    const app = await launch();
    const contents = app.window.webContents;
    for (const url of ['https://example.com/', 'http://127.0.0.1:4870/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'data:text/html,hi', 'not a url']) {
      expect(app.electron.navigate(contents, url), url).toBe(false);
      expect(app.electron.navigate(contents, url, 'will-redirect'), url).toBe(false);
    }
    expect(app.electron.navigate(contents, 'app://newsroom/index.html#settings')).toBe(true);

    for (const url of ['https://example.com/story', 'javascript:alert(1)', 'file:///etc/passwd', 'app://newsroom/index.html']) {
      expect(app.electron.openWindow(contents, url), url).toBe('deny');
    }
    expect(app.electron.record.openedExternal).toEqual(['https://example.com/story']);
    expect(app.electron.attachWebview(contents)).toBe(false);
  });

  it('gives the clipboard to the app page only, judging the requesting frame, and nothing else to anyone', async () => {
    const app = await launch();
    const contents = app.window.webContents;
    const appPage = { isMainFrame: true, requestingUrl: 'app://newsroom/index.html' };
    for (const permission of ['clipboard-read', 'clipboard-sanitized-write']) {
      expect(await app.electron.requestPermission(contents, permission, appPage), permission).toBe(true);
      expect(app.electron.checkPermission(contents, permission, appPage), permission).toBe(true);
      for (const details of [
        { isMainFrame: false, requestingUrl: 'app://newsroom/index.html' },
        { isMainFrame: false, requestingUrl: 'about:srcdoc' },
        { isMainFrame: true, requestingUrl: 'https://example.com/' },
        { isMainFrame: true, requestingUrl: 'file:///etc/passwd' },
        { isMainFrame: true, requestingUrl: '' },
      ]) {
        expect(await app.electron.requestPermission(contents, permission, details), `${permission} ${JSON.stringify(details)}`).toBe(false);
        expect(app.electron.checkPermission(contents, permission, details)).toBe(false);
      }
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid']) {
      expect(await app.electron.requestPermission(contents, permission, appPage), permission).toBe(false);
    }
  });
});

describe('closing and quitting never lose typing', () => {
  it('asks the page to save before the window closes, even when the page cancels beforeunload', async () => {
    const app = await launch();
    const created = await app.api.createArticle!({ headline: 'مسودة' });
    const article = created.value as SavedArticle;
    answerFlushRequests(app, () => app.api.saveArticle!({ id: article.id, baseRevision: article.revision, changes: { headline: 'مسودة كُتبت قبل الإغلاق مباشرة' } }));
    app.window.webContents.page.preventsUnload = true;

    app.window.close();
    expect(app.window.isDestroyed()).toBe(false);
    await eventually(() => app.window.isDestroyed(), 'the window to close after saving');
    expect((await articleOnDisk(article.id)).headline).toBe('مسودة كُتبت قبل الإغلاق مباشرة');
    // Closing the last window quits, except on macOS.
    expect(app.electron.record.exited).toBe(process.platform !== 'darwin');
  });

  it('still closes when the page never answers', async () => {
    const app = await launch();
    app.window.close();
    await eventually(() => app.window.isDestroyed(), 'the window to close after the time limit', 8000);
  });

  it('saves on Quit (menu, Cmd+Q) and on OS shutdown, then quits', async () => {
    const app = await launch();
    const article = (await app.api.createArticle!({ headline: 'أول' })).value as SavedArticle;
    let revision = article.revision;
    let typed = 'نص كُتب قبل الخروج';
    answerFlushRequests(app, async () => {
      const saved = await app.api.saveArticle!({ id: article.id, baseRevision: revision, changes: { headline: typed } });
      revision = (saved.value as SavedArticle).revision;
    });
    app.electron.module.app.quit();
    expect(app.electron.record.exited).toBe(false);
    await eventually(() => app.electron.record.exited, 'the app to quit after saving');
    expect((await articleOnDisk(article.id)).headline).toBe('نص كُتب قبل الخروج');

    const second = await launch();
    const reopened = await second.api.getArticle!({ id: article.id });
    expect((reopened.value as SavedArticle).headline).toBe('نص كُتب قبل الخروج');
    revision = (reopened.value as SavedArticle).revision;
    typed = 'نص كُتب قبل إيقاف التشغيل';
    answerFlushRequests(second, async () => {
      await second.api.saveArticle!({ id: article.id, baseRevision: revision, changes: { headline: typed } });
    });
    expect(second.electron.systemShutdown()).toBe(true);
    await eventually(() => second.electron.record.exited, 'the app to quit on shutdown');
    expect((await articleOnDisk(article.id)).headline).toBe('نص كُتب قبل إيقاف التشغيل');
  });
});

describe('desktop conventions', () => {
  it('has a native menu with the standard roles in Arabic, shortcuts help, and folder commands', async () => {
    const app = await launch();
    const menu = app.electron.record.applicationMenu!;
    const text = messages.ar;
    for (const [label, role] of [
      [text.menu.undo, 'undo'],
      [text.menu.redo, 'redo'],
      [text.menu.cut, 'cut'],
      [text.menu.copy, 'copy'],
      [text.menu.paste, 'paste'],
      [text.menu.selectAll, 'selectAll'],
      [text.menu.zoomIn, 'zoomIn'],
      [text.menu.zoomOut, 'zoomOut'],
      [text.menu.resetZoom, 'resetZoom'],
      [text.menu.window, 'windowMenu'],
    ]) {
      expect(menu.find(label!)?.role, label).toBe(role);
    }
    const commands: string[] = [];
    app.api.subscribe('menuCommand', ((payload: { command: string }) => commands.push(payload.command)) as (payload: never) => void);
    const shortcuts = menu.find(text.menu.keyboardShortcuts)!;
    expect(shortcuts.accelerator).toBe('CmdOrCtrl+/');
    shortcuts.click!();
    menu.find(text.menu.save)!.click!();
    expect(commands).toEqual(['showShortcuts', 'save']);

    menu.find(text.menu.openDataFolder)!.click!();
    await eventually(() => app.electron.record.openedPaths.length === 1, 'the data folder to open');
    expect(app.electron.record.openedPaths).toEqual([data.path]);
  });

  it('offers the edit commands on right click, copy on selected text, and no menu where there is nothing to do', async () => {
    const app = await launch();
    const contents = app.window.webContents;
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: false, canDelete: true, canEditRichly: true };
    const menu = app.electron.rightClick(contents, { isEditable: true, selectionText: '', editFlags })!;
    expect(menu.items.map((item) => item.label ?? item.type)).toEqual([
      messages.ar.menu.cut,
      messages.ar.menu.copy,
      messages.ar.menu.paste,
      messages.ar.menu.pasteAndMatchStyle,
      'separator',
      messages.ar.menu.selectAll,
    ]);
    expect(app.electron.rightClick(contents, { isEditable: false, selectionText: 'سوريا', editFlags })!.items.map((item) => item.label)).toEqual([messages.ar.menu.copy]);
    expect(app.electron.rightClick(contents, { isEditable: false, selectionText: '', editFlags })).toBeUndefined();
  });

  it('remembers the window bounds and lets only one instance run', async () => {
    const first = await launch();
    first.window.setBounds({ x: 40, y: 30, width: 1100, height: 700 });
    answerFlushRequests(first, async () => undefined);
    first.window.close();
    await eventually(() => first.window.isDestroyed(), 'the window to close');
    const settings = JSON.parse(await readFile(path.join(data.path, 'settings.json'), 'utf8')) as { windowBounds: unknown };
    expect(settings.windowBounds).toMatchObject({ x: 40, y: 30, width: 1100, height: 700, maximized: false });
    const second = await launch();
    expect(second.window.getBounds()).toEqual({ x: 40, y: 30, width: 1100, height: 700 });

    await expect(launchDesktopApp(bundles, data.path, { singleInstanceLock: false })).rejects.toThrow(/quit before opening a window/);
  });
});

describe('the desk sync password', () => {
  it('is sealed by the system keychain, never written in the clear, and still there after a relaunch', async () => {
    const first = await launch();
    const password = 'كلمة-سر-المكتب-2026';
    expect(await first.api.changeDeskSyncPassword!({ password })).toMatchObject({ ok: true, value: { hasPassword: true, passwordKept: 'keychain', configured: false } });
    const sealed = await readFile(path.join(data.path, 'sync-password.bin'));
    expect(sealed.toString('utf8')).not.toContain(password);
    expect(sealed.toString('utf8')).not.toContain(Buffer.from(password).toString('base64'));
    answerFlushRequests(first, async () => undefined);
    first.window.close();
    await eventually(() => first.window.isDestroyed(), 'the window to close');
    const second = await launch();
    expect(await second.api.getDeskSync!({})).toMatchObject({ ok: true, value: { hasPassword: true, passwordKept: 'keychain' } });
  });
});

describe('the whole journey through the desktop API', () => {
  it('creates, types, saves, exports, imports, quits with unsaved text and relaunches', async () => {
    const app = await launch();
    const created = (await app.api.createArticle!({ headline: 'اجتماع في عمّان' })).value as SavedArticle;
    const saved = await app.api.saveArticle!({
      id: created.id,
      baseRevision: created.revision,
      changes: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قال الوزير إن الاجتماع كان مثمرًا.' }] }] } },
    });
    expect(saved.ok).toBe(true);
    const exportDirectory = path.join(data.path, 'exports');
    await mkdir(exportDirectory);
    const exported = await app.api.exportArticles!({
      jobId: 'journey',
      ids: [created.id],
      formats: ['html', 'json'],
      fragment: false,
      directory: exportDirectory,
      onExisting: 'keep-both',
      manifest: false,
    });
    expect(exported.ok).toBe(true);
    const files = await readdir(exportDirectory);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(await readFile(path.join(exportDirectory, files.find((file) => file.endsWith('.html'))!), 'utf8')).toContain('قال الوزير إن الاجتماع كان مثمرًا.');

    const imported = await app.api.importFiles!({ files: [{ name: 'خبر.txt', dataBase64: Buffer.from('عنوان الخبر المستورد\n\nفقرة أولى من الخبر.\n').toString('base64') }] });
    expect(imported.value).toMatchObject([{ ok: true, headline: 'عنوان الخبر المستورد' }]);

    // Export marks the article exported, a new revision the editor picks up.
    let revision = ((await app.api.getArticle!({ id: created.id })).value as SavedArticle).revision;
    answerFlushRequests(app, async () => {
      const last = await app.api.saveArticle!({ id: created.id, baseRevision: revision, changes: { headline: 'اجتماع في عمّان يختتم أعماله' } });
      revision = (last.value as SavedArticle).revision;
    });
    app.electron.module.app.quit();
    await eventually(() => app.electron.record.exited, 'the app to quit');

    const again = await launch();
    const listed = (await again.api.listArticles!({})).value as { articles: Array<{ headline: string }> };
    expect(listed.articles.map((article) => article.headline)).toEqual(expect.arrayContaining(['اجتماع في عمّان يختتم أعماله', 'عنوان الخبر المستورد']));
  });
});
