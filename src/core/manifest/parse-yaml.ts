import { type Document, type Node, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
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

export type YamlParse =
  { ok: true; documents: YamlDocument[] } | { ok: false; message: string; line?: number; column?: number; documentIndex: number };

// Merge keys are YAML 1.1, which Kubernetes tooling (sigs.k8s.io/yaml) still reads.
const OPTIONS = { prettyErrors: true, uniqueKeys: true, merge: true } as const;
// Enough for any real manifest; more is an alias bomb.
const MAX_ALIAS_COUNT = 100;

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === '<<' || (typeof key.value === 'symbol' && key.source === '<<'));
}

/**
 * The node holding `key` in `map`, as YAML reads it: an explicit member first, then merged maps
 * in order (`<<: *base` or `<<: [*a, *b]`; the first that has the key wins). `via` is the alias
 * the member was reached through, if any.
 */
function memberOf(doc: Document, map: Node, key: string): { node: unknown; via?: Node } | undefined {
  // Breadth of merges is bounded by the document; `seen` stops a map merged into itself.
  const seen = new Set<Node>();
  const pending: { map: Node; via?: Node }[] = [{ map }];
  for (let next = 0; next < pending.length; next++) {
    const { map: current, via } = pending[next];
    if (seen.has(current) || !isMap(current)) continue;
    seen.add(current);
    const pair = current.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) return { node: pair.value, via };
    for (const p of current.items) {
      if (!isMergeKey(p.key)) continue;
      const sources = isSeq(p.value) ? p.value.items : [p.value];
      for (const source of sources) {
        if (isAlias(source)) {
          const target = source.resolve(doc);
          if (target) pending.push({ map: target as Node, via: via ?? source });
        } else if (isMap(source)) pending.push({ map: source, via });
      }
    }
  }
  return undefined;
}

/** Position of the member at `path` (through aliases and merge keys); its value comes from `js`. */
function fieldAt(doc: Document, js: unknown, path: string[]): Field | undefined {
  let node: unknown = doc.contents;
  let value = js;
  let via: Node | undefined;
  for (const key of path) {
    if (isAlias(node)) {
      via ??= node;
      node = node.resolve(doc);
    }
    if (!isMap(node) || value === null || typeof value !== 'object') return undefined;
    const member = memberOf(doc, node, key);
    if (!member) return undefined;
    via ??= member.via;
    node = member.node;
    value = (value as Record<string, unknown>)[key];
  }
  if (node === null || node === undefined) return undefined;
  if (isAlias(node)) via ??= node;
  // Through an alias the value's own token may be shared with other documents: point at the alias
  // token instead, which the edit step refuses to rewrite (`*` is not a literal).
  const range = ((via ?? node) as { range?: [number, number, number] }).range;
  const field: Field = { value, start: range ? range[0] : 0, end: range ? range[1] : 0 };
  if (via) field.viaAlias = true;
  return field;
}

function hasKey(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key);
}

export function parseYamlDocuments(text: string): YamlParse {
  const docs = parseAllDocuments(text, OPTIONS);
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
      return {
        ok: false,
        message: `not valid YAML: ${describeError(error.message)}`,
        line: pos?.line,
        column: pos?.col,
        documentIndex: index
      };
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      return { ok: false, message: `not valid YAML: ${describeError((e as Error).message)}`, documentIndex: index };
    }
    documents.push({
      index,
      value,
      lookup: (key) => fieldAt(doc, value, [key]),
      has: (key) => hasKey(value, key),
      nested: (path) => fieldAt(doc, value, path)
    });
  }
  return { ok: true, documents };
}

/** The parser's first line, without its position (reported separately); a stack overflow means nesting. */
function describeError(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return /call stack/i.test(first) ? 'nested too deeply to read' : first;
}
