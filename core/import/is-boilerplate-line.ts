import { listMarker } from './list-marker';

const boilerplatePhrases = [
  'الأكثر قراءة', 'الاكثر قراءة', 'اقرأ أيضا', 'اقرأ أيضًا', 'اقرأ ايضا', 'شارك', 'مشاركة', 'مواضيع ذات صلة', 'أخبار ذات صلة',
  'تابعونا', 'جميع الحقوق محفوظة', 'حقوق النشر', 'شعار', 'الرئيسية',
  'most read', 'read also', 'read more', 'share', 'share this', 'related', 'related articles', 'no stories found', 'logo',
  'all rights reserved', 'copyright', 'advertisement', 'follow us', 'subscribe', 'home',
];
const maximumWords = 6;

function isKnownPhrase(text: string): boolean {
  return boilerplatePhrases.includes(text.toLowerCase().replace(/[.!:؛،,]+$/u, '').trim());
}

/** Whether a line at the end of scraped copy is site furniture rather than part of the story. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  // A list item is short and unpunctuated by nature: only a known phrase, an address or a notice marks it as furniture.
  if (listMarker.test(text)) {
    const item = text.replace(listMarker, '');
    return isKnownPhrase(item) || /^(https?:\/\/)\S+$/i.test(item) || /©|copyright/i.test(item);
  }
  const words = text.split(/\s+/).length;
  if (words > maximumWords) return /©|all rights reserved|جميع الحقوق محفوظة/i.test(text);
  if (isKnownPhrase(text)) return true;
  if (/^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(text)) return true;
  if (/©|copyright/i.test(text)) return true;
  return !/[.!?؟…"»”:]$/u.test(text);
}
