import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// A system Chromium where there is one, Playwright's own otherwise (scripts/ensure-chromium.mjs
// installs one before the browser tests when neither exists).
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', use: { browserName: 'chromium' } },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
