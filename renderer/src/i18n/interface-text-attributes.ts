import type { Messages } from '../../../core/i18n/messages';

/** The dir and lang of the interface's own words, for chrome that sits inside a story laid out in the story's language. */
export function interfaceTextAttributes(text: Messages): { readonly dir: Messages['direction']; readonly lang: Messages['language'] } {
  return { dir: text.direction, lang: text.language };
}
