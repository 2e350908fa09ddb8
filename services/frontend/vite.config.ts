import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:5000';
// HOST and PORT as every service reads them (docker-compose.dev.yml binds 0.0.0.0 in its container).
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);

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
    host,
    port,
    strictPort: true,
    proxy: {
      '/v1/api': { target: backend, changeOrigin: false, ws: false },
    },
  },
  preview: { host, port, strictPort: true },
});
