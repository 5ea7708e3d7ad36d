import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The one-file app (src/publish/standalone.ts): one script and one stylesheet, every import and asset
// inside them, for `npm run export -- --html` and "Export interactive HTML".
export default defineConfig({
  base: './',
  publicDir: false,
  // The playback painter's worker goes inside the script too (a Blob URL), not in a file beside it.
  resolve: { alias: [{ find: /^\.\/stepWorkerStart\.ts$/, replacement: fileURLToPath(new URL('./src/map/stepWorkerStart.inline.ts', import.meta.url)) }] },
  build: {
    outDir: 'dist/standalone',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 100_000_000,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: 'src/publish/standalone.ts',
      output: { format: 'es', entryFileNames: 'standalone.js', assetFileNames: 'standalone[extname]', codeSplitting: false },
    },
  },
});
