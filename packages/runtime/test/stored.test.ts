import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { CorruptStoredValueError, checkStored, parseStoredJson, type SchemaOf } from '../src/stored.js';

const Item = Type.Object({
  id: Type.String(),
  count: Type.Integer({ default: 0 }),
  note: Type.Optional(Type.String()),
});

// A schema describes its type exactly, or the check says false (at compile time).
true satisfies SchemaOf<typeof Item, { id: string; count: number; note?: string }>;
false satisfies SchemaOf<typeof Item, { id: string; count: number; note?: string; added: boolean }>;
false satisfies SchemaOf<typeof Item, { id: string; count: number; note?: string | null }>;

describe('parseStoredJson', () => {
  it('reads a value its schema describes', () => {
    expect(parseStoredJson(Item, '{"id":"a","count":2}', 'items.body')).toEqual({ id: 'a', count: 2 });
  });

  it('fills in the defaults of fields an older row lacks', () => {
    expect(parseStoredJson(Item, '{"id":"a"}', 'items.body')).toEqual({ id: 'a', count: 0 });
  });

  it('reports a value of the wrong shape as a corrupt row, naming where it was read', () => {
    const read = () => parseStoredJson(Item, '{"id":7}', 'items.body of item x');
    expect(read).toThrow(CorruptStoredValueError);
    expect(read).toThrow(/corrupt stored value in items\.body of item x: \/id: Expected string/);
  });

  it('reports text that is not JSON as a corrupt row', () => {
    expect(() => parseStoredJson(Item, '{"id":', 'items.body')).toThrow(
      /corrupt stored value in items\.body: not JSON/,
    );
  });

  it('names the problem inside the variant of a union that got furthest', () => {
    expect(() =>
      parseStoredJson(Type.Union([Item, Type.Null()]), '{"id":"a","count":"2"}', 'items.body'),
    ).toThrow(/items\.body: \/count: Expected integer/);
  });

  it('checks a value already parsed', () => {
    expect(checkStored(Type.Array(Type.String()), ['a'], 'files.json')).toEqual(['a']);
    expect(() => checkStored(Type.Array(Type.String()), [1], 'files.json')).toThrow(
      /corrupt stored value in files\.json: \/0: Expected string/,
    );
  });
});
