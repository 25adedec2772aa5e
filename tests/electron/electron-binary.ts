import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The Electron binary's path if the electron package has already downloaded it; never downloads. */
export function installedElectronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  const packageDirectory = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
