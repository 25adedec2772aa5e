/** Midnight of a moment's day, in local time. */
function startOfDay(moment: Date): Date {
  return new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());
}

/**
 * The day it is, for dates written relative to it ("اليوم", "أمس"): its subscribers are told when
 * the date changes — at local midnight, and when the window comes back to the front (a computer that
 * slept through midnight wakes with its timers late). One timer serves every subscriber.
 */
export class DayClock {
  private readonly listeners = new Set<() => void>();
  private today = startOfDay(new Date());
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** window, where there is one: its focus and visibility tell that the window is back. */
  constructor(private readonly page: EventTarget | undefined = globalThis.window) {}

  /** Midnight of today: the same object until the date changes. */
  readonly getToday = (): Date => this.today;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.page?.addEventListener('focus', this.check);
      this.page?.addEventListener('visibilitychange', this.check);
      this.check();
      this.schedule();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      clearTimeout(this.timer);
      this.timer = undefined;
      this.page?.removeEventListener('focus', this.check);
      this.page?.removeEventListener('visibilitychange', this.check);
    };
  };

  private schedule(): void {
    clearTimeout(this.timer);
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A second past midnight, so that the clock read then is surely in the new day.
    this.timer = setTimeout(() => {
      this.check();
      this.schedule();
    }, midnight.getTime() - now.getTime() + 1000);
  }

  private readonly check = (): void => {
    const today = startOfDay(new Date());
    if (today.getTime() === this.today.getTime()) return;
    this.today = today;
    if (this.listeners.size > 0) this.schedule();
    for (const listener of [...this.listeners]) listener();
  };
}

/** The window's one day clock. */
export const dayClock = new DayClock();
