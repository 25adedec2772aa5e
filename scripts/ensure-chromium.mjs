// Runs before the browser tests: finds a Chromium, or installs one the way this machine allows
// (Playwright's installer where it can download; Debian's chromium package as root), or stops with
// one line saying what to run. NEWSROOM_SKIP_SYSTEM_CHROMIUM=1 pretends no system browser is
// installed, to try this path on a machine that has one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

function run(command, args) {
  process.stderr.write(`$ ${command} ${args.join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60 * 1000 }).status === 0;
}

const pretendNone = process.env.NEWSROOM_SKIP_SYSTEM_CHROMIUM === '1';
if (!findChromium({ system: !pretendNone })) {
  process.stderr.write('No Chromium found for the browser tests; installing one.\n');
  const playwrightCli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
  const downloaded = run(process.execPath, [playwrightCli, 'install', 'chromium']);
  const canUseApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!downloaded && canUseApt) {
    process.stderr.write('Playwright could not download its browser; installing Debian\'s chromium package.\n');
    if (run('apt-get', ['update'])) run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  }
}
const found = findChromium();
if (!found) {
  process.stderr.write('newsroom: no Chromium for the browser tests: run "npx playwright install chromium" (or, on Debian, "sudo apt-get install chromium"), then npm test again.\n');
  process.exit(1);
}
process.stdout.write(`Browser tests use ${found}\n`);
