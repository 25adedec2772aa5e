import ElectronStore from 'electron-store';
import type { Settings } from '../core/settings/settings-schema';
import type { SettingsStore } from '../services/settings/settings-service';

/** Opens settings.json with electron-store, the same file and schema conf reads outside Electron. */
export function openElectronStore(directory: string, defaults: Settings): SettingsStore {
  return new ElectronStore<Settings>({ cwd: directory, name: 'settings', defaults });
}
