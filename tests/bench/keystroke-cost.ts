// npm run bench: keystroke latency (keydown or beforeinput to the next frame) in the real app against a bare
// TipTap editor holding the same document, on 1,000- and 10,000-word Arabic articles.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { countText } from '../../core/text/count-text';
import { startBrowserServer } from '../../services/http/browser-server';
import { createNewsroomBackend } from '../../services/create-newsroom-backend';
import { openConfStore } from '../../services/settings/open-conf-store';

const root = path.resolve(import.meta.dirname, '../..');
const keystrokes = 300;
const typed = 'وقال المتحدث إن الاجتماع ساعد على فهم أفضل ';

function articleBody(words: number) {
  const paragraphs = (seedArticleContent.body.content ?? []).map((node) => node.content?.[0]?.text ?? '');
  const content = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const text = paragraphs[index % paragraphs.length] ?? '';
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    count += countText(text).words;
  }
  return { type: 'doc' as const, content };
}

async function measure(page: Page): Promise<number[]> {
  // A string, because tsx's name-keeping helper does not exist inside the page.
  // Playwright types letters off the US layout as text input without a keydown, so each
  // keystroke is timed from its keydown or, failing that, its beforeinput, whichever comes first.
  await page.evaluate(`(() => {
    const samples = [];
    window.latencySamples = samples;
    let pending;
    const start = (event) => {
      if (pending !== undefined) return;
      pending = event.timeStamp;
      requestAnimationFrame(() => {
        samples.push(performance.now() - pending);
        pending = undefined;
      });
    };
    document.addEventListener('keydown', start, true);
    document.addEventListener('beforeinput', start, true);
  })()`);
  const body = page.getByRole('textbox', { name: 'نص المقال' });
  await body.click();
  await page.keyboard.press('Control+End');
  for (let index = 0; index < keystrokes; index += 1) {
    await page.keyboard.type(typed[index % typed.length] ?? ' ');
    // One keystroke per frame, as a person types, so every keystroke gets its own sample.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  }
  await page.waitForTimeout(200);
  return page.evaluate('window.latencySamples') as Promise<number[]>;
}

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((first, second) => first - second);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const bareDirectory = path.join(root, 'dist', 'bench-bare');
  await build({ root: path.join(root, 'tests', 'bench', 'bare-editor'), base: './', logLevel: 'error', build: { outDir: bareDirectory, emptyOutDir: true } });
  const bareServer = http.createServer((request, response) => {
    const file = request.url?.startsWith('/assets/') ? request.url : '/index.html';
    const full = path.join(bareDirectory, path.normalize(file));
    response.writeHead(200, { 'content-type': full.endsWith('.js') ? 'text/javascript' : 'text/html' });
    import('node:fs').then((fs) => fs.createReadStream(full).pipe(response));
  });
  await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/`;

  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-'));
  const backend = await createNewsroomBackend({ settingsDirectory: dataDirectory, transport: 'http', version: 'bench', openStore: openConfStore });
  if (!backend.ok) throw new Error(backend.error.message);
  const app = await startBrowserServer({
    router: backend.value.router,
    events: backend.value.events,
    staticDirectory: path.join(root, 'dist', 'renderer'),
    mediaDirectory: backend.value.media.directory,
    port: 0,
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: string[] = [];
  try {
    for (const words of [1000, 10000]) {
      const body = articleBody(words);
      const created = await backend.value.library.create({ headline: `مقال من ${words} كلمة`, body });
      if (!created.ok) throw new Error(created.error.message);
      // The newest article opens first, so the app shows this one.
      const appPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await appPage.goto(app.url);
      await appPage.getByLabel('العنوان').waitFor();
      const appSamples = await measure(appPage);
      await appPage.close();

      const barePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await barePage.goto(bareUrl);
      await barePage.evaluate(`window.startBareEditor(${JSON.stringify(body)})`);
      const bareSamples = await measure(barePage);
      await barePage.close();

      for (const [name, samples] of [['newsroom', appSamples], ['bare tiptap', bareSamples]] as const) {
        rows.push(`${String(words).padStart(6)} words  ${name.padEnd(12)} p50 ${percentile(samples, 0.5).toFixed(1).padStart(5)} ms  p95 ${percentile(samples, 0.95).toFixed(1).padStart(5)} ms  (${samples.length} keystrokes)`);
      }
      const ratio = percentile(appSamples, 0.95) / percentile(bareSamples, 0.95);
      rows.push(`${String(words).padStart(6)} words  p95 ratio newsroom / bare: ${ratio.toFixed(2)}× (target ≤ 1.25×, p95 < 16 ms)`);
    }
  } finally {
    await browser.close();
    await app.close();
    bareServer.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }
  process.stdout.write(`Keystroke latency, keydown (or beforeinput) to next frame (headless Chromium, ${os.cpus().length} cores)\n${rows.join('\n')}\n`);
}

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  await new Promise<void>((resolve, reject) => {
    spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
  });
}
await main();
