import Heading from '@tiptap/extension-heading';

/**
 * Section headings (levels 2 and 3: the headline is the article's h1). A pasted or imported h1 becomes
 * a level-2 heading and h4–h6 a level-3 one, instead of losing their heading role.
 */
export const ArticleHeading = Heading.extend({
  parseHTML() {
    return [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ];
  },
}).configure({ levels: [2, 3] });
