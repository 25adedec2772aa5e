/** The full address a link typed without its scheme stands for: an e-mail address is mailto:, anything else https:. */
export function linkTargetOf(typed: string): string {
  const candidate = typed.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(candidate)) return candidate;
  return candidate.includes('@') && !candidate.includes('/') ? `mailto:${candidate}` : `https://${candidate}`;
}
