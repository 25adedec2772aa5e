import { describe, expect, it } from 'vitest';
import { renderArticleElement } from '../../core/export/render-article-html';
import { fieldDirection } from '../../core/text/field-direction';
import { seedArticle } from '../support/seed-article';

describe('the direction of a one-line field', () => {
  it.each([
    ['WHO تحذّر من موجة حرّ', 'ltr', 'rtl'],
    ['', 'rtl', 'rtl'],
    ['', 'ltr', 'ltr'],
    ['2026', 'rtl', 'rtl'],
    ['BBC عربي', 'rtl', 'rtl'],
    ['ab جد', 'ltr', 'ltr'],
    ['ab جد', 'rtl', 'rtl'],
    ['Kerry meets لافروف in Sochi', 'rtl', 'ltr'],
  ] as const)('%j in a %s setting is %s', (text, surrounding, expected) => {
    expect(fieldDirection(text, surrounding)).toBe(expected);
  });

  it('marks exported fields that run against the article, and only those', () => {
    const english = { ...seedArticle(), language: 'en', headline: 'WHO تحذّر من موجة حرّ', standfirst: 'A heat wave warning', byline: 'سارة علي', tags: ['heat', 'الصحة'] };
    const html = renderArticleElement(english);
    expect(html).toContain('<h1 dir="rtl">WHO تحذّر من موجة حرّ</h1>');
    expect(html).toContain('<p class="standfirst">A heat wave warning</p>');
    expect(html).toContain('<span class="author" dir="rtl">سارة علي</span>');
    expect(html).toContain('<li>heat</li><li dir="rtl">الصحة</li>');
    const arabic = renderArticleElement({ ...english, language: 'ar' });
    expect(arabic).toContain('<h1>WHO تحذّر من موجة حرّ</h1>');
  });
});
