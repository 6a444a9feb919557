interface MapLike<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept under `key` (in a Map or WeakMap), made by `make(key, arg)` the first time it is
 * asked for. `make` gets the key and one argument, so hot callers pass a function made once instead
 * of a new closure on every call.
 */
export function getCached<K, V, A = undefined>(map: MapLike<K, V>, key: K, make: (key: K, arg: A) => NoInfer<V>, arg?: A): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key, arg as A);
    map.set(key, value);
  }
  return value;
}

/**
 * getCached for caches keyed by what the analysed code brings (paths, literals, patterns), which
 * could grow without end in a long-lived editor process: emptied when it holds `limit` entries.
 */
export function getCachedWithin<K, V, A = undefined>(map: Map<K, V>, limit: number, key: K, make: (key: K, arg: A) => NoInfer<V>, arg?: A): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key, arg as A);
    if (map.size >= limit) map.clear();
    map.set(key, value);
  }
  return value;
}

/** For the levels of nested caches: a fresh Map, without a closure per call. */
export function newMap<K, V>(): Map<K, V> {
  return new Map<K, V>();
}
