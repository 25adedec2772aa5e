import { z } from 'zod';

export const currentArticleSchemaVersion = 1;

export const articleStatuses = ['draft', 'in-review', 'approved', 'exported'] as const;
export const ArticleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

export const ArticleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'An article id holds only letters, digits, "-" and "_".');
export type ArticleId = z.infer<typeof ArticleIdSchema>;

export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language is a BCP 47 tag such as "ar" or "en".');

export const TimestampSchema = z.iso.datetime({ offset: true });

export interface DocumentMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

export interface DocumentNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly DocumentNode[];
  readonly marks?: readonly DocumentMark[];
  readonly text?: string;
}

const DocumentMarkSchema = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const DocumentNodeSchema: z.ZodType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocumentNodeSchema).optional(),
    marks: z.array(DocumentMarkSchema).optional(),
    text: z.string().optional(),
  }),
).meta({ id: 'DocumentNode', description: 'A ProseMirror node: type, attrs, content, marks, text.' });

export const ArticleBodySchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(DocumentNodeSchema).optional(),
  })
  .describe('The article body as TipTap/ProseMirror JSON.');
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

export const DatelineSchema = z.object({
  place: z.string().max(200).describe('Where the story was filed, e.g. "سوتشي".'),
  date: z
    .union([z.iso.date(), z.literal('')])
    .describe('The filing date as YYYY-MM-DD, or empty.'),
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** The fields a journalist edits; everything else is bookkeeping owned by the library. */
export const ArticleContentSchema = z.object({
  status: ArticleStatusSchema,
  language: LanguageSchema,
  headline: z.string().max(1000),
  standfirst: z.string().max(5000),
  byline: z.string().max(500),
  dateline: DatelineSchema,
  section: z.string().max(200),
  tags: z.array(z.string().min(1).max(200)).max(200),
  slug: z.string().max(200),
  summary: z.string().max(5000),
  editorialNote: z.string().max(20000).describe('Internal note for editors; never exported.'),
  urgency: z.number().int().min(1).max(9).optional().describe('Editorial urgency, 1 (highest) to 9, as in IPTC ninjs.'),
  body: ArticleBodySchema,
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(currentArticleSchemaVersion),
    id: ArticleIdSchema,
    revision: z.number().int().min(1).describe('Increases by one with every save.'),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    exportedAt: TimestampSchema.optional(),
  })
  .extend(ArticleContentSchema.shape)
  .describe('A Newsroom article as stored in <data>/articles/<id>.json.');
export type Article = z.infer<typeof ArticleSchema>;

export const ArticleChangesSchema = ArticleContentSchema.partial().strict();
export type ArticleChanges = z.infer<typeof ArticleChangesSchema>;

export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  revision: true,
  slug: true,
  createdAt: true,
  headline: true,
  status: true,
  tags: true,
  language: true,
  section: true,
  updatedAt: true,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
