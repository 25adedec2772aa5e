import type { BrowserWindow } from 'electron';
import type { FlushOutcome } from '../services/api/flush-coordinator';

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * Closing a window or quitting never loses typing: the window is asked to save what is pending
 * (an IPC round trip with a time limit) before it is allowed to close or the app to quit.
 */
export class SaveBeforeClose {
  private readonly flushes = new Map<BrowserWindow, Promise<FlushOutcome>>();
  private readonly flushed = new WeakSet<BrowserWindow>();
  private readyToQuit = false;

  constructor(
    private readonly flushWindow: (window: BrowserWindow) => Promise<FlushOutcome>,
    private readonly windows: () => readonly BrowserWindow[],
    private readonly quit: () => void,
  ) {}

  /** Holds the window's close until its pending save is done. */
  watch(window: BrowserWindow): void {
    window.on('close', (event) => {
      if (this.flushed.has(window)) return;
      event.preventDefault();
      void this.flush(window).then(() => {
        if (!window.isDestroyed()) window.close();
      });
    });
    // The page asks to stay while a save is pending; it has been flushed above, so let it go.
    window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  }

  /** For app 'before-quit' (menu Quit, Cmd+Q) and OS shutdown: flush every window, then quit. */
  onQuitRequested(event: PreventableEvent): void {
    if (this.readyToQuit) return;
    event.preventDefault();
    void this.flushAll().then(() => {
      this.readyToQuit = true;
      this.quit();
    });
  }

  /** Flushes every open window. */
  async flushAll(): Promise<void> {
    await Promise.all(this.windows().map((window) => this.flush(window)));
  }

  private flush(window: BrowserWindow): Promise<FlushOutcome> {
    const running = this.flushes.get(window);
    if (running) return running;
    const needed = !window.isDestroyed() && !window.webContents.isCrashed() && !window.webContents.isLoading();
    const flushing = (needed ? this.flushWindow(window).catch((): FlushOutcome => 'timed-out') : Promise.resolve<FlushOutcome>('flushed')).then((outcome) => {
      this.flushed.add(window);
      this.flushes.delete(window);
      return outcome;
    });
    this.flushes.set(window, flushing);
    return flushing;
  }
}
