#!/usr/bin/env node
// Builds on first use inside the repository, then runs the bundled CLI.
import { existsSync } from 'node:fs';

const scripts = new URL('../scripts/build.mjs', import.meta.url);
if (existsSync(scripts)) {
  const { buildIfNeeded } = await import(scripts.href);
  await buildIfNeeded({ quiet: false });
}
await import(new URL('../dist/cli/newsroom.mjs', import.meta.url).href);
