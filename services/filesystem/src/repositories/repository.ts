/**
 * What the file service needs from storage. `DiskFileRepository` (files.ts) keeps it on disk; the
 * service's tests use an in-memory one. Every method is one storage operation; the service decides
 * the rules (quotas, revisions) and passes them in as conditions.
 */
import type { Readable } from 'node:stream';
import type { FileChapter, FileParagraph, FileSummary } from '@george/contracts/filesystem';

export interface StoredFile extends FileSummary {
  /** False for documents created from JSON: their original is their current text. */
  hasOriginal: boolean;
}

export interface StoredStructure {
  chapters: FileChapter[];
  paragraphs: FileParagraph[];
  /** Absent in structures stored before scene breaks were kept. */
  sceneBreaks?: number[];
}

/** One revision's content: its normalised text and where its chapters and paragraphs are. */
export interface Revision {
  text: string;
  structure: StoredStructure;
}

/** A new file being received, private until it is published. */
export interface Staging {
  /** Stores the upload's bytes durably: their size and SHA-256. An error of `source` passes through. */
  writeOriginal(source: Readable): Promise<{ size: number; sha256: string }>;
  readOriginal(): Promise<Buffer>;
  /** Removes what was staged (a no-op once published). */
  discard(): Promise<void>;
}

/** What the service decides about an update, given the file as it is and the other files' bytes. */
export type UpdateDecision<Refusal> =
  | { write: { meta: StoredFile; revision: Revision } }
  | { refuse: Refusal };

export interface FileRepository {
  stage(): Promise<Staging>;
  /**
   * Publishes a staged file with its first revision, if the project's stored bytes stay within
   * `quotaBytes` with it: true when published, false when it does not fit (nothing is kept then
   * only if the caller discards the staging).
   */
  publish(staging: Staging, meta: StoredFile, revision: Revision, quotaBytes: number): Promise<boolean>;
  /** Bytes stored for a project and its number of files. */
  usage(projectId: string): Promise<{ usedBytes: number; fileCount: number }>;
  list(projectId: string): Promise<StoredFile[]>;
  readStructure(
    projectId: string,
    fileId: string,
  ): Promise<{ meta: StoredFile; structure: StoredStructure } | undefined>;
  readText(projectId: string, fileId: string): Promise<{ meta: StoredFile; text: string } | undefined>;
  /** The uploaded bytes, or the current text of a document created from JSON. */
  readOriginal(projectId: string, fileId: string): Promise<{ meta: StoredFile; data: Buffer } | undefined>;
  /**
   * Runs `decide` on the file under the project's lock and writes the new revision it returns:
   * `updated` then, `refused` with the service's reason, or undefined when there is no such file.
   */
  update<Refusal>(
    projectId: string,
    fileId: string,
    decide: (current: StoredFile, otherFilesBytes: number) => UpdateDecision<Refusal>,
  ): Promise<{ updated: StoredFile } | { refused: Refusal } | undefined>;
  /** Removes a file: its summary, or undefined when there was none. */
  delete(projectId: string, fileId: string): Promise<StoredFile | undefined>;
  /** Removes a project's files: how many there were. */
  deleteProject(projectId: string): Promise<number>;
}
