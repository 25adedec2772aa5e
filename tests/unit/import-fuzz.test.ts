import { expect, it } from 'vitest';
import { fuzzImports, unsafeMarkupIn } from '../support/fuzz-imports';
import { temporaryDirectory } from '../support/temporary-directory';

// The short run of `npm run fuzz`: seeded hostile files through import and every export format.
it('imports 1,500 seeded hostile files and exports each in every format with no uncaught exception and nothing unsafe', async () => {
  const directory = await temporaryDirectory('newsroom-fuzz-');
  try {
    const report = await fuzzImports(directory.path, 1500, 20261129);
    expect(report.uncaught).toEqual([]);
    expect(report.unsafe).toEqual([]);
    expect(report.imported).toBeGreaterThan(500);
  } finally {
    await directory.remove();
  }
}, 120_000);

it.each([
  ['<p>نص <script>alert(1)</script></p>', 'script'],
  ['<img src="x" onerror="alert(1)">', 'onerror handler'],
  ['<a href=" javascript:alert(1)">x</a>', 'javascript: URL'],
  ['<iframe src="https://evil.example"></iframe>', '<iframe>'],
  ['<meta content="x onerror=alert(1)"><script type="application/ld+json">{}</script><p>&lt;script&gt;</p>', undefined],
])('the fuzz test’s safety check judges %s', (html, expected) => {
  expect(unsafeMarkupIn(html)).toBe(expected);
});
