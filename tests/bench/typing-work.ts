// What typing in the open app costs the page's main thread, for the benches: busy time from the
// Chrome DevTools Protocol (Performance.getMetrics TaskDuration), keystroke by keystroke and after a pause.
import type { CDPSession, Page } from '@playwright/test';
import { percentile } from './record-figures';

/** Longer than the app's 300 ms preview and count pause and its 1 s autosave pause. */
const pauseMilliseconds = 1600;
const typed = 'وقال المتحدث إن الاجتماع ساعد على فهم أفضل ';

/** A page with an editor focused, measured through its DevTools session. */
export interface TypingPage {
  readonly page: Page;
  readonly session: CDPSession;
  typedSoFar: number;
}

/** Starts measuring a page whose editor has the caret; Performance.enable counts thread time. */
export async function measuredTyping(page: Page): Promise<TypingPage> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, session, typedSoFar: 0 };
}

/** Main-thread busy time so far, in milliseconds. */
export async function busy(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Waits for the frame after the keystroke and a task after it, so the keystroke's work is done. */
export const settle = (page: Page) => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');

/** Types keystrokes one per frame, as a person types; returns each one's main-thread work. */
export async function typeAndMeasure(typing: TypingPage, keystrokes: number, baseline: number): Promise<number[]> {
  // Only the tab in front paints: each page is measured in front, painting included.
  await typing.page.bringToFront();
  const samples: number[] = [];
  for (let index = 0; index < keystrokes; index += 1) {
    const before = await busy(typing.session);
    await typing.page.keyboard.type(typed[typing.typedSoFar % typed.length] ?? ' ');
    typing.typedSoFar += 1;
    await settle(typing.page);
    samples.push(Math.max(0, (await busy(typing.session)) - before - baseline));
  }
  return samples;
}

/**
 * The work after typing stops (debounced counts, preview, autosave), beyond what an idle page does:
 * the median of three pauses, since a garbage collection can land in any one of them.
 */
export async function pauseWork(typing: TypingPage): Promise<number> {
  const pauses: number[] = [];
  await typing.page.bringToFront();
  for (let pause = 0; pause < 3; pause += 1) {
    const idleBefore = await busy(typing.session);
    await typing.page.waitForTimeout(pauseMilliseconds);
    const idle = (await busy(typing.session)) - idleBefore;
    await typeAndMeasure(typing, 5, 0);
    const before = await busy(typing.session);
    await typing.page.waitForTimeout(pauseMilliseconds);
    pauses.push(Math.max(0, (await busy(typing.session)) - before - idle));
  }
  return percentile(pauses, 0.5);
}
