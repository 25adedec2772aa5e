import type { NewsArticle, WithContext } from 'schema-dts';
import type { Article } from '../article/article-schema';
import { documentText } from '../document/document-text';
import { truncateText } from '../text/truncate-text';
import { isMediaSource } from '../document/media-source';
import { mediaSourcesOf } from '../document/media-sources-of';
import { defaultDateStyle, type DateStyle, type SiteBranding } from '../settings/settings-schema';
import { formatDate } from '../text/format-date';
import { dateModified } from '../article/date-modified';
import { directionOfLanguage } from '../text/direction-of-language';
import { fieldDirection } from '../text/field-direction';
import { articleStylesheet } from './article-stylesheet';
import { escapeHtml } from './escape-html';
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
  /** The publisher in the page's metadata even without the template. */
  readonly siteName?: string;
  /** The site's logo (a library image), for the publisher. */
  readonly siteLogo?: string;
  /** A Content-Security-Policy for the page's <meta> (the preview sets one). */
  readonly contentSecurityPolicy?: string;
  /** Where an image from the library is found from the page. */
  readonly mediaUrl?: (source: string) => string;
  /** How dates are written (digits, calendar, month names); the defaults otherwise. */
  readonly dateStyle?: DateStyle;
}

const labels = {
  rtl: { tags: 'الوسوم', by: '', dateline: ' ـ ', correction: 'تصحيح', update: 'تحديث', notices: 'تصحيحات وتحديثات' },
  ltr: { tags: 'Tags', by: 'By ', dateline: ' — ', correction: 'Correction', update: 'Update', notices: 'Corrections and updates' },
} as const;

const defaultAccent = '#8c1c13';

const descriptionLimit = 160;

/** The description search engines and social cards show: the summary, else the standfirst, else the first paragraph, cut at a word near 160 characters. */
export function articleDescription(article: Article): string {
  const firstParagraph = (article.body.content ?? []).find((node) => node.type === 'paragraph' && documentText(node).trim() !== '');
  const source = article.summary.trim() || article.standfirst.trim() || (firstParagraph ? documentText(firstParagraph) : '');
  return truncateText(source.replace(/\s+/g, ' '), descriptionLimit);
}

/** The site's address without a trailing slash, when one is set (absolute links need it). */
function siteBase(siteUrl: string | undefined): string | undefined {
  return siteUrl && /^https?:\/\//.test(siteUrl) ? siteUrl.replace(/\/+$/, '') : undefined;
}

/** The article's address on the site; undefined without a site address (a relative canonical misleads crawlers). */
function canonicalUrl(article: Article, siteUrl: string | undefined): string | undefined {
  const base = siteBase(siteUrl);
  return base ? `${base}/${encodeURIComponent(safeFileStem(article.slug || article.id, article.id))}` : undefined;
}

/** When the story is dated: its dateline date, else its last update. */
function articleTimeHtml(article: Article, dateStyle: DateStyle): string {
  if (article.dateline.date) return '';
  return `<p class="updated"><time datetime="${escapeHtml(article.updatedAt)}">${escapeHtml(formatDate(article.updatedAt.slice(0, 10), article.language, dateStyle))}</time></p>`;
}

/** Correction and update notices, newest first, each with its date: readers see what changed and when. */
function correctionsHtml(article: Article, direction: 'rtl' | 'ltr', dateStyle: DateStyle): string {
  if (article.corrections.length === 0) return '';
  const text = labels[direction];
  const notices = [...article.corrections]
    .sort((first, second) => Date.parse(second.at) - Date.parse(first.at))
    .map((notice) => `<li class="notice notice--${notice.kind}"><strong>${text[notice.kind]}</strong> <time datetime="${escapeHtml(notice.at)}">${escapeHtml(formatDate(notice.at, article.language, dateStyle, 'date-time'))}</time>: <span${fieldDirection(notice.text, direction) === direction ? '' : ` dir="${fieldDirection(notice.text, direction)}"`}>${escapeHtml(notice.text)}</span></li>`)
    .join('');
  return `<aside class="article-corrections" aria-label="${text.notices}"><ul>${notices}</ul></aside>`;
}

function datelineHtml(article: Article, direction: 'rtl' | 'ltr', dateStyle: DateStyle): string | undefined {
  const place = article.dateline.place.trim();
  if (!place) return undefined;
  const shown = direction === 'rtl' ? place : place.toLocaleUpperCase(article.language);
  const time = article.dateline.date
    ? ` <time datetime="${escapeHtml(article.dateline.date)}">${escapeHtml(formatDate(article.dateline.date, article.language, dateStyle))}</time>`
    : '';
  return `<span class="dateline">${escapeHtml(shown)}${time}${labels[direction].dateline}</span>`;
}

