import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import type { Settings } from '../core/settings/settings-schema';
import type { SettingsStore } from '../services/settings/settings-service';

// electron-store answers this channel for renderer-side stores, with no sender check. Our renderer
// never opens a store (it has no ipcRenderer at all), so the channel is closed.
const electronStoreChannel = 'electron-store-get-data';

/** Opens settings.json with electron-store, the same file and schema conf reads outside Electron. */
export function openElectronStore(directory: string, defaults: Settings): SettingsStore {
  const store = new ElectronStore<Settings>({ cwd: directory, name: 'settings', defaults });
  ipcMain.removeAllListeners(electronStoreChannel);
  return store;
}
