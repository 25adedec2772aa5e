import { EventEmitter } from 'node:events';
import path from 'node:path';

// A stand-in for the parts of Electron's API the shell uses, written from Electron's documented
// contracts (docs/api/*.md and electron.d.ts of the pinned version), so the real main and preload
// bundles run on machines without the Electron binary. Where Electron's behaviour matters to our
// trust, close and quit logic, it is modelled, not merely recorded:
// - 'close' comes before the page's beforeunload; a page that prevents unload emits
//   'will-prevent-unload', whose preventDefault lets the unload go on.
// - app.quit() emits 'before-quit' (preventable), then closes each window; one close that does not
//   happen cancels the quit; 'window-all-closed' is not emitted while quitting.
// - ipcRenderer.invoke and webContents.send copy their arguments with the structured clone
//   algorithm; contextBridge works only with context isolation and refuses to overwrite a key.
// - protocol.registerSchemesAsPrivileged throws once the app is ready; a scheme is handled once.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class StandInFrame {
  readonly frames: StandInFrame[] = [];
  constructor(
    public url: string,
    readonly parent: StandInFrame | null,
  ) {}
  get top(): StandInFrame {
    return this.parent ? this.parent.top : this;
  }
  /** Adds a child frame (an iframe) showing a URL. */
  addChild(url: string): StandInFrame {
    const child = new StandInFrame(url, this);
    this.frames.push(child);
    return child;
  }
}

type Listener = (...args: unknown[]) => void;

/** What the preload saw in one page: the renderer-side IPC listeners and the bridged world. */
export class StandInPage {
  readonly mainWorld: Record<string, unknown> = {};
  readonly rendererListeners = new Map<string, Set<Listener>>();
  /** Set by a test: the page's beforeunload handler asks to stay. */
  preventsUnload = false;
}

export interface StandInContextMenu {
  readonly template: readonly MenuItemTemplate[];
}

export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly accelerator?: string;
  readonly enabled?: boolean;
  readonly click?: (...args: unknown[]) => void;
  readonly submenu?: readonly MenuItemTemplate[] | StandInMenu;
}

export class StandInMenu {
  constructor(
    readonly items: readonly MenuItemTemplate[],
    private readonly onPopup: (menu: StandInMenu) => void = () => undefined,
  ) {}
  popup(): void {
    this.onPopup(this);
  }
  /** Finds an item anywhere in the menu by its label. */
  find(label: string): MenuItemTemplate | undefined {
    for (const item of this.items) {
      if (item.label === label) return item;
      const submenu = item.submenu instanceof StandInMenu ? item.submenu.items : item.submenu;
      if (submenu) {
        const found = new StandInMenu(submenu).find(label);
        if (found) return found;
      }
    }
    return undefined;
  }
}

interface PermissionDetails {
  readonly isMainFrame: boolean;
  readonly requestingUrl: string;
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: PermissionDetails) => boolean;

export interface StandInOptions {
  readonly userDataDirectory: string;
  readonly version?: string;
  readonly singleInstanceLock?: boolean;
  readonly displays?: readonly Rectangle[];
  /** What the native folder picker answers. */
  readonly chosenFolder?: string;
  /** Loads the preload script at webPreferences.preload into a page, as the renderer process would. */
  readonly runPreload?: (preloadPath: string, page: StandInPage, renderer: RendererModule) => void;
}

export interface RendererModule {
  readonly contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  readonly ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: Listener): unknown;
    removeListener(channel: string, listener: Listener): unknown;
  };
}

export type WindowOptions = Record<string, unknown> & { webPreferences?: Record<string, unknown> };

/** The state one stand-in shares between its module's objects. */
export interface StandInWorld {
  readonly windows: StandInBrowserWindow[];
  focused: StandInBrowserWindow | undefined;
  quitting: boolean;
  isReady(): boolean;
  readonly app: EventEmitter & { quit(): void };
  readonly defaultSession: Record<string, unknown>;
  readonly protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  readonly record: { preloadErrors: unknown[] };
  readonly runPreload: StandInOptions['runPreload'];
  rendererModuleFor(window: StandInBrowserWindow): RendererModule;
}

export interface StandInBrowserWindowClass {
  new (options?: WindowOptions): StandInBrowserWindow;
  getAllWindows(): StandInBrowserWindow[];
  getFocusedWindow(): StandInBrowserWindow | null;
  fromWebContents(contents: unknown): StandInBrowserWindow | null;
}

