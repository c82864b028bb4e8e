// Optional (`add-default-env-vars`): write the candidate's non-secret defaults of new variables into
// a RunConfig's `env_vars`, as ToolHive's detached validator does on `thv upgrade apply`. The file
// is never re-serialised: new members are inserted as text next to the existing ones, in the
// file's own indentation and separator style. Shapes where that is not obviously right are skipped
// with a reason for the PR body.

import type { EnvVarInfo } from '../check/result.js';
import { scanTopLevel, type JsonMember } from '../manifest/json-scan.js';

export interface EnvDefault {
  name: string;
  value: string;
}

export type EnvDefaultsResult = { text: string; added: EnvDefault[] } | { skipped: string };

/** The new variables ToolHive would fill from defaults: optional, not secret, with a non-empty default. */
export function defaultsToAdd(added: readonly EnvVarInfo[] | undefined): EnvDefault[] {
  const out: EnvDefault[] = [];
  const seen = new Set<string>();
  for (const v of added ?? []) {
    if (v.required || v.secret || !v.default || seen.has(v.name)) continue;
    seen.add(v.name);
    out.push({ name: v.name, value: v.default });
  }
  return out;
}

/** JSON string as Go's encoding/json writes it (HTML-safe escapes), matching files `thv export` wrote. */
export function goJsonString(value: string): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Offset of the opening quote of the key whose value starts at `valueStart`, and the key–value separator text. */
function keyOf(text: string, valueStart: number): { keyStart: number; separator: string } | undefined {
  let i = valueStart - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== ':') return undefined;
  i--;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== '"') return undefined;
  const separator = text.slice(i + 1, valueStart);
  // Walk back to the opening quote, skipping escaped quotes.
  let j = i - 1;
  for (; j >= 0; j--) {
    if (text[j] !== '"') continue;
    let slashes = 0;
    for (let k = j - 1; k >= 0 && text[k] === '\\'; k--) slashes++;
    if (slashes % 2 === 0) break;
  }
  return j < 0 ? undefined : { keyStart: j, separator };
}

/** Whitespace between the delimiter (`{` or `,`) before a member and the member's key. */
function leadingWhitespace(text: string, keyStart: number): string {
  let i = keyStart;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return text.slice(i, keyStart);
}

export function addEnvDefaults(text: string, defaults: readonly EnvDefault[]): EnvDefaultsResult {
  if (defaults.length === 0) return { text, added: [] };
  const top = scanTopLevel(text);
  if (!top) return { skipped: 'the file is not a JSON object' };
  // Go matches keys case-insensitively, so a second spelling would make the target ambiguous.
  const envMembers = top.members.filter((m) => m.key.toLowerCase() === 'env_vars');
  if (envMembers.length === 0) return { skipped: 'the RunConfig has no `env_vars` object to add them to' };
  if (envMembers.length > 1 || envMembers[0]!.key !== 'env_vars')
    return { skipped: '`env_vars` appears more than once or in another spelling' };
  const env = envMembers[0]!;
  if (text[env.valueStart] !== '{') return { skipped: '`env_vars` is not an object' };
  const inner = scanTopLevel(text, env.valueStart);
  if (!inner) return { skipped: '`env_vars` could not be read' };

  const existing = new Set(inner.members.map((m) => m.key));
  const todo = defaults.filter((d) => !existing.has(d.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (todo.length === 0) return { text, added: [] };

  const envKey = keyOf(text, env.valueStart);
  if (!envKey) return { skipped: '`env_vars` could not be read' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  if (inner.members.length === 0) {
    const objectText = text.slice(env.valueStart, inner.end);
    // Pretty-printed when the `env_vars` key starts its own line.
    const multiline = /\n[ \t]*$/.test(text.slice(0, envKey.keyStart));
    let body: string;
    if (multiline) {
      // Indent one level deeper than the `env_vars` line, using that line's own indentation unit.
      const outer = lineIndent(text, envKey.keyStart);
      const topIndent = lineIndent(text, text.indexOf('{'));
      const unit = outer.length > topIndent.length && outer.startsWith(topIndent) ? outer.slice(topIndent.length) : '  ';
      const member = outer + unit;
      body = `{${eol}${todo.map((d) => `${member}${goJsonString(d.name)}${envKey.separator}${goJsonString(d.value)}`).join(`,${eol}`)}${eol}${outer}}`;
    } else {
      body = `{${todo.map((d) => `${goJsonString(d.name)}${envKey.separator}${goJsonString(d.value)}`).join(',')}}`;
    }
    if (!/^\{\s*\}$/.test(objectText)) return { skipped: '`env_vars` could not be read' };
    return { text: text.slice(0, env.valueStart) + body + text.slice(inner.end), added: todo };
  }

  // Non-empty object: copy the style of its members.
  const members: (JsonMember & { keyStart: number; separator: string; lead: string })[] = [];
  for (const m of inner.members) {
    const k = keyOf(text, m.valueStart);
    if (!k) return { skipped: '`env_vars` could not be read' };
    members.push({ ...m, ...k, lead: leadingWhitespace(text, k.keyStart) });
  }
  const sorted = members.every((m, i) => i === 0 || members[i - 1]!.key <= m.key);
  const inserts = new Map<number, string>();
  const add = (offset: number, s: string): void => {
    inserts.set(offset, (inserts.get(offset) ?? '') + s);
  };
  for (const d of todo) {
    const pair = (m: (typeof members)[number]): string => `${goJsonString(d.name)}${m.separator}${goJsonString(d.value)}`;
    // Go writes maps with sorted keys; keep that order when the file has it, else append.
    const before = sorted ? members.find((m) => m.key > d.name) : undefined;
    if (before) add(before.keyStart, `${pair(before)},${before.lead}`);
    else {
      const last = members[members.length - 1]!;
      add(last.valueEnd, `,${last.lead}${pair(last)}`);
    }
  }
  let out = text;
  for (const offset of [...inserts.keys()].sort((a, b) => b - a)) out = out.slice(0, offset) + inserts.get(offset)! + out.slice(offset);
  return { text: out, added: todo };
}
