import plexArabic400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?url';
import plexArabic600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2?url';
import naskhArabic400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import naskhArabic700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url';

const faces: ReadonlyArray<readonly [family: string, weight: number, url: string]> = [
  ['Noto Naskh Arabic', 400, naskhArabic400],
  ['Noto Naskh Arabic', 700, naskhArabic700],
  ['IBM Plex Sans Arabic', 400, plexArabic400],
  ['IBM Plex Sans Arabic', 600, plexArabic600],
];

/** @font-face rules pointing at the app's bundled fonts, so the preview renders in them offline. */
export const previewFontFaces = faces
  .map(([family, weight, url]) => `@font-face { font-family: '${family}'; font-weight: ${weight}; font-display: block; src: url('${new URL(url, document.baseURI).href}') format('woff2'); }`)
  .join('\n');
