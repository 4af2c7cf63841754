import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The clerk/public web app (runtime/src/app). `vite build` writes runtime/dist, which the server
 * hosts at `/` with an SPA fallback for every non-/api path. In development, `/api` is proxied to a
 * server on :3000 (`npm start`).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
