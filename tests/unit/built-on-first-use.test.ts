import { describe, expect, it } from 'vitest';
import { apiContract } from '../../core/api/api-contract';
import { builtOnFirstUse } from '../../core/built-on-first-use';

describe('builtOnFirstUse', () => {
  it('builds each property only when it is first read, once, and keeps every name', () => {
    const built: string[] = [];
    const object = builtOnFirstUse({ first: () => (built.push('first'), { n: 1 }), second: () => (built.push('second'), { n: 2 }) });
    expect(Object.keys(object)).toEqual(['first', 'second']);
    expect(built).toEqual([]);
    const first = object.first;
    expect(object.first).toBe(first);
    expect(first).toEqual({ n: 1 });
    expect(built).toEqual(['first']);
  });

  it("checks with the API contract as before, each method's schemas built once", () => {
    expect(apiContract.listArticles.input.safeParse({ limit: 0 }).success).toBe(false);
    expect(apiContract.listArticles.input.parse({})).toEqual({ offset: 0 });
    expect(apiContract.getArticle.output).toBe(apiContract.getArticle.output);
  });
});
