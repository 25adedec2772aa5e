// Renders assets/logo.svg into the app and installer icons electron-builder needs (npm run icons):
// build/icon.png at 1024 px (macOS .icns and Windows .ico are made from it at package time) and
// build/icons/<size>x<size>.png for the Linux desktop entry.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = await readFile(path.join(root, 'assets', 'logo.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const render = async (size: number) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  await mkdir(path.join(root, 'build', 'icons'), { recursive: true });
  await writeFile(path.join(root, 'build', 'icon.png'), await render(1024));
  for (const size of linuxSizes) await writeFile(path.join(root, 'build', 'icons', `${size}x${size}.png`), await render(size));
} finally {
  await browser.close();
}
