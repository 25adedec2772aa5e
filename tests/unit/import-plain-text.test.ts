import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../core/article/article-schema';
import { decodeText } from '../../core/import/decode-text';
import { importPlainText, type ImportedContent } from '../../core/import/import-plain-text';
import { splitDateline } from '../../core/import/split-dateline';

const seedBytes = readFileSync(new URL('../fixtures/seed-eremnews-kerry-lavrov.txt', import.meta.url));

function imported(text: string): ImportedContent {
  const result = importPlainText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.content;
}

function paragraphs(content: ImportedContent): string[] {
  const textOf = (node: DocumentNode): string => node.text ?? (node.content ?? []).map(textOf).join('');
  return (content.body.content ?? []).map(textOf);
}

describe('importing the seed story', () => {
  const decoded = decodeText(seedBytes);
  const content = imported(decoded.ok ? decoded.text : '');

  it('finds the headline once and the dateline place', () => {
    expect(content.headline).toBe('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
    expect(content.dateline.place).toBe('سوتشي');
    expect(content.language).toBe('ar');
  });

  it('keeps the 15 paragraphs in order, the first starting with the text after the dateline', () => {
    const texts = paragraphs(content);
    expect(texts).toHaveLength(15);
    expect(texts[0]?.startsWith('قال وزير الخارجية الأمريكي جون كيري')).toBe(true);
    expect(texts[14]?.startsWith('واجتاحت المعارضة المسلحة')).toBe(true);
    for (const text of texts) expect(seedBytes.toString('utf8')).toContain(text);
  });

  it('drops every line of site boilerplate', () => {
    const all = JSON.stringify(content);
    for (const boilerplate of ['الأكثر قراءة', 'No stories found.', 'logo', 'إرم نيوز', 'www.eremnews.com']) expect(all).not.toContain(boilerplate);
    expect(all.split('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا')).toHaveLength(2);
  });
});

describe('datelines', () => {
  it.each([
    ['سوتشي ـ قال الوزير', 'سوتشي', 'قال الوزير'],
    ['القاهرة - أعلنت الحكومة', 'القاهرة', 'أعلنت الحكومة'],
    ['دمشق (رويترز) - قال مسؤول', 'دمشق', 'قال مسؤول'],
    ['بيروت (أ ف ب) ـ أعلن الجيش', 'بيروت', 'أعلن الجيش'],
    ['SOCHI, Russia (Reuters) - Secretary of State John Kerry said', 'SOCHI, Russia', 'Secretary of State John Kerry said'],
    ['LONDON — The prime minister said', 'LONDON', 'The prime minister said'],
    ['نيويورك – قالت الأمم المتحدة', 'نيويورك', 'قالت الأمم المتحدة'],
  ])('%j → %j', (paragraph, place, rest) => {
    expect(splitDateline(paragraph)).toEqual({ place, rest });
  });

  it.each([
    ['قال الوزير إن المحادثات - التي استمرت ساعات - كانت صريحة'],
    ['2015 - عام الأزمات'],
    ['هذه جملة طويلة جدا من ست كلمات ثم - شرطة'],
  ])('leaves %j alone', (paragraph) => {
    expect(splitDateline(paragraph)).toBeUndefined();
  });
});

describe('structure from plain text', () => {
  it('drops repeated and glued headline copies', () => {
    expect(paragraphs(imported('عنوان الخبر\nعنوان الخبرعنوان الخبر\n\nعنوان الخبر\nالفقرة الأولى.'))).toEqual(['الفقرة الأولى.']);
  });

  it('turns "-", "•" and "*" lines into one bulleted list', () => {
    const content = imported('عنوان\nمقدمة.\n- أولا\n• ثانيا\n* ثالثا\nخاتمة.');
    expect(content.body.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'paragraph']);
    expect(paragraphs(content)[1]).toBe('أولاثانياثالثا');
  });

  it('keeps a list that ends the story, while furniture after it is still dropped', () => {
    const story = 'عنوان\nعمّان - أعلنت الحكومة خطة تشمل:\n- دعم الخبز\n- خفض أسعار الوقود\n- رفع الأجور';
    const content = imported(story);
    expect(content.body.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    expect(content.body.content?.[1]?.content).toHaveLength(3);
    const withFurniture = imported(`${story}\n- شارك\nالأكثر قراءة\nwww.example.com`);
    expect(withFurniture.body.content?.[1]?.content).toHaveLength(3);
  });

  it.each([
    ['CRLF', 'عنوان\r\nفقرة أولى.\r\nفقرة ثانية.'],
    ['CR', 'عنوان\rفقرة أولى.\rفقرة ثانية.'],
    ['a BOM', '\uFEFFعنوان\nفقرة أولى.\nفقرة ثانية.'],
  ])('accepts %s line ends', (_name, text) => {
    const content = imported(text);
    expect(content.headline).toBe('عنوان');
    expect(paragraphs(content)).toEqual(['فقرة أولى.', 'فقرة ثانية.']);
  });

  it('reads English wire copy as English, left to right', () => {
    const content = imported('Kerry and Lavrov agree to keep working on Syria\nSOCHI, Russia (Reuters) - U.S. Secretary of State John Kerry said on Tuesday the talks were frank.\nRead more\nShare');
    expect(content.language).toBe('en');
    expect(content.dateline.place).toBe('SOCHI, Russia');
    expect(paragraphs(content)).toEqual(['U.S. Secretary of State John Kerry said on Tuesday the talks were frank.']);
  });

  it('keeps diacritics, tatweel, hamzas and digits exactly as written', () => {
    const text = 'عُنوانٌ مُشَكَّل\nقالَ الوزيـــر إنَّ ٦١٠٠ شخصٍ و45% أُصيبوا.';
    expect(paragraphs(imported(text))).toEqual(['قالَ الوزيـــر إنَّ ٦١٠٠ شخصٍ و45% أُصيبوا.']);
    expect(imported(text).headline).toBe('عُنوانٌ مُشَكَّل');
  });
});

describe('decodeText', () => {
  const arabic = 'سوريا';
  it.each([
    ['UTF-8', Buffer.from(arabic, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic, 'utf8')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(arabic, 'utf16le').swap16()])],
    ['legacy Windows-1256 Arabic', Buffer.from([0xd3, 0xe6, 0xd1, 0xed, 0xc7])],
    ['legacy ISO-8859-6 Arabic', Buffer.from([0xd3, 0xe8, 0xd1, 0xea, 0xc7])],
  ])('reads %s', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: arabic });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['random bytes', Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 256)), 'not UTF-8'],
    ['Latin-1 French', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), 'not UTF-8'],
    ['text with NUL bytes', Buffer.from('abc\u0000def', 'utf8'), 'binary'],
    ['only white space', Buffer.from('  \n\t ', 'utf8'), 'no text'],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toContain(reason);
  });
});
