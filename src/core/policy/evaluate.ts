// Decides whether the policy holds an upgrade back, and names the rule that did (`held_by`).
// thv's verdict is never changed: a held upgrade is still `upgrade-available`, just not proposed.

import { globToRegExp } from '../text/glob.js';
import type { PolicySource, Selector, UpdateType, UpgradePolicy, UpgradeSubject } from './types.js';

const compiled = new Map<string, RegExp>();
function matches(glob: string, value: string): boolean {
  let re = compiled.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    compiled.set(glob, re);
  }
  return re.test(value);
}

function any(globs: string[] | undefined, value: string): boolean {
  return globs === undefined || globs.some((g) => matches(g, value));
}

/** A selector matches when every kind of glob it gives has one that matches. */
export function selects(selector: Selector, subject: Pick<UpgradeSubject, 'workload' | 'server' | 'path'>): boolean {
  return any(selector.workloads, subject.workload) && any(selector.servers, subject.server) && any(selector.paths, subject.path);
}

function at(source: PolicySource | undefined): string {
  return source ? ` (${source.file}:${source.line})` : '';
}

function describeSelector(selector: Selector): string {
  const parts: string[] = [];
  if (selector.workloads) parts.push(`workload ${selector.workloads.join(', ')}`);
  if (selector.servers) parts.push(`server ${selector.servers.join(', ')}`);
  if (selector.paths) parts.push(`path ${selector.paths.join(', ')}`);
  return parts.join(' + ');
}

/** A prerelease is wanted only when listed, or when the workload already runs a prerelease. */
function allowed(type: UpdateType, types: UpdateType[], currentIsPrerelease: boolean): boolean {
  if (type === 'prerelease') return types.includes('prerelease') || currentIsPrerelease;
  return types.includes(type);
}

/** Why the policy holds this upgrade back, or undefined when it may be proposed. */
export function heldBy(policy: UpgradePolicy, subject: UpgradeSubject): string | undefined {
  if (subject.optOut) return `${subject.optOut} toolhive-upgrade/ignore`;
  const ignored = policy.ignore.find((entry) => selects(entry.selector, subject));
  if (ignored) return `ignore ${describeSelector(ignored.selector)}${at(ignored.source)}`;

  // Later rules override earlier ones, setting by setting.
  let updateTypes = policy.updateTypes;
  let ignore: { value: boolean; source: PolicySource } | undefined;
  for (const rule of policy.rules) {
    if (!selects(rule.selector, subject)) continue;
    if (rule.updateTypes) updateTypes = rule.updateTypes;
    if (rule.ignore) ignore = rule.ignore;
  }
  if (ignore?.value) return `rule ignore${at(ignore.source)}`;
  if (!allowed(subject.updateType, updateTypes.types, subject.currentIsPrerelease)) {
    // Without a source the types are the built-in default: say so, or the user looks for a rule.
    return `update-types [${updateTypes.types.join(', ')}]${updateTypes.source ? at(updateTypes.source) : ' (default)'}`;
  }
  return undefined;
}
