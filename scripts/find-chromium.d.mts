/** The path of a usable Chromium, or undefined when this machine has none yet. */
export function findChromium(options?: { system?: boolean }): string | undefined;
