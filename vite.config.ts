import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './core/api/content-security-policy.ts';

// frame-ancestors is ignored in a <meta> policy; the HTTP header and app:// carry it.
const metaPolicy = contentSecurityPolicy.replace(/; frame-ancestors [^;]+/, '');

function contentSecurityPolicyMeta(): Plugin {
  return { name: 'newsroom-csp', transformIndexHtml: (html) => html.replace('%NEWSROOM_CSP%', metaPolicy) };
}

/** The interface font's files, asked for with the page: the first layout uses them instead of laying out twice (fallback, then again when they arrive). */
const interfaceFontFile = /^assets\/ibm-plex-sans-arabic-(?:arabic|latin)-(?:400|600)-normal-[\w-]+\.woff2$/;

function preloadInterfaceFont(): Plugin {
  return {
    name: 'newsroom-preload-interface-font',
    apply: 'build',
    transformIndexHtml: (_html, context) =>
      Object.keys(context.bundle ?? {})
        .filter((file) => interfaceFontFile.test(file))
        .sort()
        .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' }, injectTo: 'head' as const })),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), preloadInterfaceFont()],
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
