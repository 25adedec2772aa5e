import * as z from 'zod';
import { currentSettingsSchemaVersion, defaultSettings, SettingsSchema, type Settings } from './settings-schema';

type RawSettings = Record<string, unknown>;

/** Step n turns a settings file written at schema version n into version n + 1. */
const migrations: Readonly<Record<number, (raw: RawSettings) => RawSettings>> = {
  // Version 1 (before settings carried a version) kept the site's address as "siteUrl".
  1: ({ siteUrl, ...raw }) => (typeof siteUrl === 'string' && typeof raw.site === 'object' && raw.site !== null && !('url' in raw.site) ? { ...raw, site: { ...raw.site, url: siteUrl } } : raw),
  // Versions 3 to 7 added choices with defaults: filling them in is no repair worth reporting.
  2: (raw) => ({ ...raw, dateStyle: raw.dateStyle ?? defaultSettings.dateStyle, desk: raw.desk ?? defaultSettings.desk }),
  3: (raw) => ({ ...raw, proofing: raw.proofing ?? defaultSettings.proofing }),
  4: (raw) => ({ ...raw, deskSync: raw.deskSync ?? defaultSettings.deskSync }),
  5: (raw) => ({ ...raw, deskSync: typeof raw.deskSync === 'object' && raw.deskSync !== null ? { share: defaultSettings.deskSync.share, ...raw.deskSync } : raw.deskSync }),
  6: (raw) => ({ ...raw, deskSync: typeof raw.deskSync === 'object' && raw.deskSync !== null ? { sections: [], tags: [], ...raw.deskSync } : raw.deskSync }),
};

export interface ReadSettings {
  readonly settings: Settings;
  /** Fields that were missing, unknown or invalid and were set to their defaults (dotted paths). */
  readonly repaired: readonly string[];
  /** Whether the file should be written back (migrated or repaired). */
  readonly changed: boolean;
}

function salvage(schema: z.ZodType, raw: unknown, fallback: unknown, at: string, repaired: string[]): unknown {
  if (schema instanceof z.ZodObject && typeof raw === 'object' && raw !== null && !Array.isArray(raw) && typeof fallback === 'object' && fallback !== null) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      result[key] = salvage(field, (raw as RawSettings)[key], (fallback as RawSettings)[key], at ? `${at}.${key}` : key, repaired);
    }
    for (const key of Object.keys(raw)) if (!(key in shape)) repaired.push(at ? `${at}.${key}` : key);
    return result;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (raw !== undefined || fallback !== undefined) repaired.push(at);
  return fallback;
}

/**
 * Settings from whatever a settings file holds: migrated from older versions in order, every field
 * (nested ones too) checked on its own, so one missing or wrong field falls back to its default
 * without resetting the journalist's other choices; unknown fields are dropped.
 */
export function readSettings(raw: RawSettings): ReadSettings {
  const version = typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) ? raw.schemaVersion : 1;
  let migrated = raw;
  for (let step = version; step < currentSettingsSchemaVersion; step += 1) migrated = migrations[step]?.(migrated) ?? migrated;
  const repaired: string[] = [];
  const settings = salvage(SettingsSchema, { ...migrated, schemaVersion: currentSettingsSchemaVersion }, defaultSettings, '', repaired) as Settings;
  return { settings, repaired: repaired.filter((field) => field !== 'schemaVersion'), changed: version !== currentSettingsSchemaVersion || repaired.length > 0 };
}
