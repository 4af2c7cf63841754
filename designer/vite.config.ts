import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The designer (administrators' item editor). `vite build` writes designer/dist, which the server
 * hosts at `/designer` with an SPA fallback. In development, `/api` is proxied to `npm start` on :3000.
 */
export default defineConfig({
  root,
  base: '/designer/',
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
