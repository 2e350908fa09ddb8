/**
 * Small collection helpers. Typed reads for values an invariant guarantees, under
 * `noUncheckedIndexedAccess`: each returns the value or throws a clear Error naming the broken
 * invariant, instead of a cast that would let `undefined` through. Grouping by a key, written here
 * because `Map.groupBy` arrives only in Node 21 and the engines field allows Node 20; cutting a list
 * into batches, which the stores share.
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

/** The items grouped by `key`, each group in the items' order, the groups in the order of their first item. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The items cut into consecutive slices of `size` (the last may be shorter), in order: batches for a bounded INSERT or IN list. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`slices: size must be a whole number above 0, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
