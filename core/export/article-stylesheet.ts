/** The small stylesheet of an exported or previewed article: logical properties, so RTL and LTR both read right. */
export function articleStylesheet(accentColor: string): string {
  return `
:root { --accent: ${accentColor}; --ink: #1d1d1b; --muted: #5f5d57; --line: #d9d4c7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font-family: 'Noto Naskh Arabic', 'IBM Plex Sans Arabic', serif; line-height: 1.8; }
.site-header { display: flex; align-items: center; gap: 0.75rem; padding: 0.75rem 1.25rem; border-block-end: 4px solid var(--accent); font-family: 'IBM Plex Sans Arabic', sans-serif; }
.site-header img { block-size: 2.5rem; inline-size: auto; }
.site-name { font-size: 1.4rem; font-weight: 700; color: var(--accent); margin: 0; }
.site-footer { padding: 1.5rem 1.25rem; border-block-start: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; font-family: 'IBM Plex Sans Arabic', sans-serif; }
.news-article { max-inline-size: 42rem; margin-inline: auto; padding: 1.5rem 1.25rem 2rem; }
.news-article header .section { color: var(--accent); font-weight: 700; margin: 0 0 0.25rem; font-family: 'IBM Plex Sans Arabic', sans-serif; }
.news-article h1 { font-size: 2rem; line-height: 1.35; margin: 0 0 0.75rem; }
.standfirst { font-size: 1.2rem; color: var(--muted); margin: 0 0 0.75rem; }
.byline { font-size: 0.9rem; color: var(--muted); margin: 0 0 1.5rem; font-family: 'IBM Plex Sans Arabic', sans-serif; }
.article-corrections { margin: 0 0 1.5rem; padding: 0.6rem 1rem; border-inline-start: 4px solid var(--accent); background: #f7f4ee; font-family: 'IBM Plex Sans Arabic', sans-serif; font-size: 0.95rem; }
.article-corrections ul { list-style: none; margin: 0; padding: 0; }
.article-corrections li + li { margin-block-start: 0.4rem; }
.article-corrections strong { color: var(--accent); }
.article-body { font-size: 1.15rem; }
.article-body p { margin: 0 0 1em; }
.article-body h2 { font-size: 1.4rem; margin: 1.5rem 0 0.5rem; }
.article-body h3 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
.article-body ul, .article-body ol { padding-inline-start: 1.75rem; }
.article-body blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 4px solid var(--accent); color: var(--muted); }
.article-body blockquote.pull-quote { border: none; border-block: 3px solid var(--accent); padding: 0.75rem 1rem; font-size: 1.45rem; font-weight: 700; color: var(--ink); text-align: center; }
.article-body a { color: var(--accent); }
.article-body hr { border: none; border-block-start: 1px solid var(--line); margin: 1.5rem 0; }
.article-body table { border-collapse: collapse; inline-size: 100%; margin: 1.25rem 0; font-size: 1rem; font-variant-numeric: tabular-nums; }
.article-body th, .article-body td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: start; vertical-align: top; }
.article-body thead th { background: #f1eee7; }
.dateline { font-weight: 700; color: var(--accent); }
figure { margin: 1.25rem 0; }
figure img { display: block; max-inline-size: 100%; block-size: auto; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-block-start: 0.35rem; font-family: 'IBM Plex Sans Arabic', sans-serif; }
figcaption .credit::before { content: '— '; }
.embed-card { border: 1px solid var(--line); border-inline-start: 4px solid var(--accent); border-radius: 6px; padding: 0.75rem 1rem; font-family: 'IBM Plex Sans Arabic', sans-serif; }
.embed-card a { display: flex; flex-direction: column; color: var(--ink); text-decoration: none; }
.embed-card .embed-url { font-size: 0.8rem; color: var(--muted); text-align: start; overflow-wrap: anywhere; }
.article-tags { margin-block-start: 2rem; padding-block-start: 1rem; border-block-start: 1px solid var(--line); font-family: 'IBM Plex Sans Arabic', sans-serif; }
.article-tags h2 { font-size: 0.9rem; color: var(--muted); margin: 0 0 0.5rem; }
.article-tags ul { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0; padding: 0; }
.article-tags li { background: #f1eee7; border-radius: 999px; padding: 0.1rem 0.75rem; font-size: 0.9rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 11pt; }
  .site-header { border-block-end-width: 2px; }
  .site-footer, .embed-card .embed-url { display: none; }
  .news-article { max-inline-size: none; padding: 0; }
  .article-body a { color: inherit; text-decoration: none; }
  figure, blockquote, tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`.trim();
}
