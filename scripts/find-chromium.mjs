// Finds a Chromium that Playwright can drive: Debian's or Ubuntu's package, Google Chrome, or
// Playwright's own download.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a usable Chromium, or undefined when this machine has none yet. */
export function findChromium({ system = true } = {}) {
  if (system) {
    const found = systemCandidates.find((candidate) => existsSync(candidate));
    if (found) return found;
  }
  const { chromium } = createRequire(import.meta.url)('@playwright/test');
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}
