import type { DateStyle } from '../settings/settings-schema';

/** The Intl locale that writes the language in the desk's style: Arabic digits and month names as chosen, Latin for other languages. */
export function localeFor(language: string, style: DateStyle, calendar?: string): string {
  const extensions = calendar ? `-u-ca-${calendar}` : '-u';
  if (!language.startsWith('ar')) return `${language}${extensions}-nu-latn`;
  const region = style.monthNames === 'levant' ? 'SY' : 'EG';
  return `ar-${region}${extensions}-nu-${style.digits === 'arabic-indic' ? 'arab' : 'latn'}`;
}
