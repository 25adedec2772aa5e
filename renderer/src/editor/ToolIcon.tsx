const paths = {
  link: 'M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1a2.5 2.5 0 01-3.5-3.5l1-1',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10.5 6.5a.5.5 0 110-1 .5.5 0 010 1',
  embed: 'M2.5 3.5h11v9h-11zM5 8h6M5 10h4M5 6h2',
  find: 'M7 11.5a4.5 4.5 0 110-9 4.5 4.5 0 010 9zM10.2 10.2l3.3 3.3',
  table: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.2 3.5v9M9.8 3.5v9',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v5M9.5 6.5v5',
} as const;

/** A small line icon for the toolbar and the library, so no glyph depends on an emoji font being installed. */
export function ToolIcon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
