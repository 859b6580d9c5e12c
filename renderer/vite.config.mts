/**
 * Vite build of the renderer: root `renderer/`, output `dist/renderer`, with
 * relative asset paths (`base: './'`) so the same bundle loads from file://
 * in Electron and from the local web host.
 * (`import.meta.dirname` is set by Vite when it loads this file; no Node
 * built-in is imported here, so the renderer layer stays browser-only.)
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Everything is bundled locally: no remote fonts, scripts or images.
    assetsInlineLimit: 0,
    // TipTap and React make one ~0.7 MB bundle; it loads from disk, not over a network.
    chunkSizeWarningLimit: 2000,
  },
});
