interface MapLike<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value kept under `key` (in a Map or WeakMap), made by `make` the first time it is asked for. */
export function getCached<K, V>(map: MapLike<K, V>, key: K, make: () => NoInfer<V>): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** For the levels of nested caches: a fresh Map, without a closure per call. */
export function newMap<K, V>(): Map<K, V> {
  return new Map<K, V>();
}
