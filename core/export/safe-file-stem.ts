const reservedNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const maximumBaseBytes = 150;
const encoder = new TextEncoder();

/**
 * A file name stem from a slug that is safe on Windows, macOS and Linux: no separators, no "..", no
 * control or reserved characters, no reserved device name, and short enough for any file system.
 */
export function safeFileStem(slug: string, fallback = 'article'): string {
  let base = slug
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  let truncated = '';
  for (const character of base) {
    if (encoder.encode(truncated + character).length > maximumBaseBytes) break;
    truncated += character;
  }
  base = truncated.replace(/[.\s-]+$/g, '');
  if (!base) base = fallback;
  if (reservedNames.test(base.split('.')[0] ?? '')) base = `_${base}`;
  return base;
}
