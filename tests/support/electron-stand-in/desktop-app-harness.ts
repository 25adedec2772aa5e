import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildElectronBundles } from '../../../scripts/build.mjs';
import type { ApiEventName } from '../../../core/api/api-method-names';
import { createElectronStandIn, type ElectronStandIn, type RendererModule, type StandInWindow } from './electron-stand-in';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const requireFromHere = createRequire(import.meta.url);
// Electron's sandboxed preloads may require only these (docs/tutorial/sandbox.md).
const sandboxedPreloadModules = new Set(['events', 'timers', 'url']);

let electronForNextRequire: { readonly module: unknown; readonly sandboxedFile: string | undefined } | undefined;
let hookInstalled = false;

function installElectronHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  // Each launch loads a fresh main bundle, and with it conf's exit hooks on every signal; a test
  // file launches a dozen apps in one process, which is not the leak Node warns about.
  process.setMaxListeners(100);
  const originalLoad = moduleInternals._load;
  moduleInternals._load = function load(this: unknown, request, parent, isMain) {
    const current = electronForNextRequire;
    if (current && request === 'electron') return current.module;
    const requiredBy = (parent as { filename?: string } | null)?.filename;
    if (current?.sandboxedFile !== undefined && requiredBy === current.sandboxedFile && !sandboxedPreloadModules.has(request)) {
      throw new Error(`module not found: ${request} (a sandboxed preload may require only electron, events, timers and url)`);
    }
    return originalLoad.call(this, request, parent, isMain);
  };
}

function requireWithElectron(file: string, electron: unknown, sandboxed: boolean): void {
  installElectronHook();
  delete requireFromHere.cache[file];
  electronForNextRequire = { module: electron, sandboxedFile: sandboxed ? file : undefined };
  try {
    requireFromHere(file);
  } finally {
    electronForNextRequire = undefined;
  }
}

export interface DesktopBundles {
  /** Holds electron/main.cjs, electron/preload.cjs and a small renderer/ beside them, as dist/ does. */
  readonly directory: string;
  readonly mainFile: string;
  readonly rendererDirectory: string;
}

/** Bundles the real electron/main.ts and preload.ts (the same esbuild step as `npm run build`) into a temporary dist. */
export async function buildDesktopBundles(): Promise<DesktopBundles> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-desktop-'));
  await buildElectronBundles({ outdir: path.join(directory, 'electron'), quiet: true, sourcemap: false });
  const rendererDirectory = path.join(directory, 'renderer');
  await mkdir(path.join(rendererDirectory, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDirectory, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>غرفة الأخبار</title><script type="module" src="/assets/app.js"></script></html>');
  await writeFile(path.join(rendererDirectory, 'assets', 'app.js'), 'export {};\n');
  await writeFile(path.join(directory, 'secret.txt'), 'outside the renderer folder');
  return { directory, mainFile: path.join(directory, 'electron', 'main.cjs'), rendererDirectory };
}

export interface RunningDesktopApp {
  readonly electron: ElectronStandIn;
  readonly window: StandInWindow;
  /** What the preload exposed to the page as window.newsroom. */
  readonly api: Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>> & {
    subscribe(event: ApiEventName, listener: (payload: never) => void): () => void;
  };
}

/** Starts the real main bundle against a fresh Electron stand-in, with its data in dataDirectory. */
export async function launchDesktopApp(bundles: DesktopBundles, dataDirectory: string, options: { singleInstanceLock?: boolean } = {}): Promise<RunningDesktopApp> {
  const electron = createElectronStandIn({
    userDataDirectory: dataDirectory,
    singleInstanceLock: options.singleInstanceLock,
    runPreload: (preloadPath: string, _page: unknown, renderer: RendererModule) => requireWithElectron(preloadPath, renderer, true),
  });
  process.env.NEWSROOM_DATA_DIR = dataDirectory;
  requireWithElectron(bundles.mainFile, electron.module, false);
  electron.becomeReady();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [window] = electron.windows();
    const api = window?.webContents.page.mainWorld.newsroom;
    if (window && api && !window.webContents.isLoading()) return { electron, window, api: api as RunningDesktopApp['api'] };
    if (electron.record.exited) throw new Error('The desktop app quit before opening a window.');
    if (electron.record.preloadErrors.length > 0) throw electron.record.preloadErrors[0];
    if (electron.record.errorBoxes.length > 0) throw new Error(`The app showed an error: ${JSON.stringify(electron.record.errorBoxes)}`);
    if (Date.now() > deadline) throw new Error('The desktop app did not open its window within 15 s.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until a condition holds, checking every few milliseconds. */
export async function eventually(condition: () => boolean, what: string, timeoutMilliseconds = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
