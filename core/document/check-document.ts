import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import type { DocumentNode } from '../article/article-schema';
import { documentExtensions } from './document-extensions';

let schema: Schema | undefined;

/** Why a body is not a document of our schema (an unknown node, a mark where none may go, content in the wrong place), or undefined when it is; limits are checked first, by the caller. */
export function checkDocument(body: DocumentNode): string | undefined {
  schema ??= getSchema(documentExtensions());
  try {
    ProseMirrorNode.fromJSON(schema, body).check();
    return undefined;
  } catch (error) {
    return `The article body does not fit the document schema: ${error instanceof Error ? error.message : String(error)}`;
  }
}
