import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const faces = [
  ['Noto Naskh Arabic', 400, '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'],
  ['Noto Naskh Arabic', 700, '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2'],
  ['IBM Plex Sans Arabic', 400, '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2'],
  ['IBM Plex Sans Arabic', 600, '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2'],
] as const;

let cached: Promise<string> | undefined;

/** @font-face rules with the bundled Arabic fonts inlined, so an exported page renders the same anywhere. */
export function bundledFontFaces(): Promise<string> {
  cached ??= (async () => {
    // The Electron main process is bundled as CommonJS, where import.meta.url does not exist.
    const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    const rules = await Promise.all(
      faces.map(async ([family, weight, file]) => {
        const data = (await readFile(require.resolve(file))).toString('base64');
        return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-display: swap; src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
      }),
    );
    return rules.join('\n');
  })();
  return cached;
}
