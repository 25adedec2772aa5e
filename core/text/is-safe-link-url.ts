const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link target is http, https or mailto; anything else (javascript:, data:, file:) is refused. */
export function isSafeLinkUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  const trimmed = url.trim();
  // Control characters and spaces inside a URL are how "java\tscript:" tricks get past checks.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F\s]/.test(trimmed)) return false;
  try {
    const parsed = new URL(trimmed);
    if (!allowedProtocols.has(parsed.protocol)) return false;
    return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname.length > 0;
  } catch {
    return false;
  }
}
