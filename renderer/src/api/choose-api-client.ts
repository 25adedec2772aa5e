import type { ApiClient } from './api-client';
import { createHttpApiClient, readBrowserToken } from './http-api-client';
import { validatedApiClient } from './validated-api-client';

/** The desktop preload's API when present, otherwise browser mode's HTTP API; either way every answer is checked against the contract. */
export function chooseApiClient(): ApiClient {
  return validatedApiClient(window.newsroom ?? createHttpApiClient(readBrowserToken()));
}

/** Whether the page runs in the desktop window, whose main process saves pending typing before it closes. */
export function isDesktopWindow(): boolean {
  return window.newsroom !== undefined;
}
