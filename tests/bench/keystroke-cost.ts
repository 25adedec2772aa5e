// npm run bench: the main-thread work each keystroke and each pause in typing costs, in the real app
// and in two baselines holding the same document — bare TipTap, and TipTap with our extensions — so
// React's and the app's share can be told apart from the extensions'. Measured with the Chrome
// DevTools Protocol (Performance.getMetrics TaskDuration: main-thread busy time), not the frame
// clock; Event Timing reports the keystrokes that took a frame or more from input to paint.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { countText } from '../../core/text/count-text';
import { startBrowserServer } from '../../services/http/browser-server';
import { createNewsroomBackend } from '../../services/create-newsroom-backend';
import { contentTypeOf } from '../../services/static/content-type-of';
import { openConfStore } from '../../services/settings/open-conf-store';
import { styleRuleNames } from '../../core/proofing/style-rule-names';
import { percentile, recordFigures } from './record-figures';
import { busy, measuredTyping, pauseWork, settle, typeAndMeasure, type TypingPage } from './typing-work';

const root = path.resolve(import.meta.dirname, '../..');
const warmUpKeystrokes = 30;
const keystrokesPerRound = 60;
const rounds = 3;
// The app twice: proofing as shipped (on), and with spelling and every style rule switched off.
type Arm = 'newsroom' | 'unproofed' | 'bare' | 'extensions';
const arms: readonly Arm[] = ['newsroom', 'unproofed', 'bare', 'extensions'];
const armNames: Record<Arm, string> = { newsroom: 'newsroom app', unproofed: 'app, no proofing', bare: 'bare tiptap', extensions: 'tiptap + ours' };
// "tiptap + ours" carries our extensions and the app's article styles and fonts (see bare-editor/main.ts).

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

async function open(browser: Browser, arm: Arm, urls: { app: string; unproofed: string; bare: string }, body: unknown): Promise<TypingPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const isApp = arm === 'newsroom' || arm === 'unproofed';
  await page.goto(arm === 'newsroom' ? urls.app : arm === 'unproofed' ? urls.unproofed : urls.bare);
  if (isApp) await page.getByLabel('العنوان').waitFor();
  else await page.evaluate(`window.startBareEditor(${JSON.stringify(body)}, ${arm === 'extensions'})`);
  const editor = page.getByRole('textbox', { name: 'نص المقال' });
  await editor.waitFor();
  // Event Timing reports only events of 16 ms or more: each such keystroke took a frame or longer.
  await page.evaluate(`(() => {
    window.slowKeystrokes = [];
    window.roundStart = Infinity;
    new PerformanceObserver((list) => {
      // Every keystroke fires one input event, however Playwright delivers the key.
      for (const entry of list.getEntries()) if (entry.name === 'input' && entry.startTime >= window.roundStart) window.slowKeystrokes.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  })()`);
  await editor.click();
  await page.keyboard.press('Control+End');
  return measuredTyping(page);
}

/**
 * The keystrokes of the round just typed that took a frame or more from input to paint, taken while
 * the page is still in front, a second after its last frame: a page behind paints nothing, and the
 * bare arm's page now and then holds its frames back for up to 0.6 s, so a keystroke could be
 * reported a round or two later, with the seconds in between as its duration (it read 12.9 s).
 */
async function slowKeystrokesOfRound(page: Page): Promise<number[]> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 1000))))');
  return (await page.evaluate('(window.roundStart = Infinity, window.slowKeystrokes.splice(0))')) as number[];
}

/** The busy time of measuring itself (the frame wait and the protocol calls), with no key typed. */
async function overhead(opened: TypingPage): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const before = await busy(opened.session);
    await settle(opened.page);
    samples.push((await busy(opened.session)) - before);
  }
  return percentile(samples, 0.5);
}

