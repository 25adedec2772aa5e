import type { Article } from '../../../core/article/article-schema';
import type { SiteBranding } from '../../../core/settings/settings-schema';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { fieldDirection } from '../../../core/text/field-direction';
import { truncateText } from '../../../core/text/truncate-text';

interface SocialCardProps {
  readonly article: Article;
  readonly site: SiteBranding;
  readonly image: string | undefined;
  readonly description: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** How the Open Graph card will look when the story is shared. */
export function SocialCard({ article, site, image, description }: SocialCardProps) {
  return (
    <div className="social-preview">
      <article className="social-card" dir={directionOfLanguage(article.language)} lang={article.language} data-testid="social-card">
        {image ? <img className="social-card-image" src={image} alt="" /> : <div className="social-card-image social-card-image--empty" aria-hidden="true">{site.name}</div>}
        <div className="social-card-text">
          <span className="social-card-site" dir={fieldDirection(hostOf(site.url) || site.name, 'ltr')}>{hostOf(site.url) || site.name}</span>
          <strong className="social-card-title">{truncateText(article.headline, 90)}</strong>
          <span className="social-card-description">{truncateText(description, 140)}</span>
        </div>
      </article>
    </div>
  );
}
