import type { HtmlSpec } from '../document/html-spec';
import { escapeHtml } from './escape-html';

const voidElements = new Set(['img', 'br', 'hr']);

/** Serialises markup from the document's node definitions, every text and attribute value escaped. */
export function renderHtmlSpec(spec: HtmlSpec): string {
  if (typeof spec === 'string') return escapeHtml(spec);
  const [tag, attributes, ...children] = spec;
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (voidElements.has(tag)) return `<${tag}${attributeText}>`;
  return `<${tag}${attributeText}>${children.map(renderHtmlSpec).join('')}</${tag}>`;
}
