/** A job row as the API shows it. */
import { describe, expect, it } from 'vitest';
import { toJobView } from '../../src/services/jobs.js';
import type { JobsTable } from '../../src/store/schema.js';

const job = (result: string | null): JobsTable => ({
  id: 'j1',
  type: 'ingest',
  project_id: 'p1',
  file_id: null,
  payload: '{}',
  status: 'succeeded',
  progress: 1000,
  message: null,
  result,
  error: null,
  attempts: 1,
  max_attempts: 3,
  dedupe_key: null,
  run_at: 0,
  lease_token: null,
  lease_until: null,
  worker: null,
  created_by: null,
  created_at: 0,
  updated_at: 0,
  started_at: 0,
  finished_at: 0,
});

describe('toJobView', () => {
  it("shows the job's stored result, and reports a result that is not JSON as a corrupt row", () => {
    expect(toJobView(job('{"chunks":3}')).result).toEqual({ chunks: 3 });
    expect(toJobView(job(null)).result).toBeUndefined();
    expect(() => toJobView(job('{"chunks":'))).toThrow(
      /corrupt stored value in jobs\.result of job j1: not JSON/,
    );
  });
});
