const mediaSourcePattern = /^media\/[0-9a-f]{64}\.(png|jpg|gif|webp)$/;

/** Whether an image source is a file copied into the library (media/<sha256>.<ext>), never a hotlink. */
export function isMediaSource(source: unknown): source is string {
  return typeof source === 'string' && mediaSourcePattern.test(source);
}
