import type { SourceSpan } from './workload.js';
import { lineColumnAt } from '../text/text-position.js';

/** A member of a manifest's mapping: its value and where the value's token sits in the text. */
export interface Field {
  value: unknown;
  start: number;
  end: number;
  /** The value is reached through a YAML alias or merge key: the span is the alias token, not the value. */
  viaAlias?: boolean;
}

export type FieldLookup = (key: string) => Field | undefined;

/** Thrown inside a parser when a field has the wrong type; turned into a ManifestProblem at the file boundary. */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly offset?: number
  ) {
    super(message);
  }
}

export function spanOf(text: string, field: Field): SourceSpan {
  const { line, column } = lineColumnAt(text, field.start);
  return { offset: field.start, length: field.end - field.start, line, column };
}

/** Go's decoder leaves a string field empty for `null` and refuses other non-strings. */
export function stringField(field: Field | undefined, key: string): string {
  if (field === undefined || field.value === null || field.value === undefined) return '';
  if (typeof field.value !== 'string') throw new FieldError(`"${key}" must be a string, found ${describeType(field.value)}`, field.start);
  return field.value;
}

/** Keys of a string→string map (values are never read: committed manifests may hold secrets). */
export function mapKeysField(field: Field | undefined, key: string): string[] {
  if (field === undefined || field.value === null || field.value === undefined) return [];
  const value = field.value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FieldError(`"${key}" must be an object of names to strings, found ${describeType(value)}`, field.start);
  }
  const names = Object.keys(value as object);
  for (const name of names) {
    const v = (value as Record<string, unknown>)[name];
    if (typeof v !== 'string' && v !== null) {
      throw new FieldError(`"${key}.${name}" must be a string, found ${describeType(v)}`, field.start);
    }
  }
  return names;
}

export function stringListField(field: Field | undefined, key: string): string[] {
  if (field === undefined || field.value === null || field.value === undefined) return [];
  const list = field.value;
  if (!Array.isArray(list)) throw new FieldError(`"${key}" must be a list of strings, found ${describeType(list)}`, field.start);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'string') throw new FieldError(`"${key}[${i}]" must be a string, found ${describeType(item)}`, field.start);
  }
  // The parsed list itself: the parser made it for this file alone.
  return list as string[];
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
