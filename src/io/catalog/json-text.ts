// JSON.parse with a location: on failure the shared scanner (core/json-error) finds where the text
// stops being JSON, reported as a line and column.

import { locateJsonError } from '../../core/text/json-error.js';
import { lineColumnAt } from '../../core/text/text-position.js';

export type JsonParse = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

export function parseJsonText(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { offset, reason } = locateJsonError(text);
    return { ok: false, ...lineColumnAt(text, offset), reason };
  }
}
