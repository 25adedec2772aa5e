import { firstListingWindow } from './first-listing-window';
import { createHttpApiClient, readBrowserToken } from './http-api-client';
import { withFirstListingAsked } from './with-first-listing-asked';

/**
 * The desktop preload's API, or browser mode's over HTTP, with the library's first listing already
 * asked for. main.tsx imports this module first, and it imports nothing that builds schemas or
 * starts React: the request leaves as the page's script starts running, and the back end answers
 * while the contract's schemas are built and React renders its first frame (a quarter of a second).
 */
export const startingTransport = withFirstListingAsked(window.newsroom ?? createHttpApiClient(readBrowserToken()), firstListingWindow);
