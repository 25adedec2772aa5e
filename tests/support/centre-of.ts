import type { Locator } from '@playwright/test';

/** The centre of an element on the page, where a click on it lands. */
export async function centreOf(locator: Locator): Promise<readonly [number, number]> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not on the page.');
  return [box.x + box.width / 2, box.y + box.height / 2];
}
