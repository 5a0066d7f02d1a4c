import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: index.html at the root, built into dist/web, which the Fastify server serves.
// The server's CSP allows no inline scripts, so Vite must not inject its modulepreload polyfill.
export default defineConfig({
  root: '.',
  publicDir: 'src/web/public',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
