import * as z from 'zod';
import { ArticleSchema } from './article-schema';

/** The JSON Schema (draft 2020-12) of the article file, for CMS integrators; generated from the zod schema. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    title: 'Newsroom article',
    ...z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
