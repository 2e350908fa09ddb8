/**
 * The author's corrections to the story bible (table `bible_corrections`), kept so that every
 * extraction of the project follows them: recorded in order, read in that order.
 */
import { randomUUID } from 'node:crypto';
import { EntityTypeSchema } from '@george/contracts/api';
import { inTransaction, isUniqueViolation, parseStoredJson, type SchemaOf } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { SplitCorrection } from '../bible/corrections.js';
import type { Db } from '../store/db.js';

export interface StoredSplit {
  id: string;
  correction: SplitCorrection;
  createdBy: string;
  createdAt: number;
}

/** A split as `addSplit` stores it (`SplitCorrection`; its shape has not changed since the table exists). */
const StoredSplitBody = Type.Object({
  key: Type.String(),
  sourceKeys: Type.Array(Type.String()),
  sourceNames: Type.Array(Type.String()),
  name: Type.String(),
  type: EntityTypeSchema,
  aliases: Type.Array(Type.String()),
  mentions: Type.Array(Type.Object({ fileId: Type.String(), start: Type.Integer(), text: Type.String() })),
});
true satisfies SchemaOf<typeof StoredSplitBody, SplitCorrection>;

/** The key a split's new entity is stored under. */
export const splitKey = (id: string) => `split:${id}`;

export class CorrectionsRepository {
  constructor(private readonly db: Db) {}

  /** Records a split after the project's others; its id makes the new entity's key. */
  async addSplit(
    projectId: string,
    createdBy: string,
    split: (key: string) => SplitCorrection,
  ): Promise<StoredSplit> {
    const id = randomUUID();
    const correction = split(splitKey(id));
    const createdAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        await inTransaction(this.db, async (trx) => {
          const last = await trx
            .selectFrom('bible_corrections')
            .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
            .where('project_id', '=', projectId)
            .executeTakeFirst();
          await trx
            .insertInto('bible_corrections')
            .values({
              project_id: projectId,
              id,
              seq: Number(last?.seq ?? 0) + 1,
              kind: 'split',
              body: JSON.stringify(correction),
              created_by: createdBy,
              created_at: createdAt,
            })
            .execute();
        });
        return { id, correction, createdBy, createdAt };
      } catch (err) {
        // Two splits recorded at once took the same place: the second tries the next one.
        if (attempt >= 3 || !isUniqueViolation(err)) throw err;
      }
    }
  }

  /** The project's splits in the order they were made. */
  async splits(projectId: string): Promise<StoredSplit[]> {
    const rows = await this.db
      .selectFrom('bible_corrections')
      .select(['id', 'body', 'created_by', 'created_at'])
      .where('project_id', '=', projectId)
      .where('kind', '=', 'split')
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      correction: parseStoredJson(StoredSplitBody, r.body, `bible_corrections.body of correction ${r.id}`),
      createdBy: r.created_by,
      createdAt: Number(r.created_at),
    }));
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db.deleteFrom('bible_corrections').where('project_id', '=', projectId).execute();
  }
}
