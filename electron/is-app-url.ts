export const appScheme = 'app';
export const appHost = 'newsroom';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * Whether a URL is one of the app's own pages. `new URL('app://newsroom/').origin` is "null" (app: is
 * not a special scheme in the URL standard), so trust compares scheme and host, never origins.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}
