/** The job types, each with one composed handler (jobs/ingest.ts, forget-file.ts, project-cleanup.ts). */

/** Every new or changed text: statistics, passages, the story bible, sheets. */
export const INGEST_JOB = 'ingest';
/** Queued when a project is deleted: its files, history, index and records go. */
export const PROJECT_CLEANUP_JOB = 'project-cleanup';
/** Queued after a file is deleted: its passages and its story-bible contribution are removed. */
export const FORGET_FILE_JOB = 'forget-file';
/** A project's continuity check, queued after an ingestion or a file's deletion. */
export const CONTINUITY_JOB = 'continuity';
