import { expect, it } from 'vitest';
import { temporaryDirectory } from '../support/temporary-directory';
import { torture } from '../support/torture';

// The short run of `npm run torture` (500 kills): a saving process killed 20 times at random moments.
it('survives 20 SIGKILLs of a saving process: every article parses, holds a confirmed revision, in one place, and no temp file survives', async () => {
  const directory = await temporaryDirectory('newsroom-torture-');
  try {
    const report = await torture(directory.path, 20);
    expect(report.problems).toEqual([]);
    // Every round waits for a confirmed save before the kill, so fewer means the saver died on its own.
    expect(report.confirmedSaves).toBeGreaterThanOrEqual(20);
  } finally {
    await directory.remove();
  }
}, 120_000);
