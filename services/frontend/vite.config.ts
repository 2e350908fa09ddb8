import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:5000';

// Development: Vite on 5173 with /v1/api proxied to the backend. Production: `vite build` writes
// the app to dist/public, which the george-serve app (src/app.ts) serves with the same proxy.
export default defineConfig({
  root: resolve(here, 'src/web'),
  publicDir: resolve(here, 'src/web/public'),
  plugins: [react()],
  build: {
    outDir: resolve(here, 'dist/public'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline scripts or data: modules: the production Content-Security-Policy allows 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/v1/api': { target: backend, changeOrigin: false, ws: false },
    },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
