/** The largest file an import reads: beyond this no article is plausible. */
export const maximumImportBytes = 50 * 1024 * 1024;
