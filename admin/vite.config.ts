import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Two pages, both served by the gateway: the CMS at /admin/ (index.html) and, in development,
 * the offline API explorer at GET /graphql (explorer.html). Every asset is a file under
 * /admin/assets/ — no inline script, so the gateway's Content-Security-Policy can forbid them.
 */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Vite inlines small modules as data: URLs; the CSP allows scripts only from the platform itself.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { admin: 'index.html', explorer: 'explorer.html' },
      // GraphiQL's packages start modules with "use no memo" (a React Compiler hint); bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `npm run dev --workspace admin` against a running platform: the API through the gateway.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
