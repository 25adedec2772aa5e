import { isSafeLinkUrl } from '../text/is-safe-link-url';
import { embedProviderOf } from './embed-provider-of';
import type { HtmlSpec } from './html-spec';

/** The one HTML of an embed kept as a link card, for the editor and the exports; null for an unsafe address. */
export function embedCardMarkup(attributes: Readonly<Record<string, unknown>> | undefined): HtmlSpec | null {
  const url = typeof attributes?.url === 'string' ? attributes.url.trim() : '';
  if (!isSafeLinkUrl(url) || url.startsWith('mailto:')) return null;
  const title = typeof attributes?.title === 'string' && attributes.title ? attributes.title : url;
  return [
    'figure',
    { class: 'embed-card', 'data-provider': embedProviderOf(url) },
    ['a', { href: url, rel: 'noopener noreferrer nofollow' }, ['span', { class: 'embed-title' }, title], ' ', ['span', { class: 'embed-url', dir: 'ltr' }, url]],
  ];
}
