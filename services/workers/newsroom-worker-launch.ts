import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start the worker thread: a built script, or the TypeScript source through tsx when running from source. */
export type WorkerLaunch = { readonly kind: 'script'; readonly file: string } | { readonly kind: 'typescript'; readonly file: string };

/** The worker beside the running code: newsroom-worker.cjs by the Electron bundle, .mjs by the CLI bundle, .ts in the source tree. */
export function newsroomWorkerLaunch(): WorkerLaunch {
  // The Electron main process is bundled as CommonJS, where import.meta.url does not exist.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const file = path.join(path.dirname(here), `newsroom-worker${extension}`);
  if (extension === '.ts') return { kind: 'typescript', file };
  if (!existsSync(file)) throw new Error(`The worker script ${file} is missing; run npm run build.`);
  return { kind: 'script', file };
}

/** The Worker constructor's arguments for a launch. */
export function workerConstructorArguments(launch: WorkerLaunch): { readonly script: string; readonly evaluate: boolean } {
  switch (launch.kind) {
    case 'script':
      return { script: launch.file, evaluate: false };
    case 'typescript': {
      const target = JSON.stringify(pathToFileURL(launch.file).href);
      return { script: `import('tsx/esm/api').then(({ tsImport }) => tsImport(${target}, ${target}))`, evaluate: true };
    }
  }
}
