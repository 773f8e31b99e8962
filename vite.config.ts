import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // A chunk of its own, so the entry imports it before the shared chunks that build zod
        // schemas (an inlined module would run after them): client/src/lib/csp.ts says why.
        manualChunks: (id) => (id.endsWith('/client/src/lib/csp.ts') ? 'csp' : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/trpc': `http://127.0.0.1:${serverPort}`,
      '/health': `http://127.0.0.1:${serverPort}`,
      '/uploads': `http://127.0.0.1:${serverPort}`,
    },
  },
  test: {
    root: '.',
    // Tests open real databases and real servers; keep them in separate processes.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['{server,shared,scripts}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'client', environment: 'node', include: ['client/**/*.test.{ts,tsx}'] },
      },
      {
        // The built dashboard in Debian's Chromium against the real server (e2e/harness.ts).
        extends: true,
        test: { name: 'browser', environment: 'node', include: ['e2e/**/*.test.ts'] },
      },
      // The same database-touching tests on PostgreSQL (server/test/db.ts reads TEST_ENGINE); the
      // global setup provides the cluster (TEST_POSTGRES_URL, or a throwaway one).
      {
        extends: true,
        test: {
          name: 'node-pg',
          environment: 'node',
          include: ['{server,scripts}/**/*.test.ts'],
          env: { TEST_ENGINE: 'postgres' },
          globalSetup: ['server/test/pg-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-pg',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          env: { TEST_ENGINE: 'postgres' },
          globalSetup: ['server/test/pg-global-setup.ts'],
        },
      },
    ],
  },
});
