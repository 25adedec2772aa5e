import os from 'node:os';
import path from 'node:path';

export const applicationName = 'Newsroom';

/** The desktop app's data folder, the same one Electron's userData points at for this app. */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  environment: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', applicationName);
    case 'win32':
      return path.join(environment.APPDATA ?? path.join(home, 'AppData', 'Roaming'), applicationName);
    default:
      return path.join(environment.XDG_CONFIG_HOME || path.join(home, '.config'), applicationName);
  }
}
