/** The media file a request path names (/media/<sha256>.<ext>), or undefined for any other path. */
export function mediaFileFromPath(pathname: string): string | undefined {
  return /^\/media\/([0-9a-f]{64}\.(?:png|jpg|gif|webp))$/.exec(pathname)?.[1];
}
