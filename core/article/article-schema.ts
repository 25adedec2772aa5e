import * as z from 'zod';

/** Version 2 added the workflow (status history, assignee), SEO and social fields, corrections and the embargo. */
export const currentArticleSchemaVersion = 2;

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

export const correctionKinds = ['correction', 'update'] as const;

/** A notice readers see on a changed story: a correction of an error, or an update with news. */
export const CorrectionSchema = z.object({
  kind: z.enum(correctionKinds),
  at: TimestampSchema.describe('When the notice was added; the article\'s dateModified in exports.'),
  text: z.string().min(1).max(2000),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** One status change: to what, when, and by whom (the author name in the settings of the machine). */
export const StatusChangeSchema = z.object({
  status: ArticleStatusSchema,
  at: TimestampSchema,
  by: z.string().max(200),
  reason: z.enum(['moved', 'edited']).describe('Moved by someone, or sent back to review because approved copy was edited.'),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** Who last changed an article (the author name in that machine's settings, possibly empty) and on which machine. */
export const EditedBySchema = z.object({
  name: z.string().max(200),
  machine: z.string().max(200),
});
export type EditedBy = z.infer<typeof EditedBySchema>;

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
  assignee: z.string().max(200).describe('Who on the desk the article is assigned to, or empty.'),
  seoTitle: z.string().max(300).describe('The title search engines show; the headline when empty.'),
  socialTitle: z.string().max(300).describe('The title on social cards; the headline when empty.'),
  socialDescription: z.string().max(1000).describe('The text on social cards; the description when empty.'),
  corrections: z.array(CorrectionSchema).max(100),
  embargo: z.union([TimestampSchema, z.literal('')]).describe('Not to be published before this moment; empty for none.'),
  ignoredWords: z
    .array(z.string().min(1).max(100))
    .max(5000)
    .optional()
    .describe('Words proofing ignores in this article ("ignore everywhere in this article"); never exported.'),
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
    statusHistory: z.array(StatusChangeSchema).max(1000).describe('Every status change, oldest first.'),
    editedBy: EditedBySchema.optional().describe('Who last changed the article and on which machine; absent in files written before desk sync signed edits.'),
  })
  .extend(ArticleContentSchema.shape)
  .describe('A Newsroom article as stored in <data>/articles/<id>.json.');
export type Article = z.infer<typeof ArticleSchema>;

/** An article as a save answers it: everything but the body, which is what the save sent (a 10,000-word text does not travel back). */
export const SavedArticleSchema = ArticleSchema.omit({ body: true });
export type SavedArticle = z.infer<typeof SavedArticleSchema>;

/** What a save may change: the status moves only through the workflow (changeStatus), never with typing. */
export const ArticleChangesSchema = ArticleContentSchema.omit({ status: true }).partial().strict();
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
  assignee: true,
  editedBy: true,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
