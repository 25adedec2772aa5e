import type { DocumentMark, DocumentNode } from '../article/article-schema';
import { embedCardMarkup } from '../document/embed-card-markup';
import { figureImageMarkup } from '../document/figure-image-markup';
import { detectDirection, type TextDirection } from '../text/detect-direction';
import { isAllowedLink } from '../text/is-allowed-link';
import { linkTargetOf } from '../text/link-target-of';
import { documentText } from '../document/document-text';
import { escapeHtml } from './escape-html';
import { renderHtmlSpec } from './render-html-spec';

export interface BodyRenderOptions {
  /** The direction of the document the body sits in; blocks say `dir` only where they differ. */
  readonly direction: TextDirection;
  /** Inline HTML put at the start of the first paragraph (the dateline). */
  readonly leadIn?: string;
  /** Where an image from the library is found from the page (default: its library path). */
  readonly mediaUrl?: (source: string) => string;
}

const blockTags: Readonly<Record<string, string>> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
};

function attribute(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}

function renderMarks(text: string, marks: readonly DocumentMark[] | undefined): string {
  let html = escapeHtml(text).replace(/\n/g, '<br>');
  for (const mark of [...(marks ?? [])].reverse()) {
    switch (mark.type) {
      case 'bold':
        html = `<strong>${html}</strong>`;
        break;
      case 'italic':
        html = `<em>${html}</em>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'link': {
        const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
        // An address kept without its scheme (pasted as href="example.org") is written in full.
        if (isAllowedLink(href)) html = `<a href="${escapeHtml(linkTargetOf(href))}" rel="noopener noreferrer nofollow">${html}</a>`;
        break;
      }
      default:
        break;
    }
  }
  return html;
}

function isEmptyParagraph(node: DocumentNode): boolean {
  return node.type === 'paragraph' && documentText(node).trim() === '' && !(node.content ?? []).some((child) => child.type === 'hardBreak');
}

/**
 * Renders a TipTap/ProseMirror body as clean HTML from a fixed list of elements: whatever the JSON
 * holds, no script, handler, style or unsafe URL can come out of it.
 */
export function renderBodyHtml(body: DocumentNode, options: BodyRenderOptions): string {
  let leadInPending = options.leadIn;
  const mediaUrl = options.mediaUrl ?? ((source: string) => source);

  const renderChildren = (node: DocumentNode, direction: TextDirection): string =>
    (node.content ?? []).map((child) => renderNode(child, direction)).join('');

  const directionOf = (node: DocumentNode, parent: TextDirection): TextDirection => {
    const chosen = node.attrs?.dir;
    if (chosen === 'rtl' || chosen === 'ltr') return chosen;
    return detectDirection(documentText(node)) ?? parent;
  };

  const renderNode = (node: DocumentNode, parent: TextDirection): string => {
    switch (node.type) {
      case 'text':
        return renderMarks(node.text ?? '', node.marks);
      case 'hardBreak':
        return '<br>';
      case 'horizontalRule':
        return '<hr>';
      case 'heading': {
        const level = node.attrs?.level === 3 ? 3 : 2;
        const direction = directionOf(node, parent);
        return `<h${level}${direction !== parent ? attribute('dir', direction) : ''}>${renderChildren(node, direction)}</h${level}>`;
      }
      case 'paragraph':
      case 'bulletList':
      case 'orderedList':
      case 'listItem':
      case 'blockquote':
      case 'pullQuote': {
        const tag = blockTags[node.type] ?? 'blockquote';
        const direction = directionOf(node, parent);
        const start = node.type === 'orderedList' && Number.isInteger(node.attrs?.start) && Number(node.attrs?.start) > 1 ? Number(node.attrs?.start) : undefined;
        const classes = node.type === 'pullQuote' ? ' class="pull-quote"' : '';
        let inner = renderChildren(node, direction);
        if (node.type === 'paragraph' && leadInPending !== undefined) {
          inner = leadInPending + inner;
          leadInPending = undefined;
        }
        return `<${tag}${classes}${direction !== parent ? attribute('dir', direction) : ''}${attribute('start', start)}>${inner}</${tag}>`;
      }
      case 'table': {
        const rows = node.content ?? [];
        // A first row of header cells is the table's head, as screen readers and CMS styles expect.
        const headed = rows.length > 1 && (rows[0]?.content ?? []).every((cell) => cell.type === 'tableHeader');
        const head = headed ? `<thead>${renderNode(rows[0]!, parent)}</thead>` : '';
        const bodyRows = (headed ? rows.slice(1) : rows).map((row) => renderNode(row, parent)).join('');
        return `<table>${head}<tbody>${bodyRows}</tbody></table>`;
      }
      case 'tableRow':
        return `<tr>${renderChildren(node, parent)}</tr>`;
      case 'tableHeader':
      case 'tableCell': {
        const tag = node.type === 'tableHeader' ? 'th' : 'td';
        const span = (value: unknown) => (Number.isInteger(value) && Number(value) > 1 ? Number(value) : undefined);
        const direction = directionOf(node, parent);
        const blocks = node.content ?? [];
        // A cell of one paragraph holds its text directly; more keep their paragraphs.
        const inner = blocks.length === 1 && blocks[0]?.type === 'paragraph' ? renderChildren(blocks[0], direction) : renderChildren(node, direction);
        return `<${tag}${attribute('colspan', span(node.attrs?.colspan))}${attribute('rowspan', span(node.attrs?.rowspan))}${direction !== parent ? attribute('dir', direction) : ''}>${inner}</${tag}>`;
      }
      case 'figureImage': {
        const markup = figureImageMarkup(node.attrs, mediaUrl);
        return markup ? renderHtmlSpec(markup) : '';
      }
      case 'embedCard': {
        const markup = embedCardMarkup(node.attrs);
        return markup ? renderHtmlSpec(markup) : '';
      }
      default:
        // Unknown nodes (from a newer schema or a hand-edited file) keep their text, never their markup.
        return renderChildren(node, parent);
    }
  };

  // The editor always keeps an empty paragraph to type into at the end; the CMS must not get it.
  const blocks = [...(body.content ?? [])];
  while (blocks.length > 0 && isEmptyParagraph(blocks[blocks.length - 1]!)) blocks.pop();
  const html = blocks.map((child) => renderNode(child, options.direction)).join('');
  return leadInPending !== undefined ? `<p>${leadInPending}</p>${html}` : html;
}
