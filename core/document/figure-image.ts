import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { figureImageMarkup } from './figure-image-markup';
import type { HtmlSpec } from './html-spec';
import { withoutNodeAttributes } from './without-node-attributes';
import { isMediaSource } from './media-source';

export interface FigureImageAttributes {
  readonly src: string;
  readonly alt: string;
  readonly caption: string;
  readonly credit: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureImage: {
      /** Inserts an image already copied into the library. */
      insertFigureImage: (attributes: Partial<FigureImageAttributes> & { src: string }) => ReturnType;
      /** Updates the caption, credit or alt text of the selected image. */
      updateFigureImage: (attributes: Partial<Omit<FigureImageAttributes, 'src'>>) => ReturnType;
    };
  }
}

/** An image with caption, credit and alt text; its source is always a file inside the library. */
export const FigureImage = Node.create({
  name: 'figureImage',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const image = element.querySelector('img');
          const source = image?.getAttribute('src');
          if (!isMediaSource(source)) return false;
          return {
            src: source,
            alt: image?.getAttribute('alt') ?? '',
            caption: element.querySelector('figcaption .caption')?.textContent ?? '',
            credit: element.querySelector('figcaption .credit')?.textContent ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => {
          const source = element.getAttribute('src');
          return isMediaSource(source) ? { src: source, alt: element.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const [tag, attributes, ...children] = (figureImageMarkup(node.attrs) ?? ['figure', { class: 'figure-image' }]) as Exclude<HtmlSpec, string>;
    return [tag, mergeAttributes(withoutNodeAttributes(HTMLAttributes, ['src', 'alt', 'caption', 'credit']), attributes), ...children] as DOMOutputSpec;
  },

  addCommands() {
    return {
      insertFigureImage:
        (attributes) =>
        ({ commands }) =>
          isMediaSource(attributes.src) && commands.insertContent({ type: this.name, attrs: attributes }),
      updateFigureImage:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    };
  },
});
