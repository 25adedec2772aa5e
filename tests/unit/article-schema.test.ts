import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from '../../core/article/article-json-schema';
import { ArticleSchema, currentArticleSchemaVersion } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/create-article';
import { migrateArticle } from '../../core/article/migrate-article';

describe('the article format', () => {
  it('has a committed JSON Schema that matches the zod schema (run "npm run schema" after a change)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/article.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(articleJsonSchema());
  });

  it('creates a valid draft in Arabic by default', () => {
    const article = createArticle('abc', new Date(Date.UTC(2026, 10, 29)));
    expect(ArticleSchema.parse(article)).toMatchObject({ status: 'draft', language: 'ar', revision: 1, createdAt: '2026-11-29T00:00:00.000Z' });
  });

  it.each([
    ['an invalid status', { status: 'published' }],
    ['a malformed dateline date', { dateline: { place: 'سوتشي', date: '29/11/2026' } }],
    ['a language that is not a tag', { language: 'Arabic!' }],
    ['a body that is not a document', { body: { type: 'paragraph' } }],
    ['tags that are not strings', { tags: [1, 2] }],
  ])('rejects %s', (_name, change) => {
    const article = { ...createArticle('abc', new Date()), ...change };
    expect(ArticleSchema.safeParse(article).success).toBe(false);
  });

  it.each([
    ['a file without schemaVersion as version 1', { id: 'a' }, { ok: true }],
    ['a newer version', { schemaVersion: currentArticleSchemaVersion + 1 }, { ok: false }],
    ['a version 1 file to the workflow fields, empty', { schemaVersion: 1, id: 'a', status: 'approved' }, { ok: true, value: { schemaVersion: 2, id: 'a', status: 'approved', assignee: '', statusHistory: [], corrections: [], embargo: '', seoTitle: '', socialTitle: '', socialDescription: '' } }],
    ['a nonsense version', { schemaVersion: 'one' }, { ok: false }],
    ['a non-object', 'text', { ok: false }],
  ])('migrates %s', (_name, input, expected) => {
    expect(migrateArticle(input)).toMatchObject(expected);
  });
});
