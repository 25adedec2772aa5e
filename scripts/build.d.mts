/** Whether dist/ is missing or older than any source file. */
export function isBuildStale(): boolean;
/** Builds everything into dist/. */
export function build(options?: { quiet?: boolean }): Promise<void>;
/** Bundles the Electron main process and preload into outdir as main.cjs and preload.cjs. */
export function buildElectronBundles(options: { outdir: string; quiet?: boolean; sourcemap?: boolean }): Promise<void>;
/** Builds only when a source changed since the last build. */
export function buildIfNeeded(options?: { quiet?: boolean }): Promise<boolean>;
