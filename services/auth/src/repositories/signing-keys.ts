import { parseStoredJson } from '@george/runtime';
import { type Static, Type } from '@sinclair/typebox';
import type { Db } from '../store/db.js';
import type { SigningKeysTable } from '../store/schema.js';

export type SigningKeyRow = SigningKeysTable;

// The keys as rotateSigningKey stores them: Ed25519 JWKs (jose's exportJWK) with kid and alg, the
// public one with `use` too. Every key ever stored is one (the only kind generated since the table
// exists); other members a JWK may have are let through.
const PublicJwk = Type.Object({
  kty: Type.Literal('OKP'),
  crv: Type.Literal('Ed25519'),
  x: Type.String(),
  kid: Type.String(),
  alg: Type.Literal('EdDSA'),
  use: Type.Optional(Type.Literal('sig')),
});
const PrivateJwk = Type.Composite([PublicJwk, Type.Object({ d: Type.String() })]);

/** The row's private key as a JWK; a corrupt one is reported naming the table, column and kid. */
export function privateJwk(row: SigningKeyRow): Static<typeof PrivateJwk> {
  return parseStoredJson(PrivateJwk, row.private_jwk, `signing_keys.private_jwk of key ${row.kid}`);
}

/** The row's public key as a JWK (see `privateJwk`). */
export function publicJwk(row: SigningKeyRow): Static<typeof PublicJwk> {
  return parseStoredJson(PublicJwk, row.public_jwk, `signing_keys.public_jwk of key ${row.kid}`);
}

export interface SigningKeysRepository {
  active(): Promise<SigningKeyRow | undefined>;
  /** Retires every key and stores `row` as the active one, together. */
  replaceActive(row: SigningKeyRow, now: number): Promise<void>;
  /** The active key and those retired at or after `retiredSince`, newest first. */
  published(retiredSince: number): Promise<SigningKeyRow[]>;
  deleteRetiredBefore(time: number): Promise<number>;
  list(): Promise<SigningKeyRow[]>;
}

export class SqlSigningKeysRepository implements SigningKeysRepository {
  constructor(private readonly db: Db) {}

  active() {
    return this.db
      .selectFrom('signing_keys')
      .selectAll()
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }

  async replaceActive(row: SigningKeyRow, now: number) {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('signing_keys')
        .set({ retired_at: now })
        .where('retired_at', 'is', null)
        .execute();
      await trx.insertInto('signing_keys').values(row).execute();
    });
  }

  published(retiredSince: number) {
    return this.db
      .selectFrom('signing_keys')
      .selectAll()
      .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>=', retiredSince)]))
      .orderBy('created_at', 'desc')
      .execute();
  }

  async deleteRetiredBefore(time: number) {
    const result = await this.db
      .deleteFrom('signing_keys')
      .where('retired_at', 'is not', null)
      .where('retired_at', '<', time)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  list() {
    return this.db.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').execute();
  }
}
