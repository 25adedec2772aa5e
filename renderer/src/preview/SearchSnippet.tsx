import type { Article } from '../../../core/article/article-schema';
import type { SiteBranding } from '../../../core/settings/settings-schema';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { truncateText } from '../../../core/text/truncate-text';

interface SearchSnippetProps {
  readonly article: Article;
  readonly site: SiteBranding;
  readonly description: string;
}

export const searchTitleLimit = 60;
export const searchDescriptionLimit = 160;

/** The result a search engine shows: title and description cut where search engines cut them. */
export function SearchSnippet({ article, site, description }: SearchSnippetProps) {
  const address = `${site.url.replace(/\/+$/, '') || site.name} › ${article.slug || article.id}`;
  return (
    <div className="search-preview">
      <article className="search-snippet" dir={directionOfLanguage(article.language)} lang={article.language} data-testid="search-snippet">
        <span className="search-site">{site.name}</span>
        <cite className="search-url" dir="ltr">{address}</cite>
        <h3 className="search-title">{truncateText(article.headline, searchTitleLimit)}</h3>
        <p className="search-description">{truncateText(description, searchDescriptionLimit)}</p>
      </article>
    </div>
  );
}
