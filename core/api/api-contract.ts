import * as z from 'zod';
import {
  ArticleStatusSchema,
  ArticleChangesSchema,
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  LanguageSchema,
  SavedArticleSchema,
  TimestampSchema,
  EditedBySchema,
} from '../article/article-schema';
import { BodyPatchSchema } from '../document/body-patch';
import { wordListNames } from '../proofing/word-list-names';
import { DeskSyncSettingsSchema, SettingsChangesSchema, SettingsSchema } from '../settings/settings-schema';
import type { ApiEventName, ApiMethodName } from './api-method-names';
import type { ApiResult } from './api-error';
import { builtOnFirstUse } from '../built-on-first-use';
import { exportFormats } from '../export/render-export';

const EmptyInputSchema = z.strictObject({});

/** What one desk sync round did. */
const SyncReportSchema = z.object({
  sent: z.number().int(),
  received: z.number().int(),
  conflicts: z.array(z.string()).describe('Articles two machines changed apart: the other version is in History.'),
  errors: z.array(z.string()),
  reached: z.boolean(),
  refused: z.boolean().describe('The server refused the user name or password.'),
  waiting: z.number().int().min(0).describe('This machine’s changes not yet at the desk after the round.'),
});

export const DeskSyncStatusSchema = z.object({
  configured: z.boolean().describe('A desk database is set in the settings.'),
  running: z.boolean(),
  hasPassword: z.boolean(),
  passwordKept: z.enum(['keychain', 'session']).describe('session: browser mode keeps the password only until the server stops.'),
  state: z
    .object({ report: SyncReportSchema, syncedAt: z.string().optional(), offlineSince: z.string().optional(), nextRoundInSeconds: z.number() })
    .optional()
    .describe('After the first round.'),
  problem: z
    .object({ kind: z.enum(['server-address', 'local-database']), message: z.string() })
    .optional()
    .describe('Why sync is not running although a server is set: the address refused, or the local sync database held by another process.'),
  editing: z
    .array(z.object({ id: ArticleIdSchema, name: z.string(), machine: z.string(), at: TimestampSchema }))
    .describe('Stories open on other machines now (their heartbeat at the desk is fresh): a warning, never a lock.'),
});
export type DeskSyncStatus = z.infer<typeof DeskSyncStatusSchema>;

export const WordListsSchema = z.object({ personal: z.array(z.string()), desk: z.array(z.string()) });
const ArticleReferenceSchema = z.strictObject({ id: ArticleIdSchema });

/** Why a file is in quarantine, for the window to say in the journalist's language; the reason gives the details. */
export const quarantineReasonCodes = ['too-large', 'too-deep', 'not-json', 'not-an-article', 'wrong-name', 'refused-from-desk'] as const;
export type QuarantineReasonCode = (typeof quarantineReasonCodes)[number];

export const QuarantineEntrySchema = z.object({
  file: z.string().describe('File name inside <data>/quarantine/.'),
  originalName: z.string(),
  reason: z.string(),
  reasonCode: z.enum(quarantineReasonCodes).optional().describe('Absent in entries kept before it was recorded.'),
  quarantinedAt: TimestampSchema,
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

export const HeldBackEntrySchema = z.object({
  file: z.string().describe('File name inside <data>/articles/, left untouched.'),
  reason: z.string(),
  id: z.string().optional().describe('Set when what this version understands of it can be shown, read-only.'),
});
export type HeldBackEntry = z.infer<typeof HeldBackEntrySchema>;

export const revisionReasons = ['edit', 'status', 'export', 'restore', 'keep-mine', 'conflict', 'import', 'sync'] as const;
export const RevisionReasonSchema = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

export const RevisionEntrySchema = z.object({
  revision: z.number().int().min(1),
  savedAt: TimestampSchema,
  author: z.string(),
  status: z.string(),
  headline: z.string(),
  words: z.number().int().min(0),
  reason: RevisionReasonSchema.describe('Why this version was kept: edit, status change, before export, restore, keep-mine, conflict.'),
  editedBy: EditedBySchema.optional().describe('Who wrote this version and on which machine.'),
});
export type RevisionEntry = z.infer<typeof RevisionEntrySchema>;

export const TrashEntrySchema = z.object({
  id: ArticleIdSchema,
  headline: z.string(),
  deletedAt: TimestampSchema,
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export const SettingsNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('settings-recovered'), backupFile: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('settings-in-memory'), reason: z.string() }),
]);
export type SettingsNotice = z.infer<typeof SettingsNoticeSchema>;

