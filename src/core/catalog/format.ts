// Which registry format a parsed document is in, decided exactly as ToolHive's
// pkg/registry/legacyhint (IsUpstream / Looks): upstream iff a top-level `data` value is an
// object; legacy iff not upstream and any of `servers`, `remote_servers`, `groups` is present
// with any value (null and {} included). Keys match case-insensitively, as Go's decoder does.
import { RegistryError } from './errors.js';
import { field, isObject } from './go-json.js';

export type RegistryFormat = 'upstream' | 'legacy';

/** ToolHive's own wording, for messages about legacy files. */
export const LEGACY_MIGRATION_MESSAGE =
  'registry file appears to be in the legacy ToolHive format; run `thv registry convert --in <path> --in-place` to migrate to the upstream MCP format';

export function isUpstreamDocument(doc: unknown): boolean {
  return isObject(doc) && isObject(field(doc, 'data'));
}

export function looksLegacy(doc: unknown): boolean {
  if (!isObject(doc)) return false;
  return ['servers', 'remote_servers', 'groups'].some((k) => field(doc, k) !== undefined);
}

/** Throws a `registry-format` error for anything that is neither format. */
export function detectRegistryFormat(doc: unknown, source: string): RegistryFormat {
  if (isUpstreamDocument(doc)) return 'upstream';
  if (looksLegacy(doc)) return 'legacy';
  const what = isObject(doc) ? 'a JSON object without "data" (upstream) or "servers" (legacy)' : `JSON ${describe(doc)}`;
  throw new RegistryError(
    'registry-format',
    `not a ToolHive registry: found ${what}`,
    placeOf(source),
    'expected the upstream MCP registry format {"version", "meta", "data": {"servers": [...]}} or the legacy ToolHive format {"servers": {...}}'
  );
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

/** Sources are file paths or (already redacted) URLs. */
export function placeOf(source: string): { file?: string; url?: string } {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? { url: source } : { file: source };
}
