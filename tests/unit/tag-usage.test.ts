import { describe, expect, it } from 'vitest';
import { tagUsage } from '../../core/article/tag-usage';

describe('tagUsage', () => {
  it('counts spellings that normalise alike as one tag, spelt as first used in the library', () => {
    expect(
      tagUsage([
        { tags: ['أمريكا', 'سوريا'], createdAt: '2026-02-01T00:00:00.000Z' },
        { tags: ['امريكا'], createdAt: '2026-01-01T00:00:00.000Z' },
        { tags: ['سوريا', 'سوريا'], createdAt: '2026-03-01T00:00:00.000Z' },
        { tags: ['روسيا'], createdAt: '2026-03-02T00:00:00.000Z' },
      ]),
    ).toEqual([
      { tag: 'امريكا', count: 2, variants: ['امريكا', 'أمريكا'] },
      { tag: 'سوريا', count: 2, variants: ['سوريا'] },
      { tag: 'روسيا', count: 1, variants: ['روسيا'] },
    ]);
  });
});
