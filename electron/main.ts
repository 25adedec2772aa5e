import { app, BrowserWindow, dialog, Menu, powerMonitor, session, shell, type BrowserWindow as Window } from 'electron';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ipcEventChannelOf } from '../core/api/api-method-names';
import { messagesFor } from '../core/i18n/messages';
import { createNewsroomBackend } from '../services/create-newsroom-backend';
import { keychainPasswordStore } from './keychain-password-store';
import { defaultDataDirectory } from '../services/paths/default-data-directory';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { contextMenuTemplate } from './context-menu';
import { registerIpcTransport } from './ipc-transport';
import { createMainWindow } from './main-window';
import { buildApplicationMenu } from './menu';
import { openElectronStore } from './open-electron-store';
import { SaveBeforeClose } from './save-before-close';
import { guardWebContents, installPermissionHandlers, isExternalLink } from './web-contents-guards';

const flushTimeoutMilliseconds = 3000;

registerAppScheme();

const openExternal = (url: string) => {
  if (isExternalLink(url)) void shell.openExternal(url);
};

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));

async function start(): Promise<void> {
  installPermissionHandlers(session.defaultSession);
  const explicitDataDirectory = process.env.NEWSROOM_DATA_DIR || undefined;
  const settingsDirectory = explicitDataDirectory ?? defaultDataDirectory();
  const opened = await createNewsroomBackend({
    settingsDirectory,
    syncPasswords: keychainPasswordStore(path.join(settingsDirectory, 'sync-password.bin')),
    dataDirectory: explicitDataDirectory,
    transport: 'ipc',
    version: app.getVersion(),
    openStore: openElectronStore,
    chooseFolder: async (defaultPath) => {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { defaultPath, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? undefined : chosen.filePaths[0];
    },
  });
  if (!opened.ok) {
    dialog.showErrorBox('Newsroom', opened.error.message);
    app.quit();
    return;
  }
  const backend = opened.value;
  const text = () => messagesFor(backend.settings.get().interfaceLanguage);
  const windows = () => BrowserWindow.getAllWindows();
  serveRenderer({ rendererDirectory: path.join(__dirname, '..', 'renderer'), mediaDirectory: backend.media.directory });
  registerIpcTransport(backend.router, backend.events, windows);
  const stopWatching = backend.watchForChanges();
  app.on('will-quit', () => {
    stopWatching();
    // The search index is a cache: written if there is time, rebuilt from the articles if not.
    void backend.close();
  });

  const saveBeforeClose = new SaveBeforeClose(
    (window) =>
      backend.flush.request((payload) => window.webContents.send(ipcEventChannelOf('flushRequested'), payload), {
        timeoutMilliseconds: flushTimeoutMilliseconds,
      }),
    windows,
    () => app.quit(),
  );
  app.on('before-quit', (event) => saveBeforeClose.onQuitRequested(event));
  // Linux and macOS let the app delay a shutdown or reboot long enough to save. The documentation
  // passes an event with preventDefault; electron.d.ts declares the listener without it.
  (powerMonitor as unknown as NodeJS.EventEmitter).on('shutdown', (event: Electron.Event) => saveBeforeClose.onQuitRequested(event));

  const openFolder = async (folder: string) => {
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    const problem = await shell.openPath(folder);
    if (problem) dialog.showErrorBox(text().appName, `${folder}\n${problem}`);
  };
  Menu.setApplicationMenu(
    buildApplicationMenu(
      text(),
      {
        send: (command) => backend.events.emit('menuCommand', { command }),
        openDataFolder: () => void openFolder(backend.library.directory),
        openExportFolder: () => void openFolder(backend.exportDirectory()),
      },
      !app.isPackaged,
    ),
  );

  const openWindow = (): Window => {
    const window = createMainWindow(backend.settings.get().windowBounds, (windowBounds) => {
      backend.settings.update({ windowBounds });
    });
    saveBeforeClose.watch(window);
    // Windows asks before ending the session; the delay is used to save, then the app quits.
    window.on('query-session-end', (event) => saveBeforeClose.onQuitRequested(event));
    window.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(params, text());
      if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
    });
    return window;
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
