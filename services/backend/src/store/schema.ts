/**
 * Tables of the backend's database. The core tables (jobs, sagas, file statistics) are here; every
 * other module keeps its tables beside its migrations (store/chat.ts, store/bible.ts,
 * graph/sql-migrations.ts) and `BackendDB` is their union, so one Kysely instance queries them all.
 */
import type { JobStatus, SagaStatus } from '@george/contracts/api';
import type { GraphTables } from '../graph/sql-migrations.js';
import type { BibleTables } from './bible.js';
import type { ChatTables } from './chat.js';

export type { JobStatus, SagaStatus };

export interface JobsTable {
  id: string;
  type: string;
  project_id: string | null;
  file_id: string | null;
  /** JSON object given at enqueue. */
  payload: string;
  status: JobStatus;
  /** 0..1000 (per mille). */
  progress: number;
  message: string | null;
  error: string | null;
  /** JSON written by the handler when it succeeds. */
  result: string | null;
  attempts: number;
  max_attempts: number;
  /** Epoch ms before which a queued job is not started (back-off). */
  run_at: number;
  /** Random value of the current run: every write of a run checks it (fencing). */
  lease_token: string | null;
  lease_until: number | null;
  /** `host:pid` of the process running it (operators; not shown to users). */
  worker: string | null;
  /** Enqueueing twice with the same key gives the same job (sagas enqueue idempotently). */
  dedupe_key: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
}

export interface SagasTable {
  id: string;
  type: string;
  project_id: string;
  user_id: string;
  /** The file the saga is about (uploads: known once the filesystem stored it). */
  file_id: string | null;
  status: SagaStatus;
  step: string;
  /** JSON state of the saga (what each step produced). */
  data: string;
  attempts: number;
  /** The owner renews it while it works; recovery takes over expired ones. */
  lease_until: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface FileStatsTable {
  project_id: string;
  file_id: string;
  revision: number;
  /** JSON statistics (words, sentences, chapters, ...). */
  stats: string;
  updated_at: number;
}

export interface StoryChaptersTable {
  project_id: string;
  file_id: string;
  /** 1-based position in text order. */
  chapter: number;
  /** The file's revision the analysis was made of. */
  revision: number;
  /** JSON: the chapter's stored analysis (figures, derived voice, characters by extraction key). */
  analysis: string;
  updated_at: number;
}

export interface StoryEventsTable {
  project_id: string;
  file_id: string;
  narrative_order: number;
  story_order: number;
  /** JSON: the timeline event. */
  event: string;
}

/** The author's narrator of a chapter: an entity (by extraction key) or none (told in the third person). */
export interface StoryNarratorsTable {
  project_id: string;
  file_id: string;
  chapter: number;
  /** null with a null name: the chapter has no narrator. */
  entity_key: string | null;
  name: string | null;
  set_by: string;
  updated_at: number;
}

/** One ingested file's dialogue (repositories/quotations.ts). */
export interface DialogueFilesTable {
  project_id: string;
  file_id: string;
  /** The file's place in the project's reading order: set at its first ingestion, kept after. */
  file_order: number;
  revision: number;
  /** JSON ChapterDialogue[] (dialogue/index.ts): words, words spoken and their share per chapter. */
  chapters: string;
  updated_at: number;
}

/** One utterance (all its parts) of a file, its speaker and addressees by extraction key. */
export interface QuotationsTable {
  project_id: string;
  id: string;
  file_id: string;
  /** Offsets into the file's text as the reader shows it; `text` is the text between them. */
  start_offset: number;
  end_offset: number;
  text: string;
  /** JSON [{start, end}]: the quoted parts (a tag between parts is outside them). */
  parts: string;
  /** 1-based chapter in the file, or null. */
  chapter: number | null;
  /** Resolved at read time through the graph store's entityKeys (merges and deletions show). */
  speaker_key: string | null;
  /** JSON string[] of extraction keys. */
  addressee_keys: string;
  kind: string;
  confidence: number;
  words: number;
}

/** One issue of a project's last continuity check (derived: each run replaces them all). */
export interface ContinuityIssuesTable {
  project_id: string;
  /** The issue's fingerprint (stable across re-ingestion). */
  id: string;
  /** Position in the check's order: most confident first. */
  rank: number;
  kind: string;
  entity_id: string | null;
  summary: string;
  confidence: number;
  /** JSON array of passages. */
  evidence: string;
  checked_at: number;
}

/** The author's status of an issue (dismissed, fixed), kept across runs of the check. */
export interface ContinuityStatusesTable {
  project_id: string;
  issue_id: string;
  status: string;
  updated_by: string | null;
  updated_at: number;
}

/** A model's second opinion on an issue, by its fingerprint, for the passages it was shown. */
export interface ContinuityOpinionsTable {
  project_id: string;
  issue_id: string;
  /** Fingerprint of the passages the model was shown: a changed passage makes the opinion stale. */
  evidence_key: string;
  verdict: string;
  reasoning: string;
  model: string;
  /** Credits charged to the user who asked. */
  cost: number;
  asked_by: string;
  created_at: number;
}

/** A book of a series: its number (1, 2, ...), title and files in reading order. */
export interface StoryBooksTable {
  project_id: string;
  number: number;
  title: string;
  /** JSON array of file ids, in reading order. */
  file_ids: string;
  updated_by: string;
  updated_at: number;
}

export interface CoreTables {
  jobs: JobsTable;
  sagas: SagasTable;
  file_stats: FileStatsTable;
  story_chapters: StoryChaptersTable;
  story_events: StoryEventsTable;
  story_narrators: StoryNarratorsTable;
  story_books: StoryBooksTable;
  dialogue_files: DialogueFilesTable;
  quotations: QuotationsTable;
  continuity_issues: ContinuityIssuesTable;
  continuity_statuses: ContinuityStatusesTable;
  continuity_opinions: ContinuityOpinionsTable;
}

export type BackendDB = CoreTables & ChatTables & BibleTables & GraphTables;
