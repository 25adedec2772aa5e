import { mergeAttributes, Node } from '@tiptap/core';
import { isSafeLinkUrl } from '../text/is-safe-link-url';
import { embedProviderOf } from './embed-provider-of';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embedCard: {
      /** Inserts a card for a tweet, video or page; refused unless the URL is http or https. */
      insertEmbedCard: (attributes: { url: string; title?: string }) => ReturnType;
    };
  }
}

/** An embedded tweet, video or page, kept as a link card: nothing loads from the network. */
export const EmbedCard = Node.create({
  name: 'embedCard',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      url: { default: null },
      title: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure.embed-card',
        getAttrs: (element) => {
          const link = element.querySelector('a');
          const url = link?.getAttribute('href');
          if (!url || !isSafeLinkUrl(url) || url.startsWith('mailto:')) return false;
          return { url, title: element.querySelector('.embed-title')?.textContent ?? '' };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const url = node.attrs.url as string | null;
    const title = (node.attrs.title as string) || url || '';
    const safe = url && isSafeLinkUrl(url) ? url : undefined;
    const provider = safe ? embedProviderOf(safe) : 'page';
    return [
      'figure',
      mergeAttributes(
        Object.fromEntries(Object.entries(HTMLAttributes).filter(([name]) => !['url', 'title'].includes(name))),
        { class: 'embed-card', 'data-provider': provider },
      ),
      [
        'a',
        safe ? { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank' } : {},
        ['span', { class: 'embed-title' }, title],
        ['span', { class: 'embed-url', dir: 'ltr' }, safe ?? ''],
      ],
    ];
  },

  addCommands() {
    return {
      insertEmbedCard:
        ({ url, title }) =>
        ({ commands }) =>
          isSafeLinkUrl(url) && !url.startsWith('mailto:') && commands.insertContent({ type: this.name, attrs: { url: url.trim(), title: title ?? '' } }),
    };
  },
});
