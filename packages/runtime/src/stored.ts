/**
 * Values a service stored as JSON (a text column, a file it wrote, a cache entry), read back
 * through a TypeBox schema at the repository boundary instead of cast: a value the schema does not
 * describe is a corrupt row and says where it was read, never passes on as wrong data.
 *
 * Rows written before a field existed still read: give the field a `default` in the schema and it
 * is filled in on read (fields that may stay absent are `Type.Optional`).
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { Value, type ValueError } from '@sinclair/typebox/value';
import { errorMessage } from './errors.js';

/**
 * `true` when a schema written beside a type describes exactly that type (each assignable to the
 * other): `true satisfies SchemaOf<typeof Schema, Type>` fails to compile once the type gains a
 * field or a member the schema would refuse to read back.
 */
export type SchemaOf<S extends TSchema, T> = [Static<S>] extends [T]
  ? [T] extends [Static<S>]
    ? true
    : false
  : false;

/** A stored value its schema does not describe: `where` names the table and column (or file). */
export class CorruptStoredValueError extends Error {
  readonly where: string;

  constructor(where: string, problem: string) {
    super(`corrupt stored value in ${where}: ${problem}`);
    this.name = 'CorruptStoredValueError';
    this.where = where;
  }
}

/** `value` (already parsed) as `schema` describes it, defaults filled in; throws CorruptStoredValueError. */
export function checkStored<T extends TSchema>(schema: T, value: unknown, where: string): Static<T> {
  if (Value.Check(schema, value)) return value;
  const filled: unknown = Value.Default(schema, Value.Clone(value));
  if (Value.Check(schema, filled)) return filled;
  const first = Value.Errors(schema, filled).First();
  throw new CorruptStoredValueError(where, first ? problemOf(first) : 'does not match its schema');
}

/** What is wrong, as deep as it is known: in a union, the variant that got furthest says it. */
function problemOf(error: ValueError): string {
  let deepest: ValueError | undefined;
  for (const variant of error.errors) {
    const first = variant.First();
    if (first && first.path.length > (deepest?.path.length ?? error.path.length)) deepest = first;
  }
  return deepest ? problemOf(deepest) : `${error.path || 'the value'}: ${error.message}`;
}

/** The stored JSON text `text` as `schema` describes it; throws CorruptStoredValueError naming `where`. */
export function parseStoredJson<T extends TSchema>(schema: T, text: string, where: string): Static<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CorruptStoredValueError(where, `not JSON (${errorMessage(err)})`);
  }
  return checkStored(schema, value, where);
}
