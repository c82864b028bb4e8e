import { locateJsonError } from '../json-error.js';
import type { Field, FieldLookup } from './fields.js';
import { scanTopLevel } from './json-scan.js';
import { lineColumnAt } from '../text-position.js';

export type JsonDocument =
  | { ok: true; value: unknown; lookup: FieldLookup; has: (key: string) => boolean }
  | { ok: false; message: string; offset?: number };

const BOM = 0xfeff;

/**
 * Parses a RunConfig the way Go's encoding/json decodes it: only the first value counts, and keys
 * match struct fields case-insensitively, the last match winning.
 */
export function parseJsonDocument(text: string): JsonDocument {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const top = scanTopLevel(text, start);
  const json = start === 0 && (top === undefined || top.end === text.length) ? text : text.slice(start, top?.end);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Only a failed parse pays for the scan that says where and why.
    const { offset, reason } = locateJsonError(json);
    return { ok: false, message: `not valid JSON: ${reason}`, offset: start + offset };
  }
  if (top === undefined) return { ok: true, value, lookup: () => undefined, has: () => false };

  const byKey = new Map<string, Field>();
  const object = value as Record<string, unknown>;
  for (const member of top.members) {
    byKey.set(member.key.toLowerCase(), { value: object[member.key], start: member.valueStart, end: member.valueEnd });
  }
  return {
    ok: true,
    value,
    lookup: (key) => byKey.get(key),
    has: (key) => byKey.has(key)
  };
}

export function describeOffset(text: string, offset: number | undefined): { line?: number; column?: number } {
  return offset === undefined ? {} : lineColumnAt(text, offset);
}
