/**
 * Typed reads for values an invariant guarantees, under `noUncheckedIndexedAccess`: each returns the
 * value or throws a clear Error naming the broken invariant, instead of a cast that would let
 * `undefined` through.
 */

/** `map.get(key)` for a key the caller knows is present (with a defined value). */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`mustGet: no entry for key ${String(key)}`);
  return value;
}

/** `array[index]` for an index the caller knows is in range. */
export function mustAt<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) throw new RangeError(`mustAt: no element at index ${index} of ${array.length}`);
  return value;
}
