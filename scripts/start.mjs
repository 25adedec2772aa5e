// `npm start`: the desktop app where Electron's binary is available, browser mode where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfNeeded } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildIfNeeded({ quiet: false });

// Asking for the path makes the electron package fetch its binary on first run; that fails offline.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
const electronBinary = probe.status === 0 ? probe.stdout.trim() : '';

if (electronBinary && existsSync(electronBinary)) {
  const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'The Electron desktop shell is not available on this machine (its binary could not be downloaded).\n' +
      'Starting browser mode instead: open the address below in Chromium, Chrome, Firefox or Edge.\n\n',
  );
  process.argv = [process.argv[0], path.join(root, 'bin', 'newsroom.mjs'), 'serve', ...process.argv.slice(2)];
  await import(pathToFileURL(path.join(root, 'dist', 'cli', 'newsroom.mjs')).href);
}
