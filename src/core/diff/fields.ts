/** One changed value below an item: where (a path of keys), the old and the new value (undefined = absent). */
export interface FieldChange {
  readonly path: readonly string[];
  readonly from: unknown;
  readonly to: unknown;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; object key order does not matter, array order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/**
 * The values that differ between two objects, descending into nested objects (arrays count as one value).
 * `skip` names top-level keys reported elsewhere (e.g. an element's type, area and role).
 */
export function fieldChanges(
  a: object,
  b: object,
  skip: ReadonlySet<string> = new Set(),
  prefix: readonly string[] = [],
): FieldChange[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (prefix.length === 0 && skip.has(key)) continue;
    const from = left[key];
    const to = right[key];
    if (isPlainObject(from) && isPlainObject(to)) changes.push(...fieldChanges(from, to, skip, [...prefix, key]));
    else if (!deepEqual(from, to)) changes.push({ path: [...prefix, key], from, to });
  }
  return changes;
}

/** Writes changes into a mutable object: sets `to`, or deletes the key when `to` is absent. */
export function applyFieldChanges(target: Record<string, unknown>, changes: readonly FieldChange[]): void {
  for (const { path, to } of changes) {
    let node = target;
    for (const key of path.slice(0, -1)) {
      if (!isPlainObject(node[key])) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path.at(-1)!;
    if (to === undefined) delete node[last];
    else node[last] = structuredClone(to);
  }
}
