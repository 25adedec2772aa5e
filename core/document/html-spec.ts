/**
 * Markup in ProseMirror's DOMOutputSpec array form, `[tag, attributes, ...children]`, with text as
 * strings. TipTap's renderHTML returns it as it is; the exporter serialises it (renderHtmlSpec).
 */
export type HtmlSpec = string | readonly [string, Readonly<Record<string, string>>, ...HtmlSpec[]];
