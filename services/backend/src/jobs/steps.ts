import type { JobContext, JobHandler } from './runner.js';

/** What a step gets: the job's context, with progress counted within the step (0..1). */
export type StepContext = JobContext;

/** One step of a job type's handler. */
export interface JobStep<State> {
  /** Shown as the job's message when the step begins. */
  name: string;
  /** Its share of the job's progress bar (a job's shares are scaled to fill it). */
  weight: number;
  /** The step runs only when this holds (default: always). */
  when?: (state: State) => boolean;
  /** Its result's fields are merged into the job's result. */
  run(state: State, job: StepContext): Promise<Record<string, unknown> | undefined>;
}

/** A job type: its name and its steps, run in order over the state `load` reads once per run. */
export interface JobDefinition<State> {
  type: string;
  load(job: JobContext): Promise<State>;
  steps: JobStep<State>[];
}

/**
 * The one handler of a job type, composed from its steps: each runs in order (those whose `when`
 * holds), reports its progress inside its share of the bar, and adds its result. Every step must be
 * safe to run again (a job is retried from its first step).
 */
export function composeSteps<State>(definition: JobDefinition<State>): JobHandler {
  const { load, steps } = definition;
  const total = steps.reduce((sum, s) => sum + s.weight, 0) || 1;
  return async (job) => {
    const state = await load(job);
    const result: Record<string, unknown> = {};
    let done = 0;
    for (const step of steps) {
      const start = done / total;
      const share = step.weight / total;
      done += step.weight;
      if (step.when && !step.when(state)) continue;
      await job.progress(start, step.name);
      const scaled: StepContext = {
        ...job,
        progress: (value, message) => job.progress(start + share * Math.min(1, Math.max(0, value)), message),
      };
      Object.assign(result, await step.run(state, scaled));
    }
    await job.progress(1, 'done');
    return result;
  };
}
