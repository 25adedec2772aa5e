// Builds the renderer (Vite), the CLI and the Electron main and preload (esbuild) into dist/.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const sourceEntries = ['core', 'services', 'cli', 'electron', 'renderer', 'assets', 'vite.config.ts', 'package.json', 'scripts/build.mjs'];

function newestModification(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestModification(path.join(entry, name))), stats.mtimeMs);
}

/** Whether dist/ is missing or older than any source file. */
export function isBuildStale() {
  if (!existsSync(stampFile)) return true;
  const built = statSync(stampFile).mtimeMs;
  return sourceEntries.some((entry) => newestModification(entry) > built);
}

/** Builds everything into dist/. */
export async function build({ quiet = false } = {}) {
  const { build: viteBuild } = await import('vite');
  const esbuild = await import('esbuild');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'info' });
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: quiet ? 'error' : 'info', absWorkingDir: root };
  // The worker thread that parses imports and renders exports sits beside the code that starts it.
  // Split into chunks, what a command does not use (the import parsers, the editor schema) is not
  // loaded at its start: `newsroom list` answers in a fraction of a second.
  rmSync(path.join(root, 'dist', 'cli'), { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: { newsroom: 'cli/newsroom.ts', 'newsroom-worker': 'services/workers/newsroom-worker.ts' },
    outdir: path.join(root, 'dist', 'cli'),
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    splitting: true,
    format: 'esm',
    // What every command loads (zod, the settings store, the file lock) is bundled: resolving and
    // compiling hundreds of small ES modules from node_modules cost a CLI run a few hundred
    // milliseconds. Large or native packages only some commands use stay in node_modules.
    external: cliExternalPackages,
    minifyWhitespace: true,
    minifySyntax: true,
    // Bundled CommonJS packages require Node's own modules.
    banner: { js: "import { createRequire as newsroomCreateRequire } from 'node:module'; const require = newsroomCreateRequire(import.meta.url);" },
  });
  await buildElectronBundles({ outdir: path.join(root, 'dist', 'electron'), quiet });
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, new Date().toISOString());
}

/** Packages the CLI loads from node_modules: native (leveldown), large and used by a few commands (the editor schema, the DOM for exports, the import parsers, Hunspell, PouchDB). */
const cliExternalPackages = ['leveldown', 'pouchdb', '@tiptap/*', 'happy-dom', 'mammoth', 'marked', 'hunspell-asm', 'electron'];

/** Bundles the Electron main process, preload and worker into outdir as main.cjs, preload.cjs and newsroom-worker.cjs. */
export async function buildElectronBundles({ outdir, quiet = true, sourcemap = true }) {
  const esbuild = await import('esbuild');
  // leveldown (desk sync's LevelDB) is a native module: it is required from node_modules when desk sync starts, never bundled.
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap, logLevel: quiet ? 'error' : 'info', absWorkingDir: root, format: 'cjs', external: ['electron', 'leveldown'] };
  await esbuild.build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    // Shared services fall back to __filename where import.meta.url is empty in CommonJS.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  await esbuild.build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') });
  await esbuild.build({ ...common, entryPoints: ['services/workers/newsroom-worker.ts'], outfile: path.join(outdir, 'newsroom-worker.cjs') });
}

/** Builds only when a source changed since the last build. */
export async function buildIfNeeded({ quiet = true } = {}) {
  if (!isBuildStale()) return false;
  if (!quiet) process.stderr.write('Building Newsroom…\n');
  await build({ quiet });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-needed')) await buildIfNeeded({ quiet: false });
  else await build();
}
