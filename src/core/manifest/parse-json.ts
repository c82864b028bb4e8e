import { locateJsonError } from '../text/json-error.js';
import type { Field, FieldLookup } from './fields.js';
import { type JsonMember, memberSpan, scanTopLevel } from './json-scan.js';
import { lineColumnAt } from '../text/text-position.js';

export type JsonDocument =
  { ok: true; value: unknown; lookup: FieldLookup; has: (key: string) => boolean } | { ok: false; message: string; offset?: number };

const BOM = 0xfeff;

// Keys repeat from manifest to manifest (parsed keys are interned strings, whose hash is kept):
// a Map lookup per key costs less than a native test each, and far less than a character loop
// that runs in the interpreter until V8 optimizes it.
const CAPITAL = /[A-Z]/;
const keysWithCapital = new Map<string, boolean>();

/** Whether a key has an ASCII capital: only then can it differ from the field name Go would match it to. */
function hasCapital(key: string): boolean {
  let known = keysWithCapital.get(key);
  if (known === undefined) {
    known = CAPITAL.test(key);
    // Bounded: a file of a million distinct keys must not grow it without end.
    if (keysWithCapital.size < 4096) keysWithCapital.set(key, known);
  }
  return known;
}

/**
 * Parses a RunConfig the way Go's encoding/json decodes it: only the first value counts, and keys
 * match struct fields case-insensitively, the last match winning.
 */
export function parseJsonDocument(text: string): JsonDocument {
  // The common case first: the whole text is one JSON value (no BOM, nothing after it) with
  // lowercase keys, as `thv export` writes. Values come from the parse; only positions that are
  // asked for are looked up in the text.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonDocumentAsGo(text);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: true, value, lookup: () => undefined, has: () => false };
  const object = value as Record<string, unknown>;
  for (const key in object) if (hasCapital(key)) return parseJsonDocumentAsGo(text);
  const has = (key: string) => Object.prototype.hasOwnProperty.call(object, key);
  return {
    ok: true,
    value,
    lookup: (key) => (has(key) ? new LazyField(text, key, object[key]) : undefined),
    has
  };
}

/**
 * A Field whose position is found only when read (most fields are only ever read for their value).
 * Its members are declared, not class fields: a few are made per manifest, and field initialisers
 * would run on every one of them.
 */
class LazyField implements Field {
  declare private readonly text: string;
  declare private readonly key: string;
  declare readonly value: unknown;
  declare private span: { start: number; end: number } | undefined;

  constructor(text: string, key: string, value: unknown) {
    this.text = text;
    this.key = key;
    this.value = value;
    this.span = undefined;
  }

  private locate(): { start: number; end: number } {
    return (this.span ??= memberSpan(this.text, this.key) ?? { start: 0, end: 0 });
  }

  get start(): number {
    return this.locate().start;
  }

  get end(): number {
    return this.locate().end;
  }
}

/** Keys in several cases, a BOM, or data after the first value: the member list decides, as Go's decoder does. */
function parseJsonDocumentAsGo(text: string): JsonDocument {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const top = scanTopLevel(text, start);
  // Parse the whole text unless Go would stop early (BOM, or data after the first value): slicing
  // copies the text, which costs as much as the parse itself on small files.
  const whole = start === 0 && (top === undefined || onlySpaceAfter(text, top.end));
  const json = whole ? text : text.slice(start, top?.end);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Only a failed parse pays for the scan that says where and why.
    const { offset, reason } = locateJsonError(json);
    return { ok: false, message: `not valid JSON: ${reason}`, offset: start + offset };
  }
  if (top === undefined) return { ok: true, value, lookup: () => undefined, has: () => false };

  // Fields are built only for the keys asked for: most members of a RunConfig are never read.
  const byKey = new Map<string, JsonMember>();
  for (const member of top.members) byKey.set(hasCapital(member.key) ? member.key.toLowerCase() : member.key, member);
  const object = value as Record<string, unknown>;
  return {
    ok: true,
    value,
    lookup: (key): Field | undefined => {
      const member = byKey.get(key);
      return member && { value: object[member.key], start: member.valueStart, end: member.valueEnd };
    },
    has: (key) => byKey.has(key)
  };
}

function onlySpaceAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

export function describeOffset(text: string, offset: number | undefined): { line?: number; column?: number } {
  return offset === undefined ? {} : lineColumnAt(text, offset);
}
