import type { Page } from '@playwright/test';

/** The second press of a double click where the pointer is: its click event has detail 2 (Playwright's click(clickCount 2) presses twice). */
export async function secondClickOfDoubleClick(page: Page): Promise<void> {
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
}
