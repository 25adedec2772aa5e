import Conf from 'conf';
import type { Settings } from '../../core/settings/settings-schema';
import type { SettingsStore } from './settings-service';

/** Opens settings.json with conf, the store electron-store is built on, for use outside Electron. */
export function openConfStore(directory: string, defaults: Settings): SettingsStore {
  return new Conf<Settings>({ cwd: directory, configName: 'settings', defaults });
}
