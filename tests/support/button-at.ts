import type { Page } from '@playwright/test';

/** The accessible label (else the text) of the button under a point of the page, or '' when there is none. */
export function buttonAt(page: Page, point: readonly [number, number]): Promise<string> {
  return page.evaluate(([x, y]) => {
    const button = document.elementFromPoint(x, y)?.closest('button');
    return button?.getAttribute('aria-label') ?? button?.textContent ?? '';
  }, point);
}