async function main(): Promise<void> {
  const bareDirectory = path.join(root, 'dist', 'bench-bare');
  await build({ root: path.join(root, 'tests', 'bench', 'bare-editor'), base: './', logLevel: 'error', build: { outDir: bareDirectory, emptyOutDir: true } });
  const bareServer = http.createServer((request, response) => {
    const file = request.url?.startsWith('/assets/') ? request.url : '/index.html';
    const full = path.join(bareDirectory, path.normalize(file));
    response.writeHead(200, { 'content-type': contentTypeOf(full) ?? 'application/octet-stream' });
    createReadStream(full).pipe(response);
  });
  await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/`;

  const start = async () => {
    const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-'));
    const backend = await createNewsroomBackend({ settingsDirectory: dataDirectory, transport: 'http', version: 'bench', openStore: openConfStore });
    if (!backend.ok) throw new Error(backend.error.message);
    const server = await startBrowserServer({
      router: backend.value.router,
      events: backend.value.events,
      staticDirectory: path.join(root, 'dist', 'renderer'),
      mediaDirectory: backend.value.media.directory,
      port: 0,
    });
    return { dataDirectory, backend: backend.value, server };
  };
  const app = await start();
  const unproofed = await start();
  await unproofed.backend.api.updateSettings({ changes: { proofing: { spelling: { ar: false, en: false }, disabledRules: [...styleRuleNames] } } });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: string[] = [];
  const figures: Record<string, number> = {};
  try {
    for (const words of [1000, 10000]) {
      const body = articleBody(words);
      for (const running of [app, unproofed]) {
        const created = await running.backend.library.create({ headline: `مقال من ${words} كلمة`, body });
        if (!created.ok) throw new Error(created.error.message);
      }
      // The newest article opens first, so the app shows this one.
      const opened = new Map<Arm, TypingPage>();
      const baselines = new Map<Arm, number>();
      for (const arm of arms) {
        const page = await open(browser, arm, { app: app.server.url, unproofed: unproofed.server.url, bare: bareUrl }, body);
        opened.set(arm, page);
        await typeAndMeasure(page, warmUpKeystrokes, 0);
        await page.page.bringToFront();
        baselines.set(arm, await overhead(page));
      }
      const samples = new Map<Arm, number[]>(arms.map((arm) => [arm, []]));
      const roundMedians = new Map<Arm, number[]>(arms.map((arm) => [arm, []]));
      const slowKeystrokes = new Map<Arm, number[]>(arms.map((arm) => [arm, []]));
      // The arms take turns, in a different order each round, so a slow moment of the machine is shared.
      for (let round = 0; round < rounds; round += 1) {
        const order = [...arms.slice(round % arms.length), ...arms.slice(0, round % arms.length)];
        for (const arm of order) {
          const typing = opened.get(arm)!;
          await typing.page.evaluate('window.roundStart = performance.now()');
          const measured = await typeAndMeasure(typing, keystrokesPerRound, baselines.get(arm)!);
          slowKeystrokes.get(arm)!.push(...(await slowKeystrokesOfRound(typing.page)));
          samples.get(arm)!.push(...measured);
          roundMedians.get(arm)!.push(percentile(measured, 0.5));
        }
      }
      for (const arm of arms) {
        const page = opened.get(arm)!;
        const taken = samples.get(arm)!;
        const slow = slowKeystrokes.get(arm)!;
        const pause = await pauseWork(page);
        const medians = roundMedians.get(arm)!;
        const key = `${arm}.${words}words`;
        figures[`${key}.keystrokeBusyP50Ms`] = percentile(taken, 0.5);
        figures[`${key}.keystrokeBusyP95Ms`] = percentile(taken, 0.95);
        figures[`${key}.keystrokeBusyRoundSpreadMs`] = Math.max(...medians) - Math.min(...medians);
        figures[`${key}.keystrokesOverAFrame`] = slow.length;
        figures[`${key}.eventTimingP95Ms`] = slow.length > taken.length * 0.05 ? percentile([...slow, ...Array<number>(Math.max(0, taken.length - slow.length)).fill(0)], 0.95) : 0;
        figures[`${key}.pauseBusyMs`] = pause;
        rows.push(
          `${String(words).padStart(6)} words  ${armNames[arm].padEnd(14)} per keystroke p50 ${percentile(taken, 0.5).toFixed(2).padStart(5)} ms  p95 ${percentile(taken, 0.95).toFixed(2).padStart(5)} ms` +
            `  (round medians ${medians.map((median) => median.toFixed(2)).join(' / ')})  ${slow.length}/${taken.length} keystrokes ≥ 16 ms input-to-paint  pause ${pause.toFixed(1)} ms`,
        );
        await page.page.close();
      }
      const ratio = figures[`newsroom.${words}words.keystrokeBusyP95Ms`]! / Math.max(0.01, figures[`extensions.${words}words.keystrokeBusyP95Ms`]!);
      figures[`newsroom.${words}words.p95RatioToExtensions`] = ratio;
      rows.push(`${String(words).padStart(6)} words  p95 newsroom / tiptap + ours: ${ratio.toFixed(2)}× (targets: p95 < 4 ms and ≤ 1.25× at 10,000 words; pause < 16 ms)`);
      const proofingCost = figures[`newsroom.${words}words.keystrokeBusyP50Ms`]! - figures[`unproofed.${words}words.keystrokeBusyP50Ms`]!;
      figures[`proofing.${words}words.keystrokeCostP50Ms`] = proofingCost;
      rows.push(`${String(words).padStart(6)} words  proofing on − off, per keystroke p50: ${proofingCost.toFixed(2)} ms (target: < 1 ms; the checking runs in a worker)`);
    }
  } finally {
    await browser.close();
    bareServer.close();
    for (const running of [app, unproofed]) {
      await running.server.close();
      await running.backend.close();
      await rm(running.dataDirectory, { recursive: true, force: true });
    }
  }
  process.stdout.write(
    `keystrokes: main-thread work per keystroke (CDP TaskDuration, measuring overhead subtracted), ${warmUpKeystrokes} warm-up keys, ${rounds} interleaved rounds of ${keystrokesPerRound} (headless Chromium, ${os.cpus().length} cores)\n${rows.join('\n')}\n`,
  );
  await recordFigures('keystrokes', figures);
}

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  await new Promise<void>((resolve, reject) => {
    spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
  });
}
await main();
