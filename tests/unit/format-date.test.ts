import { describe, expect, it } from 'vitest';
import type { DateStyle } from '../../core/settings/settings-schema';
import { formatDate } from '../../core/text/format-date';
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