export const TagUsageSchema = z.object({
  tag: z.string().describe('The spelling first used in the library.'),
  count: z.number().int().min(1),
  variants: z.array(z.string()).describe('Every spelling in use that folds to the same tag (أمريكا, امريكا), the first-used one first.'),
});

const HighlightedTextSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).describe('Start and end offsets of each matched word.'),
});

export const SearchHitSchema = z.object({
  summary: ArticleSummarySchema.extend({ byline: z.string(), day: z.string().describe('The dateline date, or the day it was created.') }),
  score: z.number(),
  headline: HighlightedTextSchema,
  snippet: HighlightedTextSchema,
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const searchSorts = ['relevance', 'updated', 'created', 'headline'] as const;
export type TagUsage = z.infer<typeof TagUsageSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ file: z.string(), ok: z.literal(true), id: ArticleIdSchema, headline: z.string() }),
  z.object({ file: z.string(), ok: z.literal(false), error: z.string(), cancelled: z.boolean().optional().describe('The batch was cancelled before this file was imported.') }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const maximumMediaBytes = 20 * 1024 * 1024;

export const transports = ['ipc', 'http'] as const;

export const MenuCommandSchema = z.enum(['newArticle', 'save', 'deleteArticle', 'openSettings', 'showTrash', 'import', 'pasteAsArticle', 'showShortcuts']);

/** An id the caller makes up for a flush request or a job: letters, digits and hyphens (a UUID fits). */
const OpaqueIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/**
 * The one contract: every method's input and output, validated on both sides of a transport. A
 * method's schemas are built the first time it is called, not as the module loads: building all of
 * them took about 30 ms of every process's start (each CLI command, each page load), and a process
 * calls a few.
 */
export const apiContract = builtOnFirstUse({
  getAppInfo: () => ({
    input: EmptyInputSchema,
    output: z.object({
      version: z.string(),
      transport: z.enum(transports),
      dataDirectory: z.string(),
      settingsFile: z.string(),
      exportDirectory: z.string().describe('The export folder from the settings, or the default one.'),
      defaultExportDirectory: z.string().describe('The export folder used while the settings name none.'),
      machine: z.string().describe('The name this machine signs its edits with (editedBy.machine).'),
    }),
  }),
  listArticles: () => ({
    input: z.strictObject({
      offset: z.number().int().min(0).default(0).describe('How many of the newest articles to skip.'),
      limit: z.number().int().min(1).max(100_000).optional().describe('At most this many; all when absent. A window shows first, the rest after.'),
    }),
    output: z.object({
      articles: z.array(ArticleSummarySchema).describe('Newest first: the window asked for.'),
      total: z.number().int().min(0).describe('How many articles the library holds in all.'),
      quarantine: z.array(QuarantineEntrySchema),
      heldBack: z.array(HeldBackEntrySchema).describe('Articles written by a newer Newsroom: not opened, not moved.'),
      conflicts: z.array(ArticleIdSchema).describe('Articles desk sync found edited here and elsewhere apart: the other version is in their History until the conflict is resolved.'),
    }),
  }),
  resolveConflict: () => ({
    input: ArticleReferenceSchema,
    output: z.object({ id: ArticleIdSchema, resolved: z.boolean().describe('False when the article was not marked.') }),
  }),
  getArticle: () => ({ input: ArticleReferenceSchema, output: ArticleSchema }),
  createArticle: () => ({
    input: z.strictObject({ language: LanguageSchema.optional(), headline: z.string().max(1000).optional() }),
    output: ArticleSchema,
  }),
  saveArticle: () => ({
    input: z.strictObject({
      id: ArticleIdSchema,
      baseRevision: z.number().int().min(1),
      changes: ArticleChangesSchema,
      bodyPatch: BodyPatchSchema.optional().describe('Instead of changes.body (never with it): only the blocks changed since the base revision.'),
      keepMine: z.boolean().optional().describe('After a conflict: replacing the newer text on purpose, which is kept in History first.'),
    }),
    output: SavedArticleSchema,
  }),
  listRevisions: () => ({ input: ArticleReferenceSchema, output: z.array(RevisionEntrySchema) }),
  getRevision: () => ({ input: z.strictObject({ id: ArticleIdSchema, revision: z.number().int().min(1) }), output: ArticleSchema }),
  restoreRevision: () => ({
    input: z.strictObject({ id: ArticleIdSchema, revision: z.number().int().min(1), baseRevision: z.number().int().min(1) }),
    output: ArticleSchema.describe('The article with the old version as its newest revision; the replaced one is kept in History.'),
  }),
  changeStatus: () => ({
    input: z.strictObject({ id: ArticleIdSchema, baseRevision: z.number().int().min(1), status: ArticleStatusSchema }),
    output: ArticleSchema,
  }),
  deleteArticle: () => ({ input: ArticleReferenceSchema, output: TrashEntrySchema }),
  listTrash: () => ({ input: EmptyInputSchema, output: z.array(TrashEntrySchema) }),
  emptyTrash: () => ({ input: EmptyInputSchema, output: z.object({ removed: z.number().int().min(0).describe('Articles deleted for good, with their History.') }) }),
  deleteForever: () => ({ input: ArticleReferenceSchema, output: z.object({ removed: z.number().int().min(0) }).describe('Deletes one trashed article for good, with its History.') }),
  restoreArticle: () => ({ input: ArticleReferenceSchema, output: ArticleSchema }),
  listTags: () => ({ input: EmptyInputSchema, output: z.array(TagUsageSchema) }),
  renameTag: () => ({
    input: z.strictObject({
      from: z.array(z.string().min(1).max(200)).min(1).max(50).describe('The spellings to replace (variants fold alike and are all replaced).'),
      to: z.string().trim().min(1).max(200),
    }),
    output: z.object({ changed: z.number().int().min(0).describe('Articles saved with the new tag, each as a new revision.') }),
  }),
  search: () => ({
    input: z.strictObject({
      query: z.string().max(10000).describe('Words, "phrases", -excluded and field filters (وسم: tag:, حالة: status:, قسم: section:, كاتب: by:, من: from:, إلى: to:).'),
      limit: z.number().int().min(1).max(500).default(50),
      sort: z.enum(searchSorts).optional(),
      status: ArticleStatusSchema.optional(),
      tag: z.string().max(200).optional(),
      assignee: z.string().max(200).optional(),
      section: z.string().max(200).optional(),
      language: LanguageSchema.optional(),
      from: z.iso.date().optional().describe('The story\'s day (dateline date, else creation) from, inclusive.'),
      to: z.iso.date().optional(),
    }),
    output: z.object({ total: z.number().int().min(0), hits: z.array(SearchHitSchema) }),
  }),
  storeMedia: () => ({
    input: z.strictObject({
      fileName: z.string().max(500),
      dataBase64: z.string().max(Math.ceil((maximumMediaBytes * 4) / 3) + 4),
    }),
    output: z.object({ src: z.string() }),
  }),
  exportArticles: () => ({
    input: z.strictObject({
      jobId: OpaqueIdSchema,
      ids: z.array(ArticleIdSchema).min(1).max(10000),
      formats: z.array(z.enum(exportFormats)).min(1).max(3).refine((formats) => new Set(formats).size === formats.length, 'Each format once.'),
      fragment: z.boolean(),
      embedFonts: z.boolean().default(false).describe('Inline the bundled Arabic fonts in standalone HTML pages.'),
      directory: z.string().min(1).max(4096),
      onExisting: z.enum(['ask', 'replace', 'keep-both']),
      manifest: z.boolean(),
      markPublished: z.boolean().default(false).describe('Move approved articles to "published"; export alone never changes a status.'),
      overrideEmbargo: z.boolean().default(false).describe('Export articles whose embargo has not passed (the journalist confirmed it).'),
    }),
    output: z.object({
      files: z.array(z.object({ id: ArticleIdSchema, format: z.enum(exportFormats), path: z.string() })),
      notPublished: z.array(ArticleIdSchema).optional().describe('Asked to mark as published, but not approved: their status stayed.'),
      manifestPath: z.string().optional(),
      cancelled: z.boolean(),
    }),
  }),
  importFiles: () => ({
    input: z.strictObject({
      jobId: OpaqueIdSchema.optional().describe('Names the job for jobProgress events and cancelJob.'),
      files: z.array(z.strictObject({ name: z.string().min(1).max(500), dataBase64: z.string().max(70 * 1024 * 1024) })).min(1).max(100),
    }),
    output: z.array(ImportOutcomeSchema),
  }),
  importPasted: () => ({
    input: z.strictObject({ html: z.string().max(10 * 1024 * 1024).optional(), text: z.string().max(10 * 1024 * 1024) }),
    output: ImportOutcomeSchema,
  }),
  chooseFolder: () => ({
    input: z.strictObject({ defaultPath: z.string().max(4096) }),
    output: z.object({ path: z.string().nullable().describe('null when the journalist cancelled.') }),
  }),
  cancelJob: () => ({
    input: z.strictObject({ jobId: z.string().max(64) }),
    output: z.object({ cancelled: z.boolean().describe('false when no import or export of that id was running.') }),
  }),
  getSettings: () => ({
    input: EmptyInputSchema,
    output: z.object({ settings: SettingsSchema, notices: z.array(SettingsNoticeSchema) }),
  }),
  updateSettings: () => ({ input: z.strictObject({ changes: SettingsChangesSchema }), output: SettingsSchema }),
  getWordLists: () => ({ input: EmptyInputSchema, output: WordListsSchema }),
  changeWordList: () => ({
    input: z
      .strictObject({
        list: z.enum(wordListNames).describe('personal: this journalist; desk: <data>/dictionaries/desk.txt, shared by the desk.'),
        add: z.string().trim().min(1).max(100).optional(),
        remove: z.string().max(100).optional(),
      })
      .refine((change) => change.add !== undefined || change.remove !== undefined, 'Say which word to add or remove.'),
    output: WordListsSchema,
  }),
  getDeskSync: () => ({
    input: z.strictObject({ open: ArticleIdSchema.optional().describe('The story this window has open: this machine\'s heartbeat names it while windows keep saying so.') }),
    output: DeskSyncStatusSchema,
  }),
  syncDeskNow: () => ({ input: EmptyInputSchema, output: DeskSyncStatusSchema }),
  changeDeskSyncPassword: () => ({ input: z.strictObject({ password: z.string().max(1000) }), output: DeskSyncStatusSchema }),
  testDeskSync: () => ({
    input: z.strictObject({ server: DeskSyncSettingsSchema, password: z.string().max(1000).optional().describe('Absent: the kept password.') }),
    output: z.object({ database: z.string(), documents: z.number().int() }),
  }),
  reportFlushed: () => ({
    input: z.strictObject({ requestId: OpaqueIdSchema }),
    output: z.object({ acknowledged: z.boolean().describe('false when nobody was waiting for that request any more.') }),
  }),
} satisfies Record<ApiMethodName, () => { input: z.ZodType; output: z.ZodType }>);

export const apiEventContract = {
  libraryChanged: z.object({
    reason: z.enum(['created', 'saved', 'deleted', 'restored', 'quarantined', 'exported', 'imported', 'external']).describe('external: another process (window, CLI, sync) changed the file.'),
    id: z.string().optional(),
    revision: z.number().int().optional().describe('With saved and external: the article’s revision on disk now; absent once it is gone.'),
  }),
  jobProgress: z.object({ jobId: z.string(), kind: z.enum(['import', 'export']), done: z.number().int(), total: z.number().int() }),
  menuCommand: z.object({ command: MenuCommandSchema }),
  flushRequested: z.object({ requestId: OpaqueIdSchema }).describe('The window is closing or the app quitting: save pending typing, then call reportFlushed.'),
} as const satisfies Record<ApiEventName, z.ZodType>;

export type ApiInput<Method extends ApiMethodName> = z.input<(typeof apiContract)[Method]['input']>;
export type ApiOutput<Method extends ApiMethodName> = z.infer<(typeof apiContract)[Method]['output']>;
export type ApiEvent<Event extends ApiEventName> = z.infer<(typeof apiEventContract)[Event]>;

/** What a back end implements and what a client calls: one promise-returning function per method. */
export type NewsroomApi = {
  readonly [Method in ApiMethodName]: (input: ApiInput<Method>) => Promise<ApiResult<ApiOutput<Method>>>;
};

/** A push-event subscription; returns the function that unsubscribes. */
export type ApiEventSubscriber = <Event extends ApiEventName>(
  event: Event,
  listener: (payload: ApiEvent<Event>) => void,
) => () => void;
