import { defineConfig } from 'vitest/config';

// The web calculator in a real browser (Debian's chromium driven by playwright-core):
// `npm run test:web`, after `npm run build`; CI runs it (.ci/run).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
