import * as z from 'zod';
import { ArticleContentSchema, TimestampSchema, type Correction } from '../../core/article/article-schema';
import { migrateArticle } from '../../core/article/migrate-article';
import type { ImportResult } from '../../core/import/import-plain-text';
import { htmlToArticle } from './html-to-article';

const NinjsSchema = z.object({
  uri: z.string(),
  language: z.string().optional(),
  headlines: z.array(z.object({ value: z.string(), role: z.string().optional() })).optional(),
  descriptions: z.array(z.object({ value: z.string(), role: z.string().optional() })).optional(),
  bodies: z.array(z.object({ value: z.string(), contentType: z.string().optional() })).optional(),
  by: z.string().optional(),
  located: z.string().optional(),
  subjects: z.array(z.object({ name: z.string().optional(), rel: z.string().optional() })).optional(),
  contentCreated: z.string().optional(),
  slugline: z.string().optional(),
  urgency: z.number().int().min(1).max(9).optional(),
  embargoedUntil: z.string().optional(),
});

/** Our own JSON export (or article file) and IPTC ninjs, back into an article's content. */
export function jsonToArticle(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (typeof json === 'object' && json !== null && 'body' in json && 'headline' in json) {
    const migrated = migrateArticle(json);
    if (!migrated.ok) return migrated;
    const content = ArticleContentSchema.safeParse({ status: 'draft', ...(migrated.value as object), editorialNote: '' });
    if (!content.success) return { ok: false, reason: `The JSON does not match the Newsroom article format: ${z.prettifyError(content.error)}` };
    return { ok: true, content: { ...content.data, status: 'draft' } };
  }
  const ninjs = NinjsSchema.safeParse(json);
  if (!ninjs.success) return { ok: false, reason: 'The JSON is neither a Newsroom article nor an IPTC ninjs item.' };
  const item = ninjs.data;
  const html = item.bodies?.find((body) => body.contentType === 'text/html')?.value;
  const plain = item.bodies?.find((body) => body.contentType !== 'text/html')?.value;
  const fromBody = htmlToArticle(html ?? (plain ?? '').split(/\n{2,}/).map((paragraph) => `<p>${escapeText(paragraph)}</p>`).join(''));
  const description = (role: string) => item.descriptions?.find((entry) => entry.role === role)?.value ?? '';
  const headline = (role: string) => item.headlines?.find((entry) => entry.role === role)?.value ?? '';
  return {
    ok: true,
    content: {
      ...fromBody,
      headline: headline('main') || (item.headlines?.[0]?.value ?? ''),
      seoTitle: headline('seo'),
      socialTitle: headline('social'),
      socialDescription: description('social'),
      corrections: (item.descriptions ?? []).flatMap((entry) => correctionOf(entry)),
      embargo: TimestampSchema.safeParse(item.embargoedUntil).success ? (item.embargoedUntil ?? '') : '',
      language: item.language ?? fromBody.language,
      standfirst: description('standfirst'),
      summary: description('summary'),
      byline: item.by ?? '',
      dateline: { place: item.located ?? fromBody.dateline.place, date: filingDate(item.contentCreated) },
      section: item.subjects?.find((subject) => subject.rel === 'section')?.name ?? '',
      tags: (item.subjects ?? []).flatMap((subject) => (subject.name && subject.rel !== 'section' ? [subject.name] : [])),
      slug: item.slugline ?? '',
      ...(item.urgency ? { urgency: item.urgency } : {}),
    },
  };
}

/** A correction or update notice written as a ninjs description ("<when> <text>", as we export it); one without its date is not a notice we can show. */
function correctionOf(entry: { readonly role?: string; readonly value: string }): Correction[] {
  if (entry.role !== 'correction' && entry.role !== 'update') return [];
  const [at = '', ...words] = entry.value.split(' ');
  const text = words.join(' ').trim();
  return TimestampSchema.safeParse(at).success && text ? [{ kind: entry.role, at, text }] : [];
}

/** The day a ninjs item's content was created, as a dateline date; empty when it is not a real day. */
function filingDate(contentCreated: string | undefined): string {
  const day = contentCreated?.slice(0, 10) ?? '';
  return z.iso.date().safeParse(day).success ? day : '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
