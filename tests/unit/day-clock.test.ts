import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DayClock } from '../../renderer/src/stores/day-clock';

describe('the day clock behind "today" and "yesterday" in the library', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 1, 23, 59, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('tells its subscribers once when midnight passes, and again the next midnight', () => {
    const clock = new DayClock(new EventTarget());
    const told = vi.fn();
    clock.subscribe(told);
    expect(clock.getToday()).toEqual(new Date(2026, 11, 1));
    vi.advanceTimersByTime(59_000);
    expect(told).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(told).toHaveBeenCalledTimes(1);
    expect(clock.getToday()).toEqual(new Date(2026, 11, 2));
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(told).toHaveBeenCalledTimes(2);
    expect(clock.getToday()).toEqual(new Date(2026, 11, 3));
  });

  it('catches up when the window comes back after the computer slept through midnight, and is quiet when the date has not changed', () => {
    const page = new EventTarget();
    const clock = new DayClock(page);
    const told = vi.fn();
    clock.subscribe(told);
    page.dispatchEvent(new Event('focus'));
    expect(told).not.toHaveBeenCalled();
    // Asleep: the wall clock moves on, the timers do not.
    vi.setSystemTime(new Date(2026, 11, 3, 8, 0, 0));
    page.dispatchEvent(new Event('visibilitychange'));
    expect(told).toHaveBeenCalledTimes(1);
    expect(clock.getToday()).toEqual(new Date(2026, 11, 3));
  });

  it('keeps no timer and hears no event once nobody shows a date', () => {
    const page = new EventTarget();
    const clock = new DayClock(page);
    const told = vi.fn();
    const stop = clock.subscribe(told);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(new Date(2026, 11, 5));
    page.dispatchEvent(new Event('focus'));
    expect(told).not.toHaveBeenCalled();
    // The next subscriber reads the day it is, not the day the clock last saw.
    clock.subscribe(told);
    expect(clock.getToday()).toEqual(new Date(2026, 11, 5));
  });
});
