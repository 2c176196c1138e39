// A tiny helper for the maps of lists that grouping builds everywhere: appending in place keeps grouping
// linear (`map.set(k, [...map.get(k), v])` copies the list each time: quadratic for one big group).

/** Appends `value` to the list `map` holds for `key`, creating it on first use. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
