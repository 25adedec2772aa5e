/** Whether a story has no headline to show (blank counts as none): it would go out with an empty title. */
export function isUntitled(article: { readonly headline: string }): boolean {
  return article.headline.trim() === '';
}
