import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { minimatch } from 'minimatch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

// The electron-builder configuration as electron-builder itself resolves and validates it, checked
// without packaging (packaging downloads Electron, which this network cannot reach).

const root = fileURLToPath(new URL('../..', import.meta.url));
let config: Configuration;

/** Whether electron-builder's `files` patterns would put a project path into the app. */
function isPackaged(file: string): boolean {
  const patterns = (config.files as Array<{ filter: string[] }>)[0]!.filter;
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) {
      included = true;
    }
  }
  return included;
}

async function pngWidth(file: string): Promise<number> {
  return (await readFile(file)).readUInt32BE(16);
}

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

describe('the desktop packaging configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs only the built app into an asar archive, without source maps or sources', async () => {
    const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(config.asar).toBe(true);
    for (const file of [packageJson.main, 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'package.json']) {
      expect(isPackaged(file), file).toBe(true);
    }
    for (const file of [
      'dist/electron/main.cjs.map',
      'dist/renderer/assets/index-abc.js.map',
      'dist/cli/newsroom.mjs',
      'electron/main.ts',
      'renderer/src/main.tsx',
      'tests/unit/desktop-shell.test.ts',
      'node_modules/react/index.js',
      '.env',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('ships desk sync’s LevelDB binding beside the bundle, its native prebuilds outside the asar archive', () => {
    // The main bundle requires leveldown from node_modules (a native module cannot be bundled); nothing else of node_modules goes in.
    for (const file of ['node_modules/leveldown/leveldown.js', 'node_modules/leveldown/prebuilds/linux-x64/node.napi.glibc.node', 'node_modules/abstract-leveldown/index.js', 'node_modules/node-gyp-build/index.js']) {
      expect(isPackaged(file), file).toBe(true);
    }
    expect(isPackaged('node_modules/leveldown/deps/leveldb/leveldb-1.20/db/db_impl.cc')).toBe(false);
    expect(config.asarUnpack).toEqual(['node_modules/leveldown/prebuilds/**']);
  });

  it('flips the Electron fuses at package time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, NSIS and dmg with their metadata and icons in every size', async () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(await pngWidth(path.join(root, 'build', 'icon.png'))).toBeGreaterThanOrEqual(1024);
    const linuxIcons = await readdir(path.join(root, String(config.linux?.icon)));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(linuxIcons, `${size}px`).toContain(`${size}x${size}.png`);
      expect(await pngWidth(path.join(root, 'build', 'icons', `${size}x${size}.png`))).toBe(size);
    }
  });
});