/** The <article> element: identical in the preview, the standalone page and the CMS fragment. */
export function renderArticleElement(article: Article, { mediaUrl, dateStyle = defaultDateStyle }: Pick<ArticleHtmlOptions, 'mediaUrl' | 'dateStyle'> = {}): string {
  const direction = directionOfLanguage(article.language);
  const text = labels[direction];
  // A field whose letters mostly run the other way ("WHO" in an English piece's Arabic headline) says so.
  const directed = (value: string) => (fieldDirection(value, direction) === direction ? '' : ` dir="${fieldDirection(value, direction)}"`);
  const header = [
    article.section ? `<p class="section"${directed(article.section)}>${escapeHtml(article.section)}</p>` : '',
    `<h1${directed(article.headline)}>${escapeHtml(article.headline)}</h1>`,
    article.standfirst ? `<p class="standfirst"${directed(article.standfirst)}>${escapeHtml(article.standfirst)}</p>` : '',
    article.byline ? `<p class="byline">${text.by}<span class="author"${directed(article.byline)}>${escapeHtml(article.byline)}</span></p>` : '',
    articleTimeHtml(article, dateStyle),
  ].join('');
  const body = renderBodyHtml(article.body, { direction, leadIn: datelineHtml(article, direction, dateStyle), mediaUrl });
  const tags =
    article.tags.length > 0
      ? `<footer class="article-tags"><h2>${text.tags}</h2><ul>${article.tags.map((tag) => `<li${directed(tag)}>${escapeHtml(tag)}</li>`).join('')}</ul></footer>`
      : '';
  return `<article class="news-article" lang="${escapeHtml(article.language)}" dir="${direction}"><header>${header}</header>${correctionsHtml(article, direction, dateStyle)}<div class="article-body">${body}</div>${tags}</article>`;
}

interface Publisher {
  readonly name: string;
  readonly logo?: string;
}

function jsonLd(article: Article, canonical: string | undefined, image: string | undefined, publisher: Publisher | undefined): string {
  const description = articleDescription(article);
  const data: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(description ? { description } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    dateCreated: article.createdAt,
    datePublished: article.exportedAt ?? (article.dateline.date || article.createdAt),
    dateModified: dateModified(article),
    ...(publisher?.name ? { publisher: { '@type': 'Organization', name: publisher.name, ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}) } } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
    inLanguage: article.language,
    ...(article.dateline.place ? { dateline: article.dateline.date ? `${article.dateline.place}, ${article.dateline.date}` : article.dateline.place } : {}),
    ...(image ? { image: [image] } : {}),
    ...(canonical ? { url: canonical, mainEntityOfPage: canonical } : {}),
  };
  return jsonForScript(data);
}

/**
 * Renders an article as semantic HTML5 for both preview and export. Content never brings a script,
 * a handler, a style attribute or an unsafe URL; the editorial note never appears.
 */
export function renderArticleHtml(article: Article, options: ArticleHtmlOptions): string {
  const mediaUrl = options.mediaUrl ?? ((source: string) => source);
  const element = renderArticleElement(article, { mediaUrl, dateStyle: options.dateStyle });
  if (options.form === 'fragment') return element;

  const direction = directionOfLanguage(article.language);
  const siteUrl = options.site?.url || options.siteUrl;
  const base = siteBase(siteUrl);
  const canonical = canonicalUrl(article, siteUrl);
  const description = articleDescription(article);
  const socialTitle = article.socialTitle.trim() || article.headline;
  const socialDescription = article.socialDescription.trim() || description;
  const imageSource = mediaSourcesOf(article.body)[0];
  // Crawlers and social cards need absolute image addresses: the site's copy of the exported media.
  const image = imageSource ? (base ? `${base}/${imageSource}` : mediaUrl(imageSource)) : undefined;
  const siteName = options.site?.name ?? options.siteName;
  const logo = options.site?.logo ?? options.siteLogo;
  const publisher = siteName ? { name: siteName, ...(base && isMediaSource(logo) ? { logo: `${base}/${logo}` } : {}) } : undefined;
  const locale = article.language.startsWith('ar') ? 'ar_AR' : article.language.replace('-', '_');
  const meta = [
    ['name', 'description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', socialTitle],
    ['property', 'og:description', socialDescription],
    ['property', 'og:url', canonical ?? ''],
    ['property', 'og:locale', locale],
    ['property', 'og:site_name', siteName ?? ''],
    ['property', 'og:image', image ?? ''],
    ['property', 'article:section', article.section],
    ['property', 'article:modified_time', dateModified(article)],
    ...article.tags.map((tag) => ['property', 'article:tag', tag] as const),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', socialTitle],
    ['name', 'twitter:description', socialDescription],
  ] as const;
  const accent = options.site?.accentColor && /^#[0-9a-fA-F]{6}$/.test(options.site.accentColor) ? options.site.accentColor : defaultAccent;
  const head = [
    '<meta charset="utf-8">',
    options.contentSecurityPolicy ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.contentSecurityPolicy)}">` : '',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.seoTitle.trim() || article.headline)}</title>`,
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '',
    ...meta.filter(([, , content]) => content).map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content)}">`),
    `<script type="application/ld+json">${jsonLd(article, canonical, image, publisher)}</script>`,
    options.stylesheet ? `<style>${options.fontFaceCss ?? ''}\n${articleStylesheet(accent)}</style>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const site = options.site;
  const siteHeader = site
    ? `<header class="site-header">${isMediaSource(site.logo) ? `<img src="${escapeHtml(mediaUrl(site.logo))}" alt="">` : ''}<p class="site-name">${escapeHtml(site.name)}</p></header>`
    : '';
  const siteFooter = site ? `<footer class="site-footer">© ${escapeHtml(site.name)}</footer>` : '';
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(article.language)}" dir="${direction}">\n<head>\n${head}\n</head>\n<body>\n${siteHeader}<main>${element}</main>${siteFooter}\n</body>\n</html>\n`;
}
