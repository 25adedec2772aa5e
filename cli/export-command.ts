import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { NewsroomApi } from '../core/api/api-contract';
import { articleStatuses, type ArticleStatus } from '../core/article/article-schema';
import { exportFormats, type ExportFormat } from '../core/export/render-export';
import { normalizeArabic } from '../core/text/normalize-arabic';
import { UsageError } from './usage-error';

export interface ExportCommandOptions {
  readonly ids: readonly string[];
  readonly all: boolean;
  readonly status?: string;
  readonly tag?: string;
  readonly format?: string;
  readonly fragment: boolean;
  readonly out?: string;
  readonly overwrite: boolean;
  readonly 'embed-fonts': boolean;
  readonly publish: boolean;
  readonly 'override-embargo': boolean;
  readonly json: boolean;
}

/** `newsroom export <id…> | --all [--status S] [--tag T] --format F [--fragment] [--publish] [--override-embargo] --out DIR [--json]`. */
export async function exportCommand(api: NewsroomApi, options: ExportCommandOptions): Promise<void> {
  if (!options.format) throw new UsageError(`--format is required: ${exportFormats.join(', ')}.`);
  if (!exportFormats.includes(options.format as ExportFormat)) throw new UsageError(`Unknown format "${options.format}": use ${exportFormats.join(', ')}.`);
  if (!options.out) throw new UsageError('--out DIR is required.');
  if (options.status && !articleStatuses.includes(options.status as ArticleStatus)) {
    throw new UsageError(`Unknown status "${options.status}": use ${articleStatuses.join(', ')}.`);
  }
  if (options.all === options.ids.length > 0) throw new UsageError('Name the articles to export, or use --all (not both).');
  if (options.fragment && options.format !== 'html') throw new UsageError('--fragment goes with --format html.');

  let ids = [...options.ids];
  if (options.all) {
    const listed = await api.listArticles({});
    if (!listed.ok) throw new UsageError(listed.error.message);
    const tag = options.tag ? normalizeArabic(options.tag) : undefined;
    ids = listed.value.articles
      .filter((article) => !options.status || article.status === options.status)
      .filter((article) => !tag || article.tags.some((candidate) => normalizeArabic(candidate) === tag))
      .map((article) => article.id);
    if (ids.length === 0) throw new UsageError('No article matches.');
  }
  const directory = path.resolve(options.out);
  try {
    await mkdir(directory, { recursive: true });
  } catch (error) {
    throw new UsageError(`Cannot create the folder ${directory}: ${error instanceof Error && 'code' in error ? String(error.code) : String(error)}.`);
  }
  const result = await api.exportArticles({
    jobId: randomUUID(),
    ids,
    formats: [options.format as ExportFormat],
    directory,
    fragment: options.fragment,
    embedFonts: options['embed-fonts'] && options.format === 'html' && !options.fragment,
    onExisting: options.overwrite ? 'replace' : 'keep-both',
    manifest: ids.length > 1,
    markPublished: options.publish,
    overrideEmbargo: options['override-embargo'],
  });
  if (!result.ok) throw new UsageError(result.error.message);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result.value.files.map(({ id, format, path: file }) => ({ id, format, path: file })), null, 2)}\n`);
  } else {
    for (const file of result.value.files) process.stdout.write(`${file.path}\n`);
    if (result.value.manifestPath) process.stdout.write(`${result.value.manifestPath}\n`);
  }
  if (result.value.notPublished?.length) process.stderr.write(`Not approved, so not marked as published: ${result.value.notPublished.join(', ')}\n`);
}
