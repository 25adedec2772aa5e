import { describe, expect, it } from 'vitest';
import { sameTagUsage } from '../../core/article/same-tag-usage';

describe('sameTagUsage', () => {
  const counted = [
    { tag: 'سوريا', count: 2, variants: ['سوريا', 'سورية'] },
    { tag: 'روسيا', count: 1, variants: ['روسيا'] },
  ];

  it('holds for the same tags, counts and spellings counted again', () => {
    expect(sameTagUsage(counted, structuredClone(counted))).toBe(true);
  });

  it('tells apart a count, a spelling, an order or a length that changed', () => {
    expect(sameTagUsage(counted, [{ ...counted[0]!, count: 3 }, counted[1]!])).toBe(false);
    expect(sameTagUsage(counted, [{ ...counted[0]!, variants: ['سوريا'] }, counted[1]!])).toBe(false);
    expect(sameTagUsage(counted, [{ ...counted[0]!, variants: ['سورية', 'سوريا'] }, counted[1]!])).toBe(false);
    expect(sameTagUsage(counted, [counted[1]!, counted[0]!])).toBe(false);
    expect(sameTagUsage(counted, counted.slice(0, 1))).toBe(false);
  });
});
