import { describe, expect, it } from 'vitest';
import { messages } from '../../core/i18n/messages';

describe('messages with counts use the language’s plural rules', () => {
  it.each([
    [0, 'اكتمل التصدير: لم يُكتب أي ملف.'],
    [1, 'اكتمل التصدير: ملف واحد.'],
    [2, 'اكتمل التصدير: ملفان.'],
    [3, 'اكتمل التصدير: 3 ملفات.'],
    [10, 'اكتمل التصدير: 10 ملفات.'],
    [11, 'اكتمل التصدير: 11 ملفًا.'],
    [99, 'اكتمل التصدير: 99 ملفًا.'],
    [100, 'اكتمل التصدير: 100 ملف.'],
    [103, 'اكتمل التصدير: 103 ملفات.'],
    [200, 'اكتمل التصدير: 200 ملف.'],
    [1000, 'اكتمل التصدير: 1,000 ملف.'],
  ])('Arabic: %i exported files', (count, expected) => {
    expect(messages.ar.exporting.done(count)).toBe(expected);
  });

  it.each([
    [1, 'تصدير مقال واحد'],
    [2, 'تصدير مقالين'],
    [5, 'تصدير 5 مقالات'],
    [25, 'تصدير 25 مقالًا'],
    [200, 'تصدير 200 مقال'],
  ])('Arabic: exporting %i articles', (count, expected) => {
    expect(messages.ar.exporting.titleMany(count)).toBe(expected);
  });

  it.each([
    [1, 'مقال واحد بلا عنوان: يُصدَّر بعنوان فارغ.'],
    [2, 'مقالان بلا عنوان: يُصدَّران بعنوان فارغ.'],
    [5, '5 مقالات بلا عنوان: تُصدَّر بعنوان فارغ.'],
    [25, '25 مقالًا بلا عنوان: تُصدَّر بعنوان فارغ.'],
    [200, '200 مقال بلا عنوان: تُصدَّر بعنوان فارغ.'],
  ])('Arabic: %i stories to export without a headline', (count, expected) => {
    expect(messages.ar.proofing.untitledSummary(count)).toBe(expected);
  });

  it.each([
    [1, 'العنوان أطول من الحد المقترح بحرف واحد؛'],
    [2, 'العنوان أطول من الحد المقترح بحرفين؛'],
    [5, 'العنوان أطول من الحد المقترح بـ5 أحرف؛'],
    [14, 'العنوان أطول من الحد المقترح بـ14 حرفًا؛'],
  ])('Arabic: a headline %i characters over the limit', (excess, expected) => {
    expect(messages.ar.metadata.headlineOverLimit(excess)).toContain(expected);
  });

  it('Arabic quarantine notice agrees with its number', () => {
    expect(messages.ar.quarantineNotice(2)).toContain('ملفين فنُقلا');
    expect(messages.ar.quarantineNotice(12)).toContain('12 ملفًا');
  });

  it.each([
    [1, 'Export finished: one file.'],
    [2, 'Export finished: 2 files.'],
    [1000, 'Export finished: 1,000 files.'],
  ])('English: %i exported files', (count, expected) => {
    expect(messages.en.exporting.done(count)).toBe(expected);
  });
});

describe('lists in messages are joined with the language’s own comma', () => {
  it('writes the changed details of a version with ، in Arabic and , in English', () => {
    expect(messages.ar.history.fieldsChanged(['العنوان', 'الحالة'])).toBe('بيانات تغيّرت: العنوان، الحالة');
    expect(messages.en.history.fieldsChanged(['Headline', 'Status'])).toBe('Details changed: Headline, Status');
  });
});
