import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import path from 'node:path';
import { messagesFor } from '../core/i18n/messages';
import { createNewsroomBackend } from '../services/create-newsroom-backend';
import { defaultDataDirectory } from '../services/paths/default-data-directory';
import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcTransport } from './ipc-transport';
import { createMainWindow } from './main-window';
import { buildApplicationMenu } from './menu';
import { openElectronStore } from './open-electron-store';

registerAppScheme();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (navigation) => {
    if (new URL(navigation.url).origin !== appOrigin) navigation.preventDefault();
  });
  contents.on('will-attach-webview', (attach) => attach.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

async function start(): Promise<void> {
  // Only the clipboard, for Copy HTML and Paste as new article, and only for the app's own page.
  const allowed = new Set(['clipboard-read', 'clipboard-sanitized-write']);
  const isAppPage = (url: string) => {
    try {
      return new URL(url).origin === appOrigin;
    } catch {
      return false;
    }
  };
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => callback(allowed.has(permission) && isAppPage(contents.getURL())));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) => allowed.has(permission) && isAppPage(origin));
  const explicitDataDirectory = process.env.NEWSROOM_DATA_DIR || undefined;
  const opened = await createNewsroomBackend({
    settingsDirectory: explicitDataDirectory ?? defaultDataDirectory(),
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
  serveRenderer(path.join(__dirname, '..', 'renderer'), backend.media.directory);
  registerIpcTransport(backend.router, backend.events, () => BrowserWindow.getAllWindows());
  const settings = backend.settings.get();
  Menu.setApplicationMenu(
    buildApplicationMenu(
      messagesFor(settings.interfaceLanguage),
      (command) => backend.events.emit('menuCommand', { command }),
      !app.isPackaged,
    ),
  );
  const openWindow = () =>
    createMainWindow(backend.settings.get().windowBounds, (windowBounds) => {
      backend.settings.update({ windowBounds });
    });
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
