/**
 * Where a project's vectors live. Two implementations behind one interface: LanceDB embedded in
 * the service's process (the default: files under DATA_DIR that only the service's user can read)
 * and a Chroma server (`CHROMA_URL`, the production option). Only vectors and the two filter fields
 * are kept there; chunk texts and positions are in the service's database.
 */
export interface VectorRecord {
  id: string;
  fileId: string;
  kind: string;
  vector: number[];
}

export interface VectorFilter {
  fileId?: string | undefined;
  /** Any of these files (a book of a series). */
  fileIds?: readonly string[] | undefined;
  kind?: string | undefined;
}

export interface VectorHit {
  id: string;
  /** Cosine similarity, higher is better. */
  similarity: number;
}

export interface VectorStore {
  /** `lance` or `chroma`, for the status and the readiness check. */
  readonly kind: 'lance' | 'chroma';
  /** Throws when the store cannot be used (Chroma does not answer; the folder is not writable). */
  heartbeat(): Promise<void>;
  /** Creates the table if it does not exist yet (several workers may ask at once). */
  ensureTable(table: string, dimension: number): Promise<void>;
  /** Replaces records with the same ids (idempotent). */
  upsert(table: string, records: VectorRecord[]): Promise<void>;
  /** The k nearest records by cosine similarity, within the filter. A missing table: none. */
  search(table: string, vector: number[], k: number, filter: VectorFilter): Promise<VectorHit[]>;
  deleteFile(table: string, fileId: string): Promise<void>;
  /** Every record id of a table (a missing table: none). */
  ids(table: string): Promise<string[]>;
  /** Drops a table; a missing one is not an error. */
  drop(table: string): Promise<void>;
  /** The names of every table (to clean up tables a crash left behind). */
  tables(): Promise<string[]>;
  close(): Promise<void>;
}

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The table of one generation of a project's vectors: `p_<projectId>_g<n>` (valid in both stores). */
export function tableName(projectId: string, generation: number): string {
  if (!PROJECT_ID.test(projectId) || !Number.isInteger(generation) || generation < 1)
    throw new Error(`invalid vector table for ${projectId} generation ${generation}`);
  return `p_${projectId}_g${generation}`;
}

/** The project and generation of a table name, or null for a name this service did not make. */
export function parseTableName(name: string): { projectId: string; generation: number } | null {
  const m = /^p_([A-Za-z0-9_-]{1,64})_g([1-9][0-9]{0,8})$/.exec(name);
  return m?.[1] && m[2] ? { projectId: m[1], generation: Number(m[2]) } : null;
}
