/** The renderer's CSP: only its own files and workers, no inline or remote scripts, no eval, no plugins, no framing. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // WebAssembly (the spelling checker's Hunspell) may compile; eval stays forbidden.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
