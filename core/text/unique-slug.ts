/** The slugs other articles use: a set, or a lookup into a list. */
export type SlugsInUse = Pick<ReadonlySet<string>, 'has'>;

/** The slug itself when free, otherwise the first free one with a numeric suffix. */
export function uniqueSlug(slug: string, taken: SlugsInUse): string {
  if (!taken.has(slug)) return slug;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${slug}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
