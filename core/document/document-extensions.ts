import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { isAllowedLink } from '../text/is-allowed-link';
import { isSafeLinkUrl } from '../text/is-safe-link-url';
import { linkTargetOf } from '../text/link-target-of';
import { ArabicTypography } from './arabic-typography';
import { ArticleHeading } from './article-heading';
import { BlockDirection } from './block-direction';
import { EmbedCard } from './embed-card';
import { FigureImage } from './figure-image';
import { FieldRewrite } from './field-rewrite';
import { FindReplace } from './find-replace';
import { PasteWithoutSpacing } from './paste-without-spacing';
import { PullQuote } from './pull-quote';

/** The article document schema, shared by the editor and everything that renders or parses a body. */
export function documentExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      strike: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // linkify finds e-mail addresses and mailto: itself; registering mailto again warned with every editor opened.
        isAllowedUri: isAllowedLink,
        shouldAutoLink: (url) => isSafeLinkUrl(linkTargetOf(url)),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    ArticleHeading,
    // Election results and budgets are tables; no resizing: the CMS sizes them, not the editor.
    TableKit.configure({ table: { resizable: false, allowTableNodeSelection: true } }),
    BlockDirection,
    PullQuote,
    FigureImage,
    EmbedCard,
  ];
}

/** The editing-only behaviour on top of the schema: helpers, find and replace, and pasting without Word's spacing. */
export function editingExtensions(): Extensions {
  return [ArabicTypography, FindReplace, PasteWithoutSpacing, FieldRewrite];
}
