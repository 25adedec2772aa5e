import type { Article } from '../article/article-schema';
import { isMediaSource } from '../document/media-source';
import { mediaSourcesOf } from '../document/media-sources-of';
import type { SiteBranding } from '../settings/settings-schema';
import { directionOfLanguage } from '../text/direction-of-language';
import { articleStylesheet } from './article-stylesheet';
import { escapeHtml } from './escape-html';
import { formatDatelineDate } from './format-dateline-date';
import { jsonForScript } from './json-for-script';
import { renderBodyHtml } from './render-body-html';
import { safeFileStem } from './safe-file-stem';

export interface ArticleHtmlOptions {
  /** A whole page, or the <article> alone for pasting into a CMS. */
  readonly form: 'document' | 'fragment';
  /** Embed the small stylesheet in the page. */
  readonly stylesheet?: boolean;
  /** @font-face rules for the bundled fonts, put in the page when the stylesheet is. */
  readonly fontFaceCss?: string;
  /** Wrap the article in the site template (the preview). */
  readonly site?: SiteBranding;
  /** Used for canonical links and Open Graph even without the template. */
  readonly siteUrl?: string;
  /** A Content-Security-Policy for the page's <meta> (the preview sets one). */
  readonly contentSecurityPolicy?: string;
  /** Where an image from the library is found from the page. */
  readonly mediaUrl?: (source: string) => string;
}

const labels = {
  rtl: { tags: 'الوسوم', by: '', dateline: ' ـ ' },
  ltr: { tags: 'Tags', by: 'By ', dateline: ' — ' },
} as const;

const defaultAccent = '#8c1c13';

/** The description search engines and social cards show: the summary, else the standfirst. */
export function articleDescription(article: Article): string {
  return (article.summary || article.standfirst).trim();
}

function canonicalUrl(article: Article, siteUrl: string | undefined): string {
  const slug = encodeURIComponent(safeFileStem(article.slug || article.id, article.id));
  return siteUrl && /^https?:\/\//.test(siteUrl) ? `${siteUrl.replace(/\/+$/, '')}/${slug}` : slug;
}

function datelineHtml(article: Article, direction: 'rtl' | 'ltr'): string | undefined {
  const place = article.dateline.place.trim();
  if (!place) return undefined;
  const shown = direction === 'rtl' ? place : place.toLocaleUpperCase(article.language);
  const time = article.dateline.date
    ? ` <time datetime="${escapeHtml(article.dateline.date)}">${escapeHtml(formatDatelineDate(article.dateline.date, article.language))}</time>`
    : '';
  return `<span class="dateline">${escapeHtml(shown)}${time}${labels[direction].dateline}</span>`;
}

/** The <article> element: identical in the preview, the standalone page and the CMS fragment. */
export function renderArticleElement(article: Article, mediaUrl?: (source: string) => string): string {
  const direction = directionOfLanguage(article.language);
  const text = labels[direction];
  const header = [
    article.section ? `<p class="section">${escapeHtml(article.section)}</p>` : '',
    `<h1>${escapeHtml(article.headline)}</h1>`,
    article.standfirst ? `<p class="standfirst">${escapeHtml(article.standfirst)}</p>` : '',
    article.byline ? `<p class="byline">${text.by}<span class="author">${escapeHtml(article.byline)}</span></p>` : '',
  ].join('');
  const body = renderBodyHtml(article.body, { direction, leadIn: datelineHtml(article, direction), mediaUrl });
  const tags =
    article.tags.length > 0
      ? `<footer class="article-tags"><h2>${text.tags}</h2><ul>${article.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul></footer>`
      : '';
  return `<article class="news-article" lang="${escapeHtml(article.language)}" dir="${direction}"><header>${header}</header><div class="article-body">${body}</div>${tags}</article>`;
}

function jsonLd(article: Article, canonical: string, image: string | undefined): string {
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(articleDescription(article) ? { description: articleDescription(article) } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    dateCreated: article.createdAt,
    dateModified: article.updatedAt,
    ...(article.exportedAt ? { datePublished: article.exportedAt } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
    inLanguage: article.language,
    ...(article.dateline.place ? { dateline: article.dateline.date ? `${article.dateline.place}, ${article.dateline.date}` : article.dateline.place } : {}),
    ...(image ? { image } : {}),
    mainEntityOfPage: canonical,
  });
}

/**
 * Renders an article as semantic HTML5 for both preview and export. Content never brings a script,
 * a handler, a style attribute or an unsafe URL; the editorial note never appears.
 */
export function renderArticleHtml(article: Article, options: ArticleHtmlOptions): string {
  const mediaUrl = options.mediaUrl ?? ((source: string) => source);
  const element = renderArticleElement(article, mediaUrl);
  if (options.form === 'fragment') return element;

  const direction = directionOfLanguage(article.language);
  const siteUrl = options.site?.url || options.siteUrl;
  const canonical = canonicalUrl(article, siteUrl);
  const description = articleDescription(article);
  const imageSource = mediaSourcesOf(article.body)[0];
  const image = imageSource ? mediaUrl(imageSource) : undefined;
  const locale = article.language.startsWith('ar') ? 'ar_AR' : article.language.replace('-', '_');
  const meta = [
    ['name', 'description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', article.headline],
    ['property', 'og:description', description],
    ['property', 'og:url', canonical],
    ['property', 'og:locale', locale],
    ['property', 'og:site_name', options.site?.name ?? ''],
    ['property', 'og:image', image ?? ''],
    ['property', 'article:section', article.section],
    ['property', 'article:modified_time', article.updatedAt],
    ...article.tags.map((tag) => ['property', 'article:tag', tag] as const),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', article.headline],
    ['name', 'twitter:description', description],
  ] as const;
  const accent = options.site?.accentColor && /^#[0-9a-fA-F]{6}$/.test(options.site.accentColor) ? options.site.accentColor : defaultAccent;
  const head = [
    '<meta charset="utf-8">',
    options.contentSecurityPolicy ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.contentSecurityPolicy)}">` : '',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.headline)}</title>`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    ...meta.filter(([, , content]) => content).map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content)}">`),
    `<script type="application/ld+json">${jsonLd(article, canonical, image)}</script>`,
    options.stylesheet ? `<style>${options.fontFaceCss ?? ''}\n${articleStylesheet(accent)}</style>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const site = options.site;
  const siteHeader = site
    ? `<header class="site-header">${isMediaSource(site.logo) ? `<img src="${escapeHtml(mediaUrl(site.logo))}" alt="">` : ''}<p class="site-name">${escapeHtml(site.name)}</p></header>`
    : '';
  const siteFooter = site ? `<footer class="site-footer">© ${escapeHtml(site.name)}</footer>` : '';
  return `<!doctype html>\n<html lang="${escapeHtml(article.language)}" dir="${direction}">\n<head>\n${head}\n</head>\n<body>\n${siteHeader}${element}${siteFooter}\n</body>\n</html>\n`;
}
