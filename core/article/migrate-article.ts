import { currentArticleSchemaVersion } from './article-schema';

type Migration = (article: Record<string, unknown>) => Record<string, unknown>;

/** Step n migrates a file written at schema version n to version n + 1. */
const migrations: Readonly<Record<number, Migration>> = {
  1: (article) => ({
    assignee: '',
    seoTitle: '',
    socialTitle: '',
    socialDescription: '',
    corrections: [],
    embargo: '',
    statusHistory: [],
    ...article,
  }),
};

export type MigrationResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

/** Brings a parsed article file up to the current schema version before validation. */
export function migrateArticle(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'The file does not hold a JSON object.' };
  }
  let article = raw as Record<string, unknown>;
  const version = article.schemaVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `Unknown schemaVersion ${JSON.stringify(version)}.` };
  }
  if (version > currentArticleSchemaVersion) {
    return {
      ok: false,
      reason: `Written by a newer Newsroom (schema version ${version}); this one reads up to ${currentArticleSchemaVersion}.`,
    };
  }
  for (let step = version; step < currentArticleSchemaVersion; step += 1) {
    const migration = migrations[step];
    if (!migration) return { ok: false, reason: `No migration from schema version ${step}.` };
    article = migration(article);
  }
  return { ok: true, value: { ...article, schemaVersion: currentArticleSchemaVersion } };
}
