import type { Article, ArticleStatus } from '../article/article-schema';
import { articleBodyParts } from './article-body-parts';

const publicationStatus: Readonly<Record<ArticleStatus, 'usable' | 'withheld'>> = {
  draft: 'withheld',
  'in-review': 'withheld',
  approved: 'usable',
  exported: 'usable',
};

/** The article as an IPTC ninjs 3.1 news item; validates against the official schema. */
export function exportArticleNinjs(article: Article): Record<string, unknown> {
  const body = articleBodyParts(article);
  const descriptions = [
    ...(article.standfirst ? [{ role: 'standfirst', contentType: 'text/plain', value: article.standfirst }] : []),
    ...(article.summary ? [{ role: 'summary', contentType: 'text/plain', value: article.summary }] : []),
    ...(article.socialDescription ? [{ role: 'social', contentType: 'text/plain', value: article.socialDescription }] : []),
    // ninjs has no corrections: each notice is a description in its role, dated in its text as readers see it.
    ...article.corrections.map((notice) => ({ role: notice.kind, contentType: 'text/plain', value: `${notice.at} ${notice.text}` })),
  ];
  const headlines = [
    { role: 'main', contentType: 'text/plain', value: article.headline },
    ...(article.seoTitle ? [{ role: 'seo', contentType: 'text/plain', value: article.seoTitle }] : []),
    ...(article.socialTitle ? [{ role: 'social', contentType: 'text/plain', value: article.socialTitle }] : []),
  ];
  // ninjs has no section either: it goes first among the subjects, marked by its relationship.
  const subjects = [...(article.section ? [{ name: article.section, rel: 'section' }] : []), ...article.tags.map((name) => ({ name }))];
  return {
    uri: `urn:newsroom:article:${article.id}`,
    type: 'text',
    representationType: 'full',
    version: String(article.revision),
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    ...(article.embargo ? { embargoedUntil: article.embargo } : {}),
    pubStatus: publicationStatus[article.status],
    ...(article.urgency ? { urgency: article.urgency } : {}),
    language: article.language,
    headlines,
    ...(descriptions.length > 0 ? { descriptions } : {}),
    bodies: [
      { role: 'main', contentType: 'text/html', value: body.html, charCount: body.characterCount, wordCount: body.wordCount },
      { role: 'main', contentType: 'text/plain', value: body.text, charCount: body.characterCount, wordCount: body.wordCount },
    ],
    ...(article.byline ? { by: article.byline } : {}),
    ...(article.dateline.place ? { located: article.dateline.place } : {}),
    // ninjs has no dateline date: the day the story was filed is when its content was created.
    ...(article.dateline.date ? { contentCreated: `${article.dateline.date}T00:00:00Z` } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(article.slug ? { slugline: article.slug } : {}),
  };
}
