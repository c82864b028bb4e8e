// Reads a policy file (YAML). Every mistake is an error naming the key and its line: a typo in a
// policy must never quietly widen what gets proposed.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { globProblem } from './glob-match.js';
import { PolicyError } from './policy-error.js';
import {
  DEFAULT_POLICY,
  UPDATE_TYPES,
  type IgnoreEntry,
  type PolicyRule,
  type PolicySource,
  type Selector,
  type UpdateType,
  type UpgradePolicy
} from './types.js';

const TOP_KEYS = ['ignore', 'update-types', 'rules'];
const IGNORE_KEYS = { workload: 'workloads', server: 'servers', path: 'paths' } as const;
const SELECTOR_KEYS = ['workloads', 'servers', 'paths'] as const;
const RULE_KEYS = [...SELECTOR_KEYS, 'update-types', 'ignore'];

class Reader {
  private readonly lines = new LineCounter();
  constructor(
    readonly file: string,
    private readonly text: string
  ) {}

  parse(): Node | null {
    const doc = parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw new PolicyError(`not valid YAML: ${problem.message.split('\n')[0]}`, this.file, this.lineOf(problem.pos[0]));
    return (doc.contents as Node | null) ?? null;
  }

  /** An error found at the end of input (an unclosed bracket) names the last line with text. */
  private lineOf(offset: number): number {
    const end = this.text.trimEnd().length;
    return this.lines.linePos(Math.min(offset, Math.max(0, end - 1))).line;
  }

  source(node: Node | Pair | null | undefined): PolicySource {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return { file: this.file, line: range ? this.lines.linePos(range[0]).line : 1 };
  }

  fail(node: Node | null | undefined, message: string, hint?: string): never {
    throw new PolicyError(message, this.file, this.source(node).line, hint);
  }

  map(node: Node | null | undefined, what: string): YAMLMap<unknown, unknown> {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping`);
    return node;
  }

  /** The map's members as [key, value node], refusing keys outside `allowed`. */
  entries(map: YAMLMap<unknown, unknown>, allowed: readonly string[], where: string): [string, Node | null][] {
    return map.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !allowed.includes(key)) {
        this.fail(pair.key as Node, `${where}: unknown key ${JSON.stringify(key ?? '?')}`, `allowed: ${allowed.join(', ')}`);
      }
      return [key, (pair.value as Node | null) ?? null];
    });
  }

  strings(node: Node | null, key: string): string[] {
    const items = isSeq(node) ? node.items : [node];
    if (isSeq(node) && node.items.length === 0) this.fail(node, `${key} must not be empty`);
    return items.map((item) => {
      if (!isScalar(item) || typeof item.value !== 'string') this.fail(item as Node, `${key}: expected a string or a list of strings`);
      return item.value as string;
    });
  }

  globs(node: Node | null, key: string): string[] {
    const globs = this.strings(node, key);
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) this.fail(node, `${key}: bad glob ${JSON.stringify(glob)}: ${problem}`);
    }
    return globs;
  }

  updateTypes(node: Node | null, key: string): { types: UpdateType[]; source: PolicySource } {
    const values = this.strings(node, key);
    for (const v of values) {
      if (!(UPDATE_TYPES as readonly string[]).includes(v))
        this.fail(node, `${key}: unknown update type ${JSON.stringify(v)}`, `use ${UPDATE_TYPES.join(', ')}`);
    }
    return { types: [...new Set(values as UpdateType[])], source: this.source(node) };
  }

  boolean(node: Node | null, key: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, `${key} must be true or false`);
    return node.value as boolean;
  }
}

function readIgnore(r: Reader, node: Node | null): IgnoreEntry[] {
  if (!isSeq(node)) r.fail(node, 'ignore must be a list of { workload | server | path: glob }');
  return node.items.map((item) => {
    const selector: Selector = {};
    const entries = r.entries(r.map(item as Node, 'an ignore entry'), Object.keys(IGNORE_KEYS), 'ignore entry');
    if (entries.length === 0) r.fail(item as Node, 'an ignore entry needs workload, server or path');
    for (const [key, value] of entries) selector[IGNORE_KEYS[key as keyof typeof IGNORE_KEYS]] = r.globs(value, `ignore.${key}`);
    return { selector, source: r.source(item as Node) };
  });
}

function readRule(r: Reader, item: Node, index: number): PolicyRule {
  const where = `rules[${index}]`;
  const rule: PolicyRule = { selector: {} };
  for (const [key, value] of r.entries(r.map(item, where), RULE_KEYS, where)) {
    if (key === 'update-types') rule.updateTypes = r.updateTypes(value, `${where}.update-types`);
    else if (key === 'ignore') rule.ignore = { value: r.boolean(value, `${where}.ignore`), source: r.source(value) };
    else rule.selector[key as (typeof SELECTOR_KEYS)[number]] = r.globs(value, `${where}.${key}`);
  }
  if (!rule.selector.paths && !rule.selector.servers && !rule.selector.workloads)
    r.fail(item, `${where}: a rule needs paths, workloads or servers`);
  if (!rule.updateTypes && !rule.ignore) r.fail(item, `${where}: a rule needs update-types or ignore`);
  return rule;
}

/** Parses a policy file; `file` is how errors and held-by notes name it. */
export function parsePolicy(text: string, file: string): UpgradePolicy {
  const r: Reader = new Reader(file, text);
  const root = r.parse();
  if (root === null || (isScalar(root) && root.value === null)) return DEFAULT_POLICY;
  const policy: UpgradePolicy = { ignore: [], updateTypes: DEFAULT_POLICY.updateTypes, rules: [] };
  for (const [key, value] of r.entries(r.map(root, 'the policy file'), TOP_KEYS, 'policy')) {
    if (key === 'ignore') policy.ignore = readIgnore(r, value);
    else if (key === 'update-types') policy.updateTypes = r.updateTypes(value, 'update-types');
    else {
      if (!isSeq(value)) r.fail(value, 'rules must be a list');
      policy.rules = value.items.map((item, i) => readRule(r, item as Node, i));
    }
  }
  return policy;
}
