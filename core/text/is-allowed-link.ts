import { test as isWholeLink } from 'linkifyjs';
import { isSafeLinkUrl } from './is-safe-link-url';
import { linkTargetOf } from './link-target-of';

/**
 * Whether an article may link to this address: http, https or mailto. An address written without
 * its scheme ("example.org", "desk@example.com", as autolink sees typed text) counts when linkify,
 * what autolink finds links with, takes it wholly for a web or e-mail address; a relative path does not.
 */
export function isAllowedLink(url: string): boolean {
  return isSafeLinkUrl(url) || (isWholeLink(url.trim()) && isSafeLinkUrl(linkTargetOf(url)));
}
