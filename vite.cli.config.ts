import { defineConfig } from 'vite';

/** The CLI as plain JavaScript for Node, built at install (`prepare`) and before the tests: no TypeScript loader at run time. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
  publicDir: false,
  logLevel: 'warn',
});