export class StandInWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  readonly mainFrame: StandInFrame;
  readonly session: StandInWorld['defaultSession'];
  readonly page = new StandInPage();
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => { action: string }) | undefined;
  loading = false;
  crashed = false;
  destroyed = false;

  constructor(
    world: StandInWorld,
    readonly owner: StandInBrowserWindow,
  ) {
    super();
    this.session = world.defaultSession;
    this.mainFrame = new StandInFrame('', null);
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isLoading(): boolean {
    return this.loading;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: StandInWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const copies = args.map(cloneForIpc);
    for (const listener of this.page.rendererListeners.get(channel) ?? []) listener({ sender: undefined }, ...copies);
  }
}

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents: StandInWebContents;
  readonly options: WindowOptions;
  private bounds: Rectangle;
  private destroyed = false;
  private maximized = false;
  private minimized = false;
  visible = false;
  title: string;

  constructor(
    private readonly world: StandInWorld,
    windowOptions: WindowOptions,
  ) {
    super();
    if (!world.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = windowOptions;
    this.title = String(windowOptions.title ?? 'Electron');
    this.bounds = {
      x: Number(windowOptions.x ?? 100),
      y: Number(windowOptions.y ?? 100),
      width: Number(windowOptions.width ?? 800),
      height: Number(windowOptions.height ?? 600),
    };
    this.webContents = new StandInWebContents(world, this);
    world.windows.push(this);
    world.focused = this;
    world.app.emit('web-contents-created', new PreventableEvent(), this.webContents);
    world.app.emit('browser-window-created', new PreventableEvent(), this);
  }

  async loadURL(url: string): Promise<void> {
    const contents = this.webContents;
    contents.loading = true;
    contents.mainFrame.url = url;
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.world.protocolHandlers.get(scheme);
    const response = handler ? await handler(new Request(url)) : undefined;
    contents.loading = false;
    if (!response || response.status !== 200) {
      contents.emit('did-fail-load', new PreventableEvent(), -6, 'ERR_FILE_NOT_FOUND', url);
      throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
    }
    const preload = this.options.webPreferences?.preload;
    if (typeof preload === 'string' && this.world.runPreload) {
      try {
        this.world.runPreload(preload, contents.page, this.world.rendererModuleFor(this));
      } catch (error) {
        this.world.record.preloadErrors.push(error);
      }
    }
    contents.emit('did-finish-load', new PreventableEvent());
    this.emit('ready-to-show', new PreventableEvent());
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.world.focused = this;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.maximized = false;
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const close = new PreventableEvent();
    this.emit('close', close);
    if (close.defaultPrevented) return;
    if (this.webContents.page.preventsUnload) {
      const willPrevent = new PreventableEvent();
      this.webContents.emit('will-prevent-unload', willPrevent);
      if (!willPrevent.defaultPrevented) return;
    }
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.world.windows.splice(this.world.windows.indexOf(this), 1);
    this.emit('closed');
    if (this.world.windows.length === 0 && !this.world.quitting) {
      if (this.world.app.listenerCount('window-all-closed') > 0) this.world.app.emit('window-all-closed');
      else this.world.app.quit();
    }
  }
}

/** Copies a value the way Electron's IPC does: functions, symbols and class prototypes do not cross. */
function cloneForIpc<Value>(value: Value): Value {
  return structuredClone(value);
}

