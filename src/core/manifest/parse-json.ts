import type { Field, FieldLookup } from './fields.js';
import { scanTopLevel } from './json-scan.js';
import { lineColumnAt } from './position.js';

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
  let value: unknown;
  try {
    value = JSON.parse(start === 0 && (top === undefined || top.end === text.length) ? text : text.slice(start, top?.end));
  } catch (error) {
    return { ok: false, ...jsonErrorPosition(error, start) };
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

function jsonErrorPosition(error: unknown, base: number): { message: string; offset?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(raw);
  // V8 appends position details and sometimes a quote of the text; keep only the reason.
  const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/, "[^"]*"\.\.\. is not valid JSON$/, '');
  return { message: `not valid JSON: ${reason}`, offset: match ? base + Number(match[1]) : undefined };
}

export function describeOffset(text: string, offset: number | undefined): { line?: number; column?: number } {
  return offset === undefined ? {} : lineColumnAt(text, offset);
}
