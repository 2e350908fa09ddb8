import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Two projects. `quick`: in-process tests (rules, repositories on SQLite and PostgreSQL, routes on
 * loopback). `integration`: tests that start processes (george-serve, the whole stack, Neo4j,
 * Chromium, the launcher and operations tools). `npm test` runs both in one `vitest run`, quick
 * files first (so a broken rule fails in minutes), and the first integration files start as soon
 * as a worker is free rather than after the last quick file; `npm run test:quick` runs one project.
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

/**
 * Vitest's own order (files that failed last time first, then the longest known, then the largest),
 * with every quick file ahead of every integration file; Vitest alone would put the projects in
 * the order of their names.
 */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isQuick = (file: TestSpecification) => file.project.name === 'quick';
    return [...sorted.filter(isQuick), ...sorted.filter((file) => !isQuick(file))];
  }
}

// Two cores: at most two files run at once, and timeouts allow for process start-up.
export default defineConfig({
  test: {
    globalSetup: ['test/models-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { sequencer: QuickFirst },
    projects: [
      {
        extends: true,
        // One module cache per worker: the quick files import the same large modules (the analysis,
        // the routes), and importing them afresh for each file took most of the project's time.
        test: { name: 'quick', include: everything, exclude: [...excluded, ...integration], isolate: false },
      },
      { extends: true, test: { name: 'integration', include: integration, exclude: excluded } },
    ],
  },
});
