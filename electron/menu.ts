import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/api/api-contract';
import type { Messages } from '../core/i18n/messages';

export interface ApplicationMenuActions {
  /** Forwards a command to the open window's renderer. */
  readonly send: (command: MenuCommand) => void;
  readonly openDataFolder: () => void;
  readonly openExportFolder: () => void;
}

/** The application menu's template: standard roles and shortcuts, labelled in the interface language. */
export function applicationMenuTemplate(text: Messages, actions: ApplicationMenuActions, options: { readonly isDevelopment: boolean; readonly platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const { send } = actions;
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.menu.file,
      submenu: [
        { label: text.newArticle, accelerator: 'CmdOrCtrl+N', click: () => send('newArticle') },
        { label: text.menu.save, accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: text.importing.import, accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: text.importing.pasteAsArticle, accelerator: 'CmdOrCtrl+Shift+V', click: () => send('pasteAsArticle') },
        { type: 'separator' },
        { label: text.menu.openDataFolder, click: actions.openDataFolder },
        { label: text.menu.openExportFolder, click: actions.openExportFolder },
        { type: 'separator' },
        { label: text.deleteArticle, click: () => send('deleteArticle') },
        { label: text.trash, click: () => send('showTrash') },
        { type: 'separator' },
        { label: text.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
        ...(options.platform === 'darwin' ? [] : [{ type: 'separator' as const }, { label: text.menu.quit, role: 'quit' as const }]),
      ],
    },
    {
      label: text.menu.edit,
      submenu: [
        { label: text.menu.undo, role: 'undo' },
        { label: text.menu.redo, role: 'redo' },
        { type: 'separator' },
        { label: text.menu.cut, role: 'cut' },
        { label: text.menu.copy, role: 'copy' },
        { label: text.menu.paste, role: 'paste' },
        { label: text.menu.pasteAndMatchStyle, role: 'pasteAndMatchStyle' },
        { label: text.menu.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: text.menu.view,
      submenu: [
        { label: text.menu.resetZoom, role: 'resetZoom' },
        { label: text.menu.zoomIn, role: 'zoomIn' },
        { label: text.menu.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: text.menu.toggleFullScreen, role: 'togglefullscreen' },
        ...(options.isDevelopment ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: text.menu.window,
      role: 'windowMenu',
      submenu: [
        { label: text.menu.minimize, role: 'minimize' },
        { label: text.menu.closeWindow, role: 'close' },
      ],
    },
    {
      label: text.menu.help,
      role: 'help',
      submenu: [
        { label: text.menu.keyboardShortcuts, accelerator: 'CmdOrCtrl+/', click: () => send('showShortcuts') },
        { type: 'separator' },
        { label: text.menu.about, role: 'about' },
      ],
    },
  ];
}

/** Builds the application menu. */
export function buildApplicationMenu(text: Messages, actions: ApplicationMenuActions, isDevelopment: boolean): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate(text, actions, { isDevelopment, platform: process.platform }));
}
