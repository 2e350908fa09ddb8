/**
 * The default vector store: LanceDB embedded in the service's process. The tables are files under
 * `DATA_DIR/vectors` (a folder of mode 0700; the service's umask 077 makes every file 0600), so no
 * other user of the machine can read or change them and there is no port to reach. Every worker
 * process opens the same folder; reads check for other processes' writes each time
 * (`readConsistencyInterval: 0`), and writes that race with another worker's commit are retried.
 * Searches are exact (a flat scan: a project holds thousands of chunks, not millions).
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { type Connection, connect, type Table } from '@lancedb/lancedb';
import { Field, FixedSizeList, Float32, Schema, Utf8 } from 'apache-arrow';
import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import type { VectorFilter, VectorHit, VectorRecord, VectorStore } from './store.js';

/** A literal for Lance's SQL filters (ids and kinds are validated, quotes are doubled anyway). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

function whereOf(filter: VectorFilter): string | undefined {
  const parts: string[] = [];
  if (filter.fileId) parts.push(`fileId = ${literal(filter.fileId)}`);
  if (filter.fileIds) parts.push(`fileId IN (${filter.fileIds.map(literal).join(', ')})`);
  if (filter.kind) parts.push(`kind = ${literal(filter.kind)}`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/** A commit that lost a race with another process's write of the same table. */
function isWriteConflict(err: unknown): boolean {
  return err instanceof Error && /conflict|concurrent|retry/i.test(err.message);
}

/** A lost race is tried again (five tries in all) after a short, jittered back-off; nothing else is. */
const writeRetry = retry(
  handleWhen((err) => isWriteConflict(err)),
  { maxAttempts: 4, backoff: new ExponentialBackoff({ initialDelay: 10, maxDelay: 200 }) },
);

export class LanceStore implements VectorStore {
  readonly kind = 'lance';
  private readonly open = new Map<string, Promise<Table>>();

  private constructor(private readonly db: Connection) {}

  static async connect(folder: string): Promise<LanceStore> {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
    return new LanceStore(await connect(folder, { readConsistencyInterval: 0 }));
  }

  async heartbeat(): Promise<void> {
    await this.db.tableNames();
  }

  private async table(name: string): Promise<Table | null> {
    let opening = this.open.get(name);
    if (!opening) {
      opening = this.db.openTable(name);
      this.open.set(name, opening);
    }
    try {
      return await opening;
    } catch (err) {
      this.open.delete(name);
      if (err instanceof Error && /not found|does not exist|was not found/i.test(err.message)) return null;
      throw err;
    }
  }

  async ensureTable(name: string, dimension: number): Promise<void> {
    if (await this.table(name)) return;
    const schema = new Schema([
      new Field('id', new Utf8(), false),
      new Field('fileId', new Utf8(), false),
      new Field('kind', new Utf8(), false),
      new Field('vector', new FixedSizeList(dimension, new Field('item', new Float32(), true)), false),
    ]);
    await this.db.createEmptyTable(name, schema, { mode: 'create', existOk: true });
    this.open.delete(name);
  }

  private async write(name: string, action: (table: Table) => Promise<unknown>): Promise<void> {
    const table = await this.table(name);
    if (!table) throw new Error(`the vector table ${name} does not exist`);
    await writeRetry.execute(() => action(table));
  }

  async upsert(name: string, records: VectorRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.write(name, (table) =>
      table
        .mergeInsert('id')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute(records.map((r) => ({ id: r.id, fileId: r.fileId, kind: r.kind, vector: r.vector }))),
    );
  }

  async search(name: string, vector: number[], k: number, filter: VectorFilter): Promise<VectorHit[]> {
    const table = await this.table(name);
    if (!table) return [];
    let query = table.vectorSearch(vector).distanceType('cosine').select(['id', '_distance']).limit(k);
    const where = whereOf(filter);
    if (where) query = query.where(where);
    const rows = await query.toArray();
    return rows.map((row) => ({ id: String(row.id), similarity: 1 - Number(row._distance) }));
  }

  async deleteFile(name: string, fileId: string): Promise<void> {
    if (!(await this.table(name))) return;
    await this.write(name, (table) => table.delete(`fileId = ${literal(fileId)}`));
  }

  async ids(name: string): Promise<string[]> {
    const table = await this.table(name);
    if (!table) return [];
    const rows = await table.query().select(['id']).toArray();
    return rows.map((row) => String(row.id));
  }

  async drop(name: string): Promise<void> {
    this.open.delete(name);
    if ((await this.db.tableNames()).includes(name)) {
      try {
        await this.db.dropTable(name);
      } catch (err) {
        // Dropped by another worker in between.
        if (!(err instanceof Error && /not found|does not exist/i.test(err.message))) throw err;
      }
    }
  }

  async tables(): Promise<string[]> {
    return this.db.tableNames();
  }

  async close(): Promise<void> {
    this.open.clear();
    this.db.close();
  }
}
