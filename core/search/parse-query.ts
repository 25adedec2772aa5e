import type { ArticleStatus } from '../article/article-schema';
import { toWesternDigits } from '../text/to-western-digits';
import { foldForSearch } from './fold-for-search';
import { searchWords } from './search-terms';

export interface QueryFilters {
  readonly tag?: string;
  readonly status?: ArticleStatus;
  readonly section?: string;
  readonly byline?: string;
  readonly language?: string;
  /** The story's day from (inclusive), YYYY-MM-DD. */
  readonly from?: string;
  /** The story's day to (inclusive), YYYY-MM-DD. */
  readonly to?: string;
}

export interface ParsedQuery {
  /** Folded words that must all match (stemmed matches count). */
  readonly words: readonly string[];
  /** Folded phrases that must appear as written, word after word. */
  readonly phrases: readonly (readonly string[])[];
  /** Folded words no result may hold. */
  readonly excluded: readonly string[];
  readonly filters: QueryFilters;
  /** The last word is still being typed: it matches as a prefix. */
  readonly typing: boolean;
}

/** Longer queries are cut: nobody types more, and a pasted article must not freeze the search. */
export const maximumQueryLength = 500;

const fieldNamesAsWritten: Readonly<Record<string, keyof QueryFilters>> = {
  'وسم': 'tag', tag: 'tag',
  'حالة': 'status', 'الحالة': 'status', status: 'status',
  'قسم': 'section', 'القسم': 'section', section: 'section',
  'كاتب': 'byline', 'الكاتب': 'byline', by: 'byline', author: 'byline',
  'لغة': 'language', 'اللغة': 'language', lang: 'language', language: 'language',
  'من': 'from', from: 'from', after: 'from',
  'إلى': 'to', 'الى': 'to', to: 'to', before: 'to',
};

const statusNamesAsWritten: Readonly<Record<string, ArticleStatus>> = {
  draft: 'draft', 'مسودة': 'draft',
  review: 'in-review', 'in-review': 'in-review', 'مراجعة': 'in-review', 'قيد المراجعة': 'in-review',
  approved: 'approved', 'معتمد': 'approved',
  published: 'exported', exported: 'exported', 'منشور': 'exported',
};

/** The names above as folding writes them, so حالة, حاله and الحالة all name the status. */
const folded = <Value>(names: Readonly<Record<string, Value>>): ReadonlyMap<string, Value> => new Map(Object.entries(names).map(([name, value]) => [foldForSearch(name), value]));
const fieldNames = folded(fieldNamesAsWritten);
const statusNames = folded(statusNamesAsWritten);

/** A date a journalist types (2026-11-29, 2026/11/29, ٢٠٢٦-١١-٢٩, 2026-11, 2026) as the first or last day it means. */
function dayOf(value: string, end: 'first' | 'last'): string | undefined {
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(toWesternDigits(value));
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : end === 'first' ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match[3] ? Number(match[3]) : end === 'first' ? 1 : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a query the way a journalist writes it: words (all must match), "an exact phrase", -excluded
 * words, and field filters — وسم: / tag:, حالة: / status:, قسم: / section:, كاتب: / by:, لغة: /
 * lang:, من: / from: and إلى: / to: dates. Anything else (punctuation, unbalanced quotes, direction
 * marks) is read as plain words; no input throws.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, maximumQueryLength).replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
  const words: string[] = [];
  const phrases: string[][] = [];
  const excluded: string[] = [];
  const filters: Record<string, string> = {};
  let typing = false;
  // A token: optional "-", optional "field:", then a quoted value (closed or not) or a bare run.
  const token = /(-?)(?:([\p{L}\p{N}_-]+)[:：])?(?:["“”«»]([^"“”«»]*)["“”«»]?|([^\s"“”«»]+))/gu;
  for (const match of text.matchAll(token)) {
    const [whole, minus, field, quoted, bare] = match;
    const value = quoted ?? bare ?? '';
    const filter = field ? fieldNames.get(foldForSearch(field)) : undefined;
    if (filter) {
      const folded = foldForSearch(value).trim();
      if (filter === 'status') {
        const status = statusNames.get(folded);
        if (status) filters.status = status;
      } else if (filter === 'from' || filter === 'to') {
        const day = dayOf(value.trim(), filter === 'from' ? 'first' : 'last');
        if (day) filters[filter] = day;
      } else if (folded) filters[filter] = folded;
      typing = false;
      continue;
    }
    // A field name we do not know is part of the words ("10:30", "http:").
    const found = searchWords(field ? `${field} ${value}` : value);
    if (found.length === 0) continue;
    if (minus) excluded.push(...found);
    else if (quoted !== undefined) phrases.push(found);
    else words.push(...found);
    typing = quoted === undefined && !minus && match.index + whole.length === text.length;
  }
  return { words, phrases, excluded, filters, typing };
}
