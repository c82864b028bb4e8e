// How Go's encoding/json reads a JSON value into ToolHive's structs, for the handful of types the
// registry code decodes. Two modes:
//  - strict: a value of the wrong JSON type is an error (Go's Unmarshal fails); we turn that into
//    "skip this entry" instead of failing the whole registry.
//  - lenient: the wrong type leaves the zero value and decoding goes on (Go's behaviour inside the
//    publisher extension, which ToolHive re-marshals and decodes ignoring the error).
// Struct keys match case-insensitively with the last matching key winning, as in Go; map keys are
// exact. Outputs are in "marshalled" form: omitempty fields are left out when zero.

export type Mode = 'strict' | 'lenient';
export type JsonObject = Record<string, unknown>;

/** A field we read has the wrong JSON type (strict mode only). */
export class ShapeError extends Error {
  override name = 'ShapeError';
  constructor(
    readonly path: string,
    expected: string,
    got: unknown
  ) {
    super(`${path}: expected ${expected}, got ${jsonTypeName(got)}`);
  }
}

export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Above this many keys a per-object index beats scanning the keys on every lookup.
const SCAN_LIMIT = 32;
const foldIndexes = new WeakMap<JsonObject, Map<string, string>>();

function foldIndex(obj: JsonObject): Map<string, string> {
  let index = foldIndexes.get(obj);
  if (!index) {
    index = new Map();
    // Later keys overwrite earlier ones: Go assigns fields in document order.
    for (const key of Object.keys(obj)) index.set(key.toLowerCase(), key);
    foldIndexes.set(obj, index);
  }
  return index;
}

/**
 * The value Go would decode into the struct field `name` (undefined when absent). Small objects are
 * scanned in place, without allocating: a registry entry is read once, through a few dozen lookups.
 * A key can only fold to an ASCII name of the same length, so other lengths are never lowered.
 */
export function field(obj: JsonObject, name: string): unknown {
  let found: string | undefined;
  let count = 0;
  let lower: string | undefined;
  for (const key in obj) {
    if (++count > SCAN_LIMIT) {
      found = foldIndex(obj).get(name.toLowerCase());
      break;
    }
    if (key.length !== name.length) continue;
    if (key === name) found = key;
    else if (key.toLowerCase() === (lower ??= name.toLowerCase())) found = key;
  }
  return found === undefined ? undefined : obj[found];
}

/** An exact map key (Go maps do not fold case). */
export function mapValue(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function mismatch<T>(mode: Mode, path: string, expected: string, got: unknown, zero: T): T {
  if (mode === 'strict') throw new ShapeError(path, expected, got);
  return zero;
}

export function str(v: unknown, path: string, mode: Mode): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : mismatch(mode, path, 'string', v, '');
}

export function bool(v: unknown, path: string, mode: Mode): boolean {
  if (v === undefined || v === null) return false;
  return typeof v === 'boolean' ? v : mismatch(mode, path, 'boolean', v, false);
}

/** Go `int` (64-bit): JSON numbers with a fraction or out of range do not fit. */
export function int(v: unknown, path: string, mode: Mode): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 63) return v;
  return mismatch(mode, path, 'integer', v, 0);
}

export function obj(v: unknown, path: string, mode: Mode): JsonObject | undefined {
  if (v === undefined || v === null) return undefined;
  return isObject(v) ? v : mismatch(mode, path, 'object', v, undefined);
}

export function arr(v: unknown, path: string, mode: Mode): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : mismatch(mode, path, 'array', v, []);
}

/** Go `[]string`: a bad element keeps its slot as "" in lenient mode, as Go does. */
export function strArray(v: unknown, path: string, mode: Mode): string[] {
  // Element paths are built only for elements that need one in a message: tools and tags lists are long.
  return arr(v, path, mode).map((e, i) => (typeof e === 'string' ? e : str(e, `${path}[${i}]`, mode)));
}

export function intArray(v: unknown, path: string, mode: Mode): number[] {
  return arr(v, path, mode).map((e, i) =>
    typeof e === 'number' && Number.isInteger(e) && Math.abs(e) <= 2 ** 63 ? e : int(e, `${path}[${i}]`, mode)
  );
}

/** Go `map[string]string`. */
export function strMap(v: unknown, path: string, mode: Mode): Record<string, string> {
  const o = obj(v, path, mode);
  const out: Record<string, string> = {};
  if (!o) return out;
  for (const [k, e] of Object.entries(o)) out[k] = str(e, `${path}.${k}`, mode);
  return out;
}

/** Go `map[string]any`: any JSON object, kept as is. */
export function anyMap(v: unknown, path: string, mode: Mode): JsonObject | undefined {
  return obj(v, path, mode);
}

/** Sets `target[key] = value` only when Go's omitempty would keep it. */
export function putIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined || value === '' || value === 0 || value === false) return;
  if (Array.isArray(value) && value.length === 0) return;
  target[key] = value;
}

export function nonEmptyMap<T extends object>(m: T | undefined): T | undefined {
  return m && Object.keys(m).length > 0 ? m : undefined;
}

/** True when arrays/objects in `value` nest more than `limit` levels deep (walked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [v, depth] = pending.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}
