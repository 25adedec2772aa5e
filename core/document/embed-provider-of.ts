export type EmbedProvider = 'x' | 'youtube' | 'facebook' | 'instagram' | 'page';

/** What kind of embed a URL is, from its host name; anything unknown is a plain page. */
export function embedProviderOf(url: string): EmbedProvider {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\.|^m\./, '');
  } catch {
    return 'page';
  }
  if (host === 'twitter.com' || host === 'x.com') return 'x';
  if (host === 'youtube.com' || host === 'youtu.be') return 'youtube';
  if (host === 'facebook.com' || host === 'fb.watch') return 'facebook';
  if (host === 'instagram.com') return 'instagram';
  return 'page';
}
