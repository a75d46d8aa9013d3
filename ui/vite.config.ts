import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built by Maven (modules/web) into the WAR under /app/. Relative asset paths: the page is always
// /app/index.html (the routes are in the hash), and no script is inline (the CSP is script-src 'self').
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: process.env.TOESLAGEN_UI_OUT ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npm run dev` against a running application (bin/start) on port 8080
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080' },
  },
});
