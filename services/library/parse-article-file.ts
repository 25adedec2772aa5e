import * as z from 'zod';
import { ArticleSchema, currentArticleSchemaVersion, type Article } from '../../core/article/article-schema';
import { migrateArticle } from '../../core/article/migrate-article';
import type { QuarantineReasonCode } from '../../core/api/api-contract';

/** Larger than any article the app writes (imports stop at 50 MB of text); a bigger file is not read. */
export const maximumArticleFileBytes = 64 * 1024 * 1024;
/** Deeper than the document schema can nest; a deeper file is refused before parsing recurses through it. */
export const maximumJsonDepth = 256;

export type ParsedArticleFile =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'newer'; readonly reason: string; readonly article?: Article }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly code: QuarantineReasonCode };

/** How deeply arrays and objects nest in JSON text, counted without parsing it. */
function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index += 1;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) {
      inString = true;
    } else if (character === 0x7b || character === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (character === 0x7d || character === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}

/** Reads one article file's text: bounded, BOM-tolerant, migrated, validated, and named after its id. */
export function parseArticleFile(text: string, name: string): ParsedArticleFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepthExceeds(source, maximumJsonDepth)) return { kind: 'unreadable', code: 'too-deep', reason: `The file nests deeper than ${maximumJsonDepth} levels, more than any article can.` };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { kind: 'unreadable', code: 'not-json', reason: 'The file is not valid JSON.' };
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > currentArticleSchemaVersion) {
    const reason = `Written by a newer Newsroom (article format ${version}; this version reads up to ${currentArticleSchemaVersion}). It opens read-only; update Newsroom to edit it.`;
    // Newer formats mostly add fields: what this version understands can still be shown, read-only.
    const readable = ArticleSchema.safeParse({ ...(json as object), schemaVersion: currentArticleSchemaVersion });
    return readable.success && `${readable.data.id}.json` === name ? { kind: 'newer', reason, article: readable.data } : { kind: 'newer', reason };
  }
  const migrated = migrateArticle(json);
  if (!migrated.ok) return { kind: 'unreadable', code: 'not-an-article', reason: migrated.reason };
  const article = ArticleSchema.safeParse(migrated.value);
  if (!article.success) return { kind: 'unreadable', code: 'not-an-article', reason: `The file does not match the article schema: ${z.prettifyError(article.error)}` };
  if (`${article.data.id}.json` !== name) return { kind: 'unreadable', code: 'wrong-name', reason: `The file name does not match the article id ${article.data.id}.` };
  return { kind: 'article', article: article.data };
}
