import { describe, expect, it } from 'vitest';
import { convertDigits } from '../../core/text/convert-digits';
import { countText, segmentedCounts } from '../../core/text/count-text';
import { detectDirection } from '../../core/text/detect-direction';
import { directionOfLanguage } from '../../core/text/direction-of-language';
import { fixPunctuationSpacing } from '../../core/text/fix-punctuation-spacing';
import { guillemetQuotes } from '../../core/text/guillemet-quotes';
import { normalizeArabic } from '../../core/text/normalize-arabic';
import { removeTatweel } from '../../core/text/remove-tatweel';
import { slugify } from '../../core/text/slugify';
import { uniqueSlug } from '../../core/text/unique-slug';

describe('normalizeArabic', () => {
  it.each([
    ['أمريكا', 'امريكا'],
    ['إيران', 'ايران'],
    ['آذار', 'اذار'],
    ['ٱلله', 'الله'],
    ['مدرسة', 'مدرسه'],
    ['مستشفى', 'مستشفي'],
    ['مُحَمَّدٌ', 'محمد'],
    ['العـــربية', 'العربيه'],
    ['٢٠١٤', '2014'],
    ['۱۲۳', '123'],
    ['ﻻ', 'لا'],
    ['WHO', 'who'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe('detectDirection', () => {
  it.each([
    ['WHO قالت إن الوضع خطير', 'rtl'],
    ['قالت منظمة الصحة العالمية', 'rtl'],
    ['"We will continue," Kerry said.', 'ltr'],
    ['Kerry قال', 'ltr'],
    ['للاستفسار: press@moh.gov.jo', 'rtl'],
    ['المصدر: https://www.reuters.com/world/middle-east/', 'rtl'],
    ['نشرت الوزارة البيان على moh.gov.jo أمس', 'rtl'],
    ['press@moh.gov.jo', 'ltr'],
    ['See the statement at الموقع www.moh.gov.jo for the full text', 'ltr'],
    ['45% - 2014', undefined],
    ['', undefined],
  ])('%j is %s', (text, expected) => {
    expect(detectDirection(text)).toBe(expected);
  });

  it.each([
    ['ar', 'rtl'],
    ['ar-SA', 'rtl'],
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
  ])('language %s is written %s', (language, expected) => {
    expect(directionOfLanguage(language)).toBe(expected);
  });
});

describe('countText', () => {
  it.each([
    ['قال وزير الخارجية', 3, 15],
    ['قتل أكثر من 6100 شخص', 5, 16],
    ['قتل أكثر من ٦١٠٠ شخص', 5, 16],
    ['مُحَمَّدٌ', 1, 4],
    ['WHO قالت، إن 45% تعمل.', 5, 18],
    ['', 0, 0],
  ])('%j has %i words and %i characters', (text, words, characters) => {
    expect(countText(text)).toMatchObject({ words, characters });
  });

  it('counts plain Latin and Arabic copy directly to the same answer as Intl.Segmenter, on 3,000 random texts', () => {
    // Letters, digits of both kinds, diacritics, joiners and direction marks, and every separator whose
    // meaning depends on its neighbours (3.5, 1,000, ٣٬٥, don't, e.g., a:b) — and a few that send
    // the text to the segmenter (emoji, an underscore, a Hebrew letter).
    const alphabet = [...'abcXYZéüقالوزيرةىئؤءأإآـ0123456789٠١٢٣٤٥٦٧٨٩', 'َ', 'ّ', 'ٌ', '\u0301', ' ', '  ', '\n', '\t', '\u00A0', ...'.,;:\'’‘·،؛؟٬٫٪-–—()«»"!?/%&@#', '\u200C', '\u200D', '\u200E', '\u200F', '…', '•'];
    const rare = ['_', '😀', 'א', '\u0600', '👍🏽'];
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 3000; round += 1) {
      const length = 1 + Math.floor(random() * 24);
      let text = '';
      for (let index = 0; index < length; index += 1) text += random() < 0.01 ? rare[Math.floor(random() * rare.length)] : alphabet[Math.floor(random() * alphabet.length)];
      expect(countText(text), JSON.stringify(text)).toEqual(segmentedCounts(text));
    }
  });

  it('estimates reading time in whole minutes', () => {
    expect(countText('كلمة '.repeat(900)).readingMinutes).toBe(5);
    expect(countText('كلمة').readingMinutes).toBe(1);
  });
});

describe('slugs', () => {
  it.each([
    ['كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا', 'كيري-ولافروف-يتفقان-على-مواصلة-العمل-المشترك-بشأن-سوريا'],
    ['منظمة الصحة العالمية تحذّر', 'منظمة-الصحة-العالمية-تحذر'],
    ['مُحَمَّد يـــزور القاهرة', 'محمد-يزور-القاهرة'],
    ['Kerry & Lavrov: talks in Sochi!', 'kerry-lavrov-talks-in-sochi'],
    ['  «أزمة» أوكرانيا — ٢٠١٤  ', 'أزمة-أوكرانيا-2014'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('slugify(%j) is %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('keeps slugs short', () => {
    expect(slugify('كلمة '.repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it('adds a numeric suffix to a taken slug', () => {
    expect(uniqueSlug('syria', new Set())).toBe('syria');
    expect(uniqueSlug('syria', new Set(['syria', 'syria-2']))).toBe('syria-3');
  });
});

describe('Arabic typography helpers', () => {
  it.each([
    ['قتل 6100 شخص منذ 2014', 'arabic-indic', 'قتل ٦١٠٠ شخص منذ ٢٠١٤'],
    ['قتل ٦١٠٠ شخص منذ ۲۰۱۴', 'western', 'قتل 6100 شخص منذ 2014'],
  ] as const)('convertDigits(%j, %s)', (text, style, expected) => {
    expect(convertDigits(text, style)).toBe(expected);
  });

  it('turns straight quotes into guillemets, pairing across pieces', () => {
    expect(guillemetQuotes('قال "صريحة" و"مهمة"').text).toBe('قال «صريحة» و«مهمة»');
    const first = guillemetQuotes('قال "من');
    expect(first).toEqual({ text: 'قال «من', open: true });
    expect(guillemetQuotes(' المهم" أن', first.open).text).toBe(' المهم» أن');
  });

  it('removes tatweel only', () => {
    expect(removeTatweel('العـــربيـة مُحَمَّد')).toBe('العربية مُحَمَّد');
    expect(removeTatweel('سوتشي ـ قال كيري ــ وهو يبتسم ــ إن المحادثات مفيدةـــ')).toBe('سوتشي ـ قال كيري ــ وهو يبتسم ــ إن المحادثات مفيدة');
  });

  it.each([
    ['قال ، ثم سأل ؟', 'قال، ثم سأل؟'],
    ['نعم . لا ؛ ربما', 'نعم. لا؛ ربما'],
    ['« صريحة »', '«صريحة»'],
    ['كلمتان  بينهما   مسافات', 'كلمتان بينهما مسافات'],
  ])('fixPunctuationSpacing(%j) is %j', (text, expected) => {
    expect(fixPunctuationSpacing(text)).toBe(expected);
  });
});