/** Creates one fresh Electron stand-in: the module the main bundle imports, plus the controls a test drives. */
export function createElectronStandIn(options: StandInOptions) {
  let ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const windows: StandInBrowserWindow[] = [];
  const record = {
    exited: false,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    /** A preload that throws is reported in the page's console by Electron; the page loads without its API. */
    preloadErrors: [] as unknown[],
    openedPaths: [] as string[],
    openedExternal: [] as string[],
    privilegedSchemes: [] as unknown[],
    applicationMenu: undefined as StandInMenu | undefined,
    poppedUpMenus: [] as StandInMenu[],
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    whenReady: () => readyPromise,
    isReady: () => ready,
    getVersion: () => options.version ?? '0.0.0-stand-in',
    getName: () => 'Newsroom',
    getLocale: () => 'ar',
    getPath: (name: string) => (name === 'userData' ? options.userDataDirectory : path.join(options.userDataDirectory, name)),
    requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
    setAboutPanelOptions: () => undefined,
    quit: () => {
      const beforeQuit = new PreventableEvent();
      app.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      world.quitting = true;
      for (const window of [...windows]) {
        window.close();
        if (!window.isDestroyed()) {
          world.quitting = false;
          return;
        }
      }
      const willQuit = new PreventableEvent();
      app.emit('will-quit', willQuit);
      world.quitting = false;
      if (willQuit.defaultPrevented) return;
      record.exited = true;
      app.emit('quit', new PreventableEvent(), 0);
    },
    exit: () => {
      record.exited = true;
    },
  });

  const ipcMain = Object.assign(new EventEmitter(), {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
    },
  });

  const permissionHandlers: { request?: PermissionRequestHandler; check?: PermissionCheckHandler; device?: () => boolean } = {};
  const defaultSession = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler | null) => {
      permissionHandlers.request = handler ?? undefined;
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler | null) => {
      permissionHandlers.check = handler ?? undefined;
    },
    setDevicePermissionHandler: (handler: (() => boolean) | null) => {
      permissionHandlers.device = handler ?? undefined;
    },
  };

  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      record.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
  };

  const BrowserWindow: StandInBrowserWindowClass = class BoundBrowserWindow extends StandInBrowserWindow {
    static getAllWindows(): StandInBrowserWindow[] {
      return [...world.windows];
    }
    static getFocusedWindow(): StandInBrowserWindow | null {
      return world.focused && !world.focused.isDestroyed() ? world.focused : null;
    }
    static fromWebContents(contents: unknown): StandInBrowserWindow | null {
      return world.windows.find((window) => window.webContents === contents) ?? null;
    }
    constructor(windowOptions: WindowOptions = {}) {
      super(world, windowOptions);
    }
  };

  const world: StandInWorld = {
    windows,
    focused: undefined,
    quitting: false,
    isReady: () => ready,
    app,
    defaultSession,
    protocolHandlers,
    record,
    runPreload: options.runPreload,
    rendererModuleFor,
  };

  function rendererModuleFor(window: StandInBrowserWindow): RendererModule {
    const contents = window.webContents;
    const page = contents.page;
    return {
      contextBridge: {
        exposeInMainWorld(key: string, api: unknown) {
          if (window.options.webPreferences?.contextIsolation !== true) {
            throw new Error('contextBridge API can only be used when contextIsolation is enabled');
          }
          if (key in page.mainWorld) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
          page.mainWorld[key] = bridge(api);
        },
      },
      ipcRenderer: {
        invoke: (channel, ...args) => invokeFrom(contents, contents.mainFrame, channel, ...args),
        on(channel, listener) {
          const listeners = page.rendererListeners.get(channel) ?? new Set<Listener>();
          listeners.add(listener);
          page.rendererListeners.set(channel, listeners);
          return this;
        },
        removeListener(channel, listener) {
          page.rendererListeners.get(channel)?.delete(listener);
          return this;
        },
      },
    };
  }

  // contextBridge copies plain values and wraps functions so their arguments and results are copied too.
  function bridge(value: unknown): unknown {
    if (typeof value === 'function') {
      return (...args: unknown[]) => {
        const result = (value as (...args: unknown[]) => unknown)(...args.map((argument) => (typeof argument === 'function' ? argument : cloneForIpc(argument))));
        return result instanceof Promise ? result.then((settled) => bridge(settled)) : bridge(result);
      };
    }
    if (Array.isArray(value)) return value.map(bridge);
    if (value !== null && typeof value === 'object') {
      return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, bridge(entry)])));
    }
    return value;
  }

  /** ipcRenderer.invoke as sent from one frame of a web contents. */
  async function invokeFrom(contents: StandInWebContents, frame: StandInFrame | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const copies = args.map(cloneForIpc);
    try {
      return cloneForIpc(await handler({ sender: contents, senderFrame: frame, frameId: 1, processId: 1 }, ...copies));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
  }

  const dialog = {
    showOpenDialog: async () => (options.chosenFolder ? { canceled: false, filePaths: [options.chosenFolder] } : { canceled: true, filePaths: [] }),
    showErrorBox: (title: string, content: string) => {
      record.errorBoxes.push({ title, content });
    },
    showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  };

  const Menu = Object.assign(StandInMenu, {
    buildFromTemplate: (template: readonly MenuItemTemplate[]) =>
      new StandInMenu(
        template.map((item) => (item.submenu && !(item.submenu instanceof StandInMenu) ? { ...item, submenu: new StandInMenu(item.submenu) } : item)),
        (menu) => record.poppedUpMenus.push(menu),
      ),
    setApplicationMenu: (menu: StandInMenu | null) => {
      record.applicationMenu = menu ?? undefined;
    },
    getApplicationMenu: () => record.applicationMenu ?? null,
  });

  const displays = (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((workArea, index) => ({ id: index + 1, bounds: workArea, workArea, scaleFactor: 1 }));
  const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0] };
  const shell = {
    openPath: async (target: string) => {
      record.openedPaths.push(target);
      return '';
    },
    openExternal: async (url: string) => {
      record.openedExternal.push(url);
    },
  };
  const powerMonitor = new EventEmitter();

  // The system keychain stand-in: what it "encrypts" is unreadable as text, and only this stand-in reads it back.
  const safeStorage = {
    isEncryptionAvailable: () => ready,
    encryptString: (plain: string) => Buffer.from(`stand-in-sealed:${Buffer.from(plain, 'utf8').reverse().toString('base64')}`, 'utf8'),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString('utf8');
      if (!text.startsWith('stand-in-sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('stand-in-sealed:'.length), 'base64').reverse().toString('utf8');
    },
  };
  const module = { app, BrowserWindow, ipcMain, protocol, session: { defaultSession }, dialog, Menu, screen, shell, powerMonitor, safeStorage };

  return {
    /** What `require('electron')` returns in the main process. */
    module,
    record,
    /** Fires 'ready' as Electron does once it has initialised. */
    becomeReady(): void {
      ready = true;
      app.emit('will-finish-launching');
      app.emit('ready', new PreventableEvent(), {});
      markReady();
    },
    windows: () => [...windows],
    /** An IPC call as a given frame (an iframe, a navigated page…) would send it. */
    invokeFrom,
    /** Requests a URL from the handler registered for its scheme, as the renderer's loader would. */
    async fetch(url: string, init?: RequestInit): Promise<Response> {
      const scheme = new URL(url).protocol.slice(0, -1);
      const handler = protocolHandlers.get(scheme);
      if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
      return handler(new Request(url, init));
    },
    /** A renderer-initiated navigation; true when the app let it happen. */
    navigate(contents: StandInWebContents, url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
      const navigation = Object.assign(new PreventableEvent(), { url, isMainFrame: true, frame: contents.mainFrame });
      contents.emit(event, navigation, url);
      if (!navigation.defaultPrevented) contents.mainFrame.url = url;
      return !navigation.defaultPrevented;
    },
    /** window.open or a target=_blank link in the page; returns the handler's decision. */
    openWindow(contents: StandInWebContents, url: string): string {
      return contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'foreground-tab' }).action ?? 'allow';
    },
    /** A <webview> about to attach; true when the app let it. */
    attachWebview(contents: StandInWebContents): boolean {
      const event = new PreventableEvent();
      contents.emit('will-attach-webview', event, {}, {});
      return !event.defaultPrevented;
    },
    /** A permission request (e.g. navigator.clipboard.readText) from a frame. */
    requestPermission(contents: StandInWebContents, permission: string, details: PermissionDetails): Promise<boolean> {
      const handler = permissionHandlers.request;
      if (!handler) return Promise.resolve(true);
      return new Promise((resolve) => handler(contents, permission, resolve, details));
    },
    /** A permission check (navigator.permissions.query) from a frame. */
    checkPermission(contents: StandInWebContents, permission: string, details: PermissionDetails): boolean {
      const handler = permissionHandlers.check;
      if (!handler) return true;
      let origin = '';
      try {
        origin = new URL(details.requestingUrl).origin;
      } catch {
        origin = '';
      }
      return handler(contents, permission, origin, details);
    },
    /** A right click; the menu the app popped up, if any. */
    rightClick(contents: StandInWebContents, params: Record<string, unknown>): StandInMenu | undefined {
      const before = record.poppedUpMenus.length;
      contents.emit('context-menu', new PreventableEvent(), params);
      return record.poppedUpMenus[before];
    },
    /** The OS says it is shutting down (Linux, macOS); true when the app asked for a delay. */
    systemShutdown(): boolean {
      const event = new PreventableEvent();
      powerMonitor.emit('shutdown', event);
      return event.defaultPrevented;
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
export type StandInWindow = InstanceType<ElectronStandIn['module']['BrowserWindow']>;
