import type { HtmlSpec } from './html-spec';
import { isMediaSource } from './media-source';

/** The one HTML of an image with its caption and credit, for the editor and the exports; null without a library image. */
export function figureImageMarkup(attributes: Readonly<Record<string, unknown>> | undefined, mediaUrl: (source: string) => string = (source) => source): HtmlSpec | null {
  const source = attributes?.src;
  if (!isMediaSource(source)) return null;
  const text = (name: string) => (typeof attributes?.[name] === 'string' ? (attributes[name] as string) : '');
  const caption = text('caption');
  const credit = text('credit');
  const parts: HtmlSpec[] = [
    ...(caption ? [['span', { class: 'caption' }, caption] as const] : []),
    ...(caption && credit ? [' '] : []),
    ...(credit ? [['span', { class: 'credit' }, credit] as const] : []),
  ];
  return [
    'figure',
    { class: 'figure-image' },
    ['img', { src: mediaUrl(source), alt: text('alt'), loading: 'lazy' }],
    ...(parts.length > 0 ? [['figcaption', {}, ...parts] as const] : []),
  ];
}
