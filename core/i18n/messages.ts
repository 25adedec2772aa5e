import type { ApiErrorCode } from '../api/api-error';
import type { ArticleStatus } from '../article/article-schema';
import type { InterfaceLanguage } from '../settings/settings-schema';

const arabic = {
  appName: 'غرفة الأخبار',
  library: 'المكتبة',
  newArticle: 'مقال جديد',
  untitled: 'بلا عنوان',
  deleteArticle: 'نقل إلى المهملات',
  trash: 'المهملات',
  emptyTrash: 'المهملات فارغة.',
  restore: 'استعادة',
  backToLibrary: 'العودة إلى المكتبة',
  noArticles: 'لا توجد مقالات بعد.',
  noArticleSelected: 'اختر مقالًا من المكتبة أو أنشئ مقالًا جديدًا.',
  headline: 'العنوان',
  headlinePlaceholder: 'اكتب العنوان هنا',
  body: 'نص المقال',
  saved: 'محفوظ',
  saving: 'جارٍ الحفظ…',
  unsaved: 'تغييرات غير محفوظة',
  saveFailed: 'لم يُحفظ',
  retrySave: 'إعادة المحاولة',
  conflict: 'تغيّر هذا المقال في مكان آخر. لم يُكتب فوق التغييرات الأخرى.',
  loadTheirs: 'تحميل النسخة الأحدث',
  keepMine: 'الإبقاء على نسختي',
  settings: 'الإعدادات',
  interfaceLanguage: 'لغة الواجهة',
  authorName: 'اسم الكاتب',
  dataDirectory: 'مجلد البيانات',
  dataDirectoryHint: 'يُطبَّق بعد إعادة التشغيل. اتركه فارغًا للمجلد الافتراضي.',
  exportDirectory: 'مجلد التصدير',
  close: 'إغلاق',
  saveSettings: 'حفظ الإعدادات',
  quarantineNotice: (count: number) =>
    count === 1
      ? 'تعذّرت قراءة ملف واحد فنُقل إلى الحجر مع سبب ذلك؛ بقية المكتبة سليمة.'
      : `تعذّرت قراءة ${count} ملفات فنُقلت إلى الحجر مع أسباب ذلك؛ بقية المكتبة سليمة.`,
  settingsRecovered: (backup: string) => `كان ملف الإعدادات تالفًا، فحُفظت نسخة منه في ${backup} واستُعيدت الإعدادات الافتراضية.`,
  dismiss: 'إخفاء',
  deletedToast: 'نُقل المقال إلى المهملات.',
  undo: 'تراجع',
  status: {
    draft: 'مسودة',
    'in-review': 'قيد المراجعة',
    approved: 'معتمد',
    exported: 'مُصدَّر',
  } satisfies Record<ArticleStatus, string>,
  errors: {
    'invalid-input': 'البيانات غير صالحة.',
    'not-found': 'المقال غير موجود.',
    conflict: 'تغيّر المقال في مكان آخر.',
    'read-only': 'مجلد البيانات للقراءة فقط، فلا يمكن الحفظ فيه.',
    storage: 'تعذّرت القراءة من القرص أو الكتابة عليه.',
    'unknown-method': 'طلب غير معروف.',
    unauthorized: 'الطلب غير مصرّح به. افتح التطبيق من العنوان الذي طبعه الأمر.',
    transport: 'تعذّر الاتصال بالتطبيق.',
    internal: 'حدث خطأ غير متوقع.',
  } satisfies Record<ApiErrorCode, string>,
  menu: {
    file: 'ملف',
    edit: 'تحرير',
    view: 'عرض',
    save: 'حفظ',
    quit: 'خروج',
  },
};

export type Messages = typeof arabic;

const english: Messages = {
  appName: 'Newsroom',
  library: 'Library',
  newArticle: 'New article',
  untitled: 'Untitled',
  deleteArticle: 'Move to trash',
  trash: 'Trash',
  emptyTrash: 'The trash is empty.',
  restore: 'Restore',
  backToLibrary: 'Back to the library',
  noArticles: 'No articles yet.',
  noArticleSelected: 'Choose an article from the library or create a new one.',
  headline: 'Headline',
  headlinePlaceholder: 'Write the headline here',
  body: 'Article body',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  saveFailed: 'Not saved',
  retrySave: 'Retry',
  conflict: 'This article changed elsewhere. The other changes were not overwritten.',
  loadTheirs: 'Load the newer version',
  keepMine: 'Keep my version',
  settings: 'Settings',
  interfaceLanguage: 'Interface language',
  authorName: 'Author name',
  dataDirectory: 'Data folder',
  dataDirectoryHint: 'Applies after a restart. Leave empty for the default folder.',
  exportDirectory: 'Export folder',
  close: 'Close',
  saveSettings: 'Save settings',
  quarantineNotice: (count: number) =>
    count === 1
      ? 'One file could not be read and was moved to quarantine with the reason; the rest of the library is fine.'
      : `${count} files could not be read and were moved to quarantine with the reasons; the rest of the library is fine.`,
  settingsRecovered: (backup: string) => `The settings file was damaged: a copy was kept at ${backup} and defaults were restored.`,
  dismiss: 'Dismiss',
  deletedToast: 'The article was moved to the trash.',
  undo: 'Undo',
  status: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', exported: 'Exported' },
  errors: {
    'invalid-input': 'The data is not valid.',
    'not-found': 'The article does not exist.',
    conflict: 'The article changed elsewhere.',
    'read-only': 'The data folder is read-only, so nothing can be saved there.',
    storage: 'Could not read from or write to the disk.',
    'unknown-method': 'Unknown request.',
    unauthorized: 'The request was not authorised. Open the app from the address the command printed.',
    transport: 'Could not reach the app.',
    internal: 'Something unexpected went wrong.',
  },
  menu: { file: 'File', edit: 'Edit', view: 'View', save: 'Save', quit: 'Quit' },
};

export const messages: Readonly<Record<InterfaceLanguage, Messages>> = { ar: arabic, en: english };

/** The UI text in one interface language. */
export function messagesFor(language: InterfaceLanguage): Messages {
  return messages[language];
}
