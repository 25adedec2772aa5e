import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/create-article';
import { seedArticleContent } from '../../core/sample/seed-article-content';

const fixture = readFileSync(new URL('../fixtures/seed-eremnews-kerry-lavrov.txt', import.meta.url), 'utf8');
const paragraphs = (seedArticleContent.body.content ?? []).map((node) => node.content?.map((child) => child.text).join('') ?? '');

describe('the first-run sample article (the seed story, cleanly structured)', () => {
  it('is a valid article', () => {
    expect(ArticleSchema.safeParse(createArticle('seed', new Date(), seedArticleContent)).success).toBe(true);
  });

  it('has the headline once and the dateline split out', () => {
    expect(seedArticleContent.headline).toBe('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
    expect(seedArticleContent.dateline.place).toBe('سوتشي');
    expect(paragraphs[0]?.startsWith('قال وزير الخارجية الأمريكي جون كيري')).toBe(true);
  });

  it('keeps the 15 body paragraphs exactly as written in the source', () => {
    expect(paragraphs).toHaveLength(15);
    for (const paragraph of paragraphs) expect(fixture).toContain(paragraph);
  });

  it('drops the site boilerplate', () => {
    const all = JSON.stringify(seedArticleContent);
    for (const boilerplate of ['الأكثر قراءة', 'No stories found.', 'logo', 'إرم نيوز', 'www.eremnews.com']) {
      expect(all).not.toContain(boilerplate);
    }
  });
});
