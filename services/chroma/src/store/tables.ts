/**
 * The registry of each project's vector tables: the current one (searched) and, during a
 * re-index, the next one, each with the embedder and dimension that made its vectors. Kept in the
 * service's database so that a switch to the next table is one transaction, whatever the vector
 * store (LanceDB cannot rename a table).
 */
import { inTransaction, isUniqueViolation } from '@george/runtime';
import type { Kysely } from 'kysely';

export interface VectorTablesDB {
  vector_tables: {
    project_id: string;
    generation: number;
    state: 'current' | 'next';
    embedder: string;
    dimension: number;
    created_at: number;
  };
}

export interface VectorTable {
  projectId: string;
  generation: number;
  state: 'current' | 'next';
  embedder: string;
  dimension: number;
}

function toTable(row: VectorTablesDB['vector_tables']): VectorTable {
  return {
    projectId: row.project_id,
    generation: Number(row.generation),
    state: row.state,
    embedder: row.embedder,
    dimension: Number(row.dimension),
  };
}

export class VectorTables {
  constructor(private readonly db: Kysely<VectorTablesDB>) {}

  async get(projectId: string, state: 'current' | 'next'): Promise<VectorTable | null> {
    const row = await this.db
      .selectFrom('vector_tables')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('state', '=', state)
      .executeTakeFirst();
    return row ? toTable(row) : null;
  }

  /** Every registered table, current and next. */
  async all(): Promise<VectorTable[]> {
    const rows = await this.db.selectFrom('vector_tables').selectAll().orderBy('project_id').execute();
    return rows.map(toTable);
  }

  /**
   * Registers a new table for the project in that state (the next generation number). When
   * another worker registered one first, that one is answered.
   */
  async create(
    projectId: string,
    state: 'current' | 'next',
    embedder: string,
    dimension: number,
  ): Promise<VectorTable> {
    try {
      return await inTransaction(this.db, async (trx) => {
        const last = await trx
          .selectFrom('vector_tables')
          .select((eb) => eb.fn.max<number | string | null>('generation').as('g'))
          .where('project_id', '=', projectId)
          .executeTakeFirst();
        const row = {
          project_id: projectId,
          generation: Number(last?.g ?? 0) + 1,
          state,
          embedder,
          dimension,
          created_at: Date.now(),
        };
        await trx.insertInto('vector_tables').values(row).execute();
        return toTable(row);
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const existing = await this.get(projectId, state);
      if (!existing) throw err;
      return existing;
    }
  }

  /** Makes the next table the current one; answers the table it replaced (to drop), if any. */
  async promote(projectId: string): Promise<VectorTable | null> {
    return inTransaction(this.db, async (trx) => {
      const old = await trx
        .selectFrom('vector_tables')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('state', '=', 'current')
        .executeTakeFirst();
      await trx
        .deleteFrom('vector_tables')
        .where('project_id', '=', projectId)
        .where('state', '=', 'current')
        .execute();
      await trx
        .updateTable('vector_tables')
        .set({ state: 'current' })
        .where('project_id', '=', projectId)
        .where('state', '=', 'next')
        .execute();
      return old ? toTable(old) : null;
    });
  }

  async remove(projectId: string, generation?: number): Promise<VectorTable[]> {
    return inTransaction(this.db, async (trx) => {
      let select = trx.selectFrom('vector_tables').selectAll().where('project_id', '=', projectId);
      let remove = trx.deleteFrom('vector_tables').where('project_id', '=', projectId);
      if (generation !== undefined) {
        select = select.where('generation', '=', generation);
        remove = remove.where('generation', '=', generation);
      }
      const rows = await select.execute();
      await remove.execute();
      return rows.map(toTable);
    });
  }
}
