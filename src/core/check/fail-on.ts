import type { CheckResult } from './result.js';
import { ConfigurationError } from '../errors.js';

/** What can make a run fail: thv's statuses (but up-to-date), plus findings beyond thv. */
export const FAIL_ON_KEYS = [
  'upgrade-available',
  'unknown',
  'server-not-found',
  'not-registry-sourced',
  'missing-env',
  'invalid',
  'unverified',
  'held',
  'deprecated'
] as const;

export type FailOnKey = (typeof FAIL_ON_KEYS)[number];

/** Stale, unverifiable or broken manifests fail a required check; `unknown` (e.g. `latest` tags) only warns. */
export const DEFAULT_FAIL_ON_CHECK: FailOnKey[] = ['upgrade-available', 'server-not-found', 'missing-env', 'invalid', 'unverified'];
/** In PR mode the PR is the answer to an upgrade; the run fails only on what a PR cannot fix. */
export const DEFAULT_FAIL_ON_PR: FailOnKey[] = ['invalid'];

export function parseFailOn(value: string, fallback: FailOnKey[]): FailOnKey[] {
  const items = value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0) return fallback;
  if (items.length === 1 && items[0] === 'none') return [];
  const unknown = items.filter((i) => !(FAIL_ON_KEYS as readonly string[]).includes(i));
  if (unknown.length) {
    throw new ConfigurationError(
      'invalid-fail-on',
      `fail-on: unknown value ${unknown.map((u) => JSON.stringify(u)).join(', ')}`,
      {},
      `use a comma list of ${FAIL_ON_KEYS.join(', ')}, or none`
    );
  }
  return [...new Set(items as FailOnKey[])];
}

/** Every finding a row carries, whether or not it fails the run. */
export function findingsOf(row: CheckResult): FailOnKey[] {
  const findings: FailOnKey[] = [];
  // A held upgrade is what the repository asked for: it counts as `held`, not as `upgrade-available`.
  if (row.status === 'upgrade-available' && row.held_by !== undefined) findings.push('held');
  else if (row.status !== 'up-to-date') findings.push(row.status);
  if (row.missing_env_vars?.length) findings.push('missing-env');
  if (row.verification?.status === 'unverified') findings.push('unverified');
  if (row.deprecated) findings.push('deprecated');
  return findings;
}

export function failingFindings(row: CheckResult, failOn: FailOnKey[]): FailOnKey[] {
  return failOn.length === 0 ? [] : findingsOf(row).filter((f) => failOn.includes(f));
}
