import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isSafeLinkUrl } from '../text/is-safe-link-url';
import { embedCardMarkup } from './embed-card-markup';
import type { HtmlSpec } from './html-spec';
import { withoutNodeAttributes } from './without-node-attributes';

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
    const [tag, attributes, ...children] = (embedCardMarkup(node.attrs) ?? ['figure', { class: 'embed-card' }]) as Exclude<HtmlSpec, string>;
    return [tag, mergeAttributes(withoutNodeAttributes(HTMLAttributes, ['url', 'title']), attributes), ...children] as DOMOutputSpec;
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
