// npm run bench: a library of 1,000 and 10,000 generated Arabic articles, as a journalist meets it —
// `newsroom list` with and without the kept index, the search index built, and the app in browser
// mode: how long after the page starts loading the library shows, and the memory it takes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { percentile, recordFigures } from './record-figures';
import { measuredTyping, pauseWork, typeAndMeasure } from './typing-work';
import { writeBenchLibrary } from './write-bench-library';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'cli', 'newsroom.mjs');
const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number);
const pageLoads = 3;

/** Runs the CLI to the end; returns its wall-clock time in milliseconds. */
function timeCli(directory: string, ...commandLine: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    spawn(process.execPath, [cli, '--data', directory, ...commandLine], { stdio: ['ignore', 'ignore', commandLine[0] === 'search' ? 'ignore' : 'inherit'] }).on('exit', (code) =>
      code === 0 || (commandLine[0] === 'search' && code === 1) ? resolve(performance.now() - started) : reject(new Error(`newsroom ${commandLine.join(' ')} exited ${code}`)),
    );
  });
}

/** Starts browser mode on the folder; resolves with its address once it listens. */
function serve(directory: string): Promise<{ readonly child: ChildProcess; readonly url: string }> {
  const child = spawn(process.execPath, [cli, '--data', directory, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /http:\/\/\S+/.exec(line)?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const rows: string[] = [];
const figures: Record<string, number> = {};
const browserOptions = {
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  viewport: { width: 1280, height: 800 },
};
for (const size of sizes) {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-library-'));
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  try {
    await writeBenchLibrary(directory, size);
    const firstList = await timeCli(directory, 'list', '--json');
    // The library's one index (listing and search) is written by the search index: a first search builds it.
    const searchBuild = await timeCli(directory, 'search', 'الانتخابات', '--limit', '1');
    const searchOpen = await timeCli(directory, 'search', 'الانتخابات', '--limit', '1');
    const lists: number[] = [];
    for (let run = 0; run < 3; run += 1) lists.push(await timeCli(directory, 'list', '--json'));

    const started = await serve(directory);
    server = started.child;
    const firstRows: number[] = [];
    const complete: number[] = [];
    let heap = 0;
    // One browser profile kept on disk, as the desktop app keeps one and a journalist's browser
    // does: the first load compiles the code, the next ones find it in V8's code cache, as every
    // start after the first does. (A context from browser.newContext() is off the record: Chromium
    // keeps no code cache for it, and every load compiled half a megabyte of script again.)
    const profile = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-profile-'));
    context = await chromium.launchPersistentContext(profile, browserOptions);
    // Timed in the page, from the start of navigation to the frame that paints the rows: polling
    // from here would add however long the page's thread is busy after that frame (the editor's
    // code starting) to the figure.
    // A script as text: a function would be compiled with helpers (tsx keeps names) the page lacks.
    await context.addInitScript({
      content: `(() => {
        const painted = {};
        window.libraryPainted = painted;
        const time = (key) => { if (painted[key] === undefined) requestAnimationFrame(() => { painted[key] ??= performance.now(); }); };
        new MutationObserver(() => {
          const row = document.querySelector('.article-item');
          if (!row) return;
          time('firstRow');
          if (row.getAttribute('aria-setsize') === '${size}') time('all');
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-setsize'] });
      })()`,
    });
    for (let load = 0; load <= pageLoads; load += 1) {
      const page = await context.newPage();
      await page.goto(started.url);
      await page.waitForFunction(() => (window as unknown as { libraryPainted: { all?: number } }).libraryPainted.all !== undefined, undefined, { timeout: 60_000 });
      const { firstRow, all } = (await page.evaluate('window.libraryPainted')) as { firstRow: number; all: number };
      const session = await page.context().newCDPSession(page);
      await session.send('HeapProfiler.collectGarbage');
      heap = (await session.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
      // The first load, right after the back end started and with nothing cached, is reported apart.
      if (load === 0) {
        figures[`${size}.firstLoadAfterStartMs`] = firstRow;
      } else {
        firstRows.push(firstRow);
        complete.push(all);
      }
      await page.close();
    }
    // Typing in the newest story with the whole library listed: each save updates its row, and
    // what the window derives from the list (tags, sections, people) must not cost a pause more.
    const page = await context.newPage();
    await page.goto(started.url);
    await page.waitForFunction(() => (window as unknown as { libraryPainted: { all?: number } }).libraryPainted.all !== undefined, undefined, { timeout: 60_000 });
    const editor = page.getByRole('textbox', { name: 'نص المقال' });
    await editor.click();
    await page.keyboard.press('Control+End');
    const typing = await measuredTyping(page);
    await typeAndMeasure(typing, 20, 0);
    const pause = await pauseWork(typing);
    await page.close();
    await context.close();
    context = undefined;
    await rm(profile, { recursive: true, force: true });
    const rss = await residentMegabytes(server.pid!);
    const key = String(size);
    Object.assign(figures, {
      [`${key}.listColdMs`]: firstList,
      [`${key}.listMs`]: percentile(lists, 0.5),
      [`${key}.searchIndexBuildMs`]: searchBuild,
      [`${key}.searchIndexOpenMs`]: searchOpen,
      [`${key}.libraryVisibleMs`]: percentile(firstRows, 0.5),
      [`${key}.pauseInTypingBusyMs`]: pause,
      [`${key}.libraryCompleteMs`]: percentile(complete, 0.5),
      [`${key}.rendererHeapMb`]: heap,
      [`${key}.backendRssMb`]: rss,
    });
    rows.push(
      `${size.toLocaleString('en').padStart(6)} articles: newsroom list ${Math.round(firstList)} ms without the index, ${Math.round(percentile(lists, 0.5))} ms with it (target < 500 ms at 10,000); ` +
        `search index built by a first search in ${(searchBuild / 1000).toFixed(1)} s, a search that opens it ${Math.round(searchOpen)} ms (whole CLI runs)\n` +
        `        browser mode: library visible ${Math.round(percentile(firstRows, 0.5))} ms after the page starts loading (target < 1,000 ms; runs ${firstRows.map(Math.round).join(' / ')}), all ${size.toLocaleString('en')} listed after ${Math.round(percentile(complete, 0.5))} ms; ` +
        `first load after start, nothing cached, ${Math.round(figures[`${size}.firstLoadAfterStartMs`]!)} ms; renderer heap ${heap.toFixed(0)} MB (target < 150 MB), back end RSS ${rss.toFixed(0)} MB\n` +
        `        a pause in typing the newest story (about 600 words) with the library listed: ${pause.toFixed(1)} ms of main-thread work (target < 16 ms)`,
    );
  } finally {
    // A bench that failed midway leaves no browser behind to keep it running.
    await context?.close();
    server?.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rm(directory, { recursive: true, force: true });
  }
}
process.stdout.write(`library at scale (${os.cpus().length} cores)\n${rows.join('\n')}\n`);
await recordFigures('library', figures);
