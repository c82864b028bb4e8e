import { isMap, isScalar, parseAllDocuments, type Document } from 'yaml';
import type { Field, FieldLookup } from './fields.js';

export interface YamlDocument {
  index: number;
  value: unknown;
  /** Top-level mapping members with positions (exact key match: YAML keys are case-sensitive). */
  lookup: FieldLookup;
  has: (key: string) => boolean;
  /** A member of a nested mapping, e.g. ['spec', 'image']. */
  nested: (path: string[]) => Field | undefined;
}

export type YamlParse = { ok: true; documents: YamlDocument[] } | { ok: false; message: string; line?: number; column?: number; documentIndex: number };

function fieldAt(doc: Document, path: string[]): Field | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) return undefined;
    node = pair.value;
  }
  if (node === null || node === undefined) return undefined;
  const range = (node as { range?: [number, number, number] }).range;
  const value = isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON();
  return { value, start: range ? range[0] : 0, end: range ? range[1] : 0 };
}

export function parseYamlDocuments(text: string): YamlParse {
  const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const documents: YamlDocument[] = [];
  for (let index = 0; index < list.length; index++) {
    const doc = list[index];
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      // Errors found at end of input (an unclosed bracket) point past the last line; name the last one with text.
      if (pos && pos.line > 1 && text.slice(error.pos[0]).trim() === '') {
        pos.line = text.slice(0, error.pos[0]).trimEnd().split('\n').length;
        pos.col = 1;
      }
      return { ok: false, message: `not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, line: pos?.line, column: pos?.col, documentIndex: index };
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      return { ok: false, message: `not valid YAML: ${(e as Error).message}`, documentIndex: index };
    }
    documents.push({
      index,
      value,
      lookup: (key) => fieldAt(doc, [key]),
      has: (key) => fieldAt(doc, [key]) !== undefined || (isMap(doc.contents) && doc.contents.has(key)),
      nested: (path) => fieldAt(doc, path)
    });
  }
  return { ok: true, documents };
}
