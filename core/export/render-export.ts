import type { Article } from '../article/article-schema';
import type { DateStyle } from '../settings/settings-schema';
import { exportArticleJson } from './export-article-json';
import { exportArticleNinjs } from './export-article-ninjs';
import { renderArticleHtml } from './render-article-html';

export const exportFormats = ['html', 'json', 'ninjs'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRenderOptions {
  /** HTML only: the <article> fragment instead of a whole page. */
  readonly fragment?: boolean;
  /** HTML only: @font-face rules embedding the bundled fonts. */
  readonly fontFaceCss?: string;
  readonly siteUrl?: string;
  /** HTML only: the site's name and logo, for the page's publisher metadata. */
  readonly siteName?: string;
  readonly siteLogo?: string;
  /** HTML only: how dates are written. */
  readonly dateStyle?: DateStyle;
}

export const exportExtensions: Readonly<Record<ExportFormat, string>> = { html: 'html', json: 'json', ninjs: 'ninjs.json' };

/** One article in one export format, as the text of the file. */
export function renderExport(article: Article, format: ExportFormat, options: ExportRenderOptions = {}): string {
  switch (format) {
    case 'html':
      return renderArticleHtml(article, {
        form: options.fragment ? 'fragment' : 'document',
        stylesheet: true,
        fontFaceCss: options.fontFaceCss,
        siteUrl: options.siteUrl,
        siteName: options.siteName,
        siteLogo: options.siteLogo,
        dateStyle: options.dateStyle,
      });
    case 'json':
      return `${JSON.stringify(exportArticleJson(article), null, 2)}\n`;
    case 'ninjs':
      return `${JSON.stringify(exportArticleNinjs(article), null, 2)}\n`;
  }
}
