import { describe, expect, it } from 'vitest';
import type { DateStyle } from '../../core/settings/settings-schema';
import { formatDate } from '../../core/text/format-date';
import { formatRecentDate } from '../../core/text/format-recent-date';
import { formatNumber } from '../../core/text/format-number';

const style = (changes: Partial<DateStyle>): DateStyle => ({ digits: 'latin', calendar: 'gregorian', monthNames: 'egyptian', ...changes });

describe('formatDate', () => {
  it('writes an Arabic date with the chosen digits and month names', () => {
    expect(formatDate('2026-11-29', 'ar', style({}))).toBe('29 نوفمبر 2026');
    expect(formatDate('2026-11-29', 'ar', style({ digits: 'arabic-indic' }))).toBe('٢٩ نوفمبر ٢٠٢٦');
    expect(formatDate('2026-11-29', 'ar', style({ monthNames: 'levant' }))).toBe('29 تشرين الثاني 2026');
    expect(formatDate('2026-01-05', 'ar', style({ monthNames: 'levant', digits: 'arabic-indic' }))).toBe('٥ كانون الثاني ٢٠٢٦');
  });

  it('puts the Umm al-Qura Hijri date beside the Gregorian one when chosen', () => {
    expect(formatDate('2026-11-29', 'ar', style({ calendar: 'gregorian-hijri' }))).toBe('29 نوفمبر 2026 (19 جمادى الآخرة 1448 هـ)');
    expect(formatDate('2026-11-29', 'en', style({ calendar: 'gregorian-hijri' }))).toBe('November 29, 2026 (Jumada II 19, 1448 AH)');
  });

  it('keeps Latin digits and English month names in English, whatever the Arabic digit choice', () => {
    expect(formatDate('2026-11-29', 'en', style({ digits: 'arabic-indic', monthNames: 'levant' }))).toBe('November 29, 2026');
  });

  it('reads a day as that calendar day and a moment in local time, with the time after the date and never broken from its ص/م', () => {
    const moment = new Date(2026, 10, 29, 15, 7);
    expect(formatDate(moment, 'ar', style({ digits: 'arabic-indic' }), 'date-time')).toBe('٢٩ نوفمبر ٢٠٢٦، ٣:٠٧\u00a0م');
    expect(formatDate(new Date(2026, 11, 1, 0, 4), 'ar', style({}), 'date-time')).toBe('1 ديسمبر 2026، 12:04\u00a0ص');
    expect(formatDate(moment, 'en', style({}), 'date-time')).toBe('November 29, 2026, 3:07\u00a0PM');
    expect(formatDate('2026-11-29', 'ar', style({}), 'date-time')).toBe('29 نوفمبر 2026');
  });

  it('writes a moment short for a list of stories: today and yesterday in words with the time, the day and month this year, the whole date before', () => {
    const now = new Date(2026, 11, 1, 9, 30);
    const at = (year: number, month: number, day: number, hour = 0, minute = 4) => new Date(year, month, day, hour, minute).toISOString();
    expect(formatRecentDate(at(2026, 11, 1), 'ar', style({}), now)).toBe('اليوم، 12:04\u00a0ص');
    expect(formatRecentDate(at(2026, 10, 30, 23, 42), 'ar', style({ digits: 'arabic-indic' }), now)).toBe('أمس، ١١:٤٢\u00a0م');
    expect(formatRecentDate(at(2026, 1, 20, 14, 0), 'ar', style({ monthNames: 'levant' }), now)).toBe('20 شباط، 2:00\u00a0م');
    expect(formatRecentDate(at(2025, 1, 20, 14, 0), 'ar', style({ calendar: 'gregorian-hijri' }), now)).toBe('20 فبراير 2025');
    expect(formatRecentDate(at(2026, 11, 1), 'en', style({}), now)).toBe('Today, 12:04\u00a0AM');
    expect(formatRecentDate(at(2026, 10, 30, 23, 42), 'en', style({}), now)).toBe('Yesterday, 11:42\u00a0PM');
    // Just after midnight, the evening before is yesterday, not today.
    expect(formatRecentDate(at(2026, 10, 30, 23, 59), 'ar', style({}), new Date(2026, 11, 1, 0, 1))).toBe('أمس، 11:59\u00a0م');
    expect(formatRecentDate('not a date', 'ar', style({}), now)).toBe('not a date');
  });

  it('gives back what it cannot read rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'ar', style({}))).toBe('not a date');
  });
});

describe('formatNumber', () => {
  it('writes counts with the desk’s digits in Arabic and Latin digits in English, never grouped', () => {
    expect(formatNumber(1972, 'ar', style({ digits: 'arabic-indic' }))).toBe('١٩٧٢');
    expect(formatNumber(1972, 'ar', style({}))).toBe('1972');
    expect(formatNumber(1972, 'en', style({ digits: 'arabic-indic' }))).toBe('1972');
  });
});
