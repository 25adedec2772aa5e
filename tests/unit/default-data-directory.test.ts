import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDirectory } from '../../services/paths/default-data-directory';

describe('defaultDataDirectory (where Electron keeps userData for this app)', () => {
  it.each([
    ['linux', {}, path.join('/home/layla', '.config', 'Newsroom')],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, path.join('/xdg', 'Newsroom')],
    ['darwin', {}, path.join('/home/layla', 'Library', 'Application Support', 'Newsroom')],
    ['win32', { APPDATA: 'C:\\Users\\layla\\AppData\\Roaming' }, path.join('C:\\Users\\layla\\AppData\\Roaming', 'Newsroom')],
  ] as const)('on %s with %o', (platform, environment, expected) => {
    expect(defaultDataDirectory(platform, environment, '/home/layla')).toBe(expected);
  });
});
