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
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
