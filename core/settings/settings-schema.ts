import * as z from 'zod';
import { styleRuleNames } from '../proofing/style-rule-names';

export const interfaceLanguages = ['ar', 'en'] as const;
export const InterfaceLanguageSchema = z.enum(interfaceLanguages);
export type InterfaceLanguage = z.infer<typeof InterfaceLanguageSchema>;

export const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export const SiteBrandingSchema = z.object({
  name: z.string().max(200),
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).describe('The site address canonical links start with; empty for relative links.'),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.'),
  logo: z.string().max(200).describe('An image copied into the library (media/…), or empty.'),
});
export type SiteBranding = z.infer<typeof SiteBrandingSchema>;

export const digitStyles = ['latin', 'arabic-indic'] as const;
export const calendars = ['gregorian', 'gregorian-hijri'] as const;
export const monthNameStyles = ['egyptian', 'levant'] as const;

/** How the desk writes dates and numbers in Arabic: digits, calendar and month names. */
export const DateStyleSchema = z.object({
  digits: z.enum(digitStyles).describe('Latin (2026) or Arabic-Indic (٢٠٢٦) digits in Arabic dates.'),
  calendar: z.enum(calendars).describe('Gregorian alone, or with the Hijri (Umm al-Qura) date beside it.'),
  monthNames: z.enum(monthNameStyles).describe('Egyptian (نوفمبر) or Levant (تشرين الثاني) month names.'),
});
export type DateStyle = z.infer<typeof DateStyleSchema>;

export const defaultDateStyle: DateStyle = { digits: 'latin', calendar: 'gregorian', monthNames: 'egyptian' };

/** What proofing checks: spelling per language, and the style rules the desk has not switched off. */
export const ProofingSettingsSchema = z.object({
  spelling: z.object({ ar: z.boolean(), en: z.boolean() }).describe('Spelling checked in Arabic and in English.'),
  disabledRules: z.array(z.enum(styleRuleNames)).max(styleRuleNames.length).describe('Style rules switched off.'),
});
export type ProofingSettings = z.infer<typeof ProofingSettingsSchema>;

export const defaultProofingSettings: ProofingSettings = { spelling: { ar: true, en: true }, disabledRules: [] };

/** Which of this machine's stories go to the desk: all, or only those in review and later (drafts stay here). */
export const deskShares = ['all', 'in-review-and-later'] as const;
export type DeskShare = (typeof deskShares)[number];

/** The desk's CouchDB database this machine syncs with; the password is kept apart (the system's keychain in the desktop app). */
export const DeskSyncSettingsSchema = z.object({
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).describe('The desk database, e.g. https://desk.example.org/newsroom; empty: no desk sync.'),
  user: z.string().max(200),
  allowPlainHttp: z.boolean().describe('Plain http to another machine sends the password unencrypted: only when the desk says so.'),
  share: z.enum(deskShares).describe('Which of this machine’s stories go to the desk, by status; what the desk holds still arrives.'),
  sections: z.array(z.string().min(1).max(100)).max(200).describe('Only stories filed under these sections go and come (none: every section).'),
  tags: z.array(z.string().min(1).max(200)).max(200).describe('Only stories carrying one of these tags, as written, go and come (none: any story).'),
});
export type DeskSyncSettings = z.infer<typeof DeskSyncSettingsSchema>;

/** Which stories this machine shares with the desk: by status (what it sends), and by section and tag (what it sends and what it takes). */
export type DeskShareRule = Pick<DeskSyncSettings, 'share' | 'sections' | 'tags'>;

export const defaultDeskSyncSettings: DeskSyncSettings = { url: '', user: '', allowPlainHttp: false, share: 'all', sections: [], tags: [] };

/** Version 2 added the version itself, version 3 the date style and the desk, version 4 proofing, version 5 desk sync, version 6 what desk sync shares, version 7 sharing by section and tag; readSettings migrates older files. */
export const currentSettingsSchemaVersion = 7;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(currentSettingsSchemaVersion),
  interfaceLanguage: InterfaceLanguageSchema,
  authorName: z.string().max(200),
  dataDirectory: z.string().max(4096).describe('Empty means the default folder.'),
  exportDirectory: z.string().max(4096).describe('Empty means the Documents folder.'),
  windowBounds: WindowBoundsSchema.nullable(),
  site: SiteBrandingSchema,
  sections: z.array(z.string().min(1).max(100)).max(200).describe('The sections an article can be filed under.'),
  dateStyle: DateStyleSchema,
  desk: z.array(z.string().min(1).max(200)).max(500).describe('The people articles can be assigned to.'),
  proofing: ProofingSettingsSchema,
  deskSync: DeskSyncSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsChangesSchema = SettingsSchema.omit({ schemaVersion: true }).partial().strict();
export type SettingsChanges = z.infer<typeof SettingsChangesSchema>;

export const defaultSettings: Settings = {
  schemaVersion: currentSettingsSchemaVersion,
  interfaceLanguage: 'ar',
  authorName: '',
  dataDirectory: '',
  exportDirectory: '',
  windowBounds: null,
  site: { name: 'غرفة الأخبار', url: '', accentColor: '#8c1c13', logo: '' },
  sections: ['سياسة', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'صحة', 'رأي'],
  dateStyle: defaultDateStyle,
  desk: [],
  proofing: defaultProofingSettings,
  deskSync: defaultDeskSyncSettings,
};
