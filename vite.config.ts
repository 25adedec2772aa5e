import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './core/api/content-security-policy.ts';

// frame-ancestors is ignored in a <meta> policy; the HTTP header and app:// carry it.
const metaPolicy = contentSecurityPolicy.replace(/; frame-ancestors [^;]+/, '');

function contentSecurityPolicyMeta(): Plugin {
  return { name: 'newsroom-csp', transformIndexHtml: (html) => html.replace('%NEWSROOM_CSP%', metaPolicy) };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  // hunspell-asm's and its loader's ES builds call a namespace import of CommonJS nanoid, which breaks once bundled; their CommonJS builds do not.
  resolve: { alias: { 'hunspell-asm': 'hunspell-asm/dist/cjs/index.js', 'emscripten-wasm-loader': 'emscripten-wasm-loader/dist/cjs/index.js' } },
  // The proofing worker is a module worker (new Worker(…, { type: 'module' })).
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // A small dictionary file inlined as a data: address could not be fetched under the CSP (connect-src 'self').
    assetsInlineLimit: (file) => (/\.(?:aff|dic)$/.test(file) ? false : undefined),
  },
});
