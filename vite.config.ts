import { defineConfig } from 'vite';

/**
 * `npm start` serves the demo pages (demo/*.html) with the sources live from src/.
 * `npm run build` builds the library into dist/: one ES module per source file (so bundlers tree-shake
 * per element), lit / dompurify / date-fns left external, with source maps; `tsc` adds the .d.ts files.
 */
const entries = {
  index: 'src/index.ts',
  'feed/index': 'src/feed/index.ts',
  'sanitize/index': 'src/sanitize/index.ts',
  'components/story-date/define': 'src/components/story-date/define.ts',
  'components/news-article/define': 'src/components/news-article/define.ts',
  'components/latest-stories/define': 'src/components/latest-stories/define.ts',
};

export default defineConfig({
  server: { open: '/demo/index.html' },
  // Only the demo pages are app entries; test pages (tests/**/*.test.html) belong to web-test-runner.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: (id) => /^(lit|@lit|dompurify|date-fns)(\/|$)/.test(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
