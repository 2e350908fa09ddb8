import { defineConfig } from 'vitest/config';

/**
 * Two passes. `quick`: in-process tests (rules, repositories on SQLite and PostgreSQL, routes on
 * loopback), about two minutes. `integration`: tests that start processes (george-serve, the whole
 * stack, Neo4j, Chromium, the launcher and operations tools). `npm test` runs quick first, so a
 * broken rule fails in minutes; `npm run test:quick` runs only that pass.
 */
const integration = [
  'test/**/*.test.ts',
  'tools/test/**/*.test.ts',
  '**/test/serve.test.ts',
  'services/filesystem/test/crash.test.ts',
  'services/git/test/concurrency.test.ts',
  'services/backend/test/graph/neo4j-store.test.ts',
];
const everything = [
  'packages/*/test/**/*.test.ts',
  'services/*/test/**/*.test.ts',
  // The web app's component tests sit beside the components (each file picks happy-dom).
  'services/frontend/src/web/**/*.test.tsx',
  'tools/test/**/*.test.ts',
  'test/**/*.test.ts',
];
const excluded = ['**/node_modules/**', '**/dist/**'];

// Two cores: at most two files run at once, and timeouts allow for process start-up.
export default defineConfig({
  test: {
    globalSetup: ['test/models-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'quick', include: everything, exclude: [...excluded, ...integration] } },
      { extends: true, test: { name: 'integration', include: integration, exclude: excluded } },
    ],
  },
});
