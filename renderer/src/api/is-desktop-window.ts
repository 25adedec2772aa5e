/** Whether the page runs in the desktop window, whose main process saves pending typing before it closes. */
export function isDesktopWindow(): boolean {
  return window.newsroom !== undefined;
}
