import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** The article document schema, shared by the editor and anything that renders a body. */
export function documentExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      link: { openOnClick: false, autolink: false, protocols: ['mailto'], defaultProtocol: 'https' },
    }),
  ];
}
