import type { ActionCore } from './inputs.js';
import type { FailOnKey } from '../core/check/fail-on.js';
import type { CheckResult } from '../core/check/result.js';
import { failingFindings, findingsOf } from '../core/check/fail-on.js';
import { rowToJson } from '../core/render/json.js';
import { renderMarkdownSummary, type SummaryContext } from '../core/render/summary.js';
import { annotationMessage, annotationProperties } from '../core/render/escape/workflow-command.js';
import { escapeJsonText } from '../core/render/escape/json-output.js';
import { utf8Bytes } from '../core/render/escape/utf8-bytes.js';
import { policyNotes } from '../core/render/policy-notes.js';
import { renderHeldBack } from '../core/render/held-back.js';
import { escapeMarkdown } from '../core/render/markdown-escape.js';

function findingMessage(row: CheckResult, blocked: boolean): string {
  const name = row.workload_name || row.file;
  switch (row.status) {
    case 'upgrade-available': {
      const v = row.verification;
      const note =
        v?.status === 'unverified'
          ? ` — ${v.reason ?? 'not verified'}`
          : v?.status === 'verified'
            ? ` (signature verified, ${v.digest})`
            : '';
      return `${name}: upgrade available ${row.current_image} → ${row.candidate_image}${note}${blocked ? '; held back: this entry requires a verified signature (verify: enabled)' : ''}`;
    }
    case 'invalid':
      return `${row.file}: ${row.reason}`;
    case 'server-not-found':
      return `${name}: registry has no server named ${JSON.stringify(row.registry_server)}`;
    case 'unknown':
      return `${name}: cannot decide${row.reason ? `: ${row.reason}` : ''}`;
    case 'not-registry-sourced':
      return `${name}: not registry-sourced (no registry server name), so it cannot be checked`;
    default: {
      const missing = row.missing_env_vars?.map((e) => e.name).join(', ');
      return missing ? `${name}: missing required environment variables: ${missing}` : `${name}: ${row.status}`;
    }
  }
}

/**
 * Annotations on the manifest line: errors for what fails the run, warnings for the rest. GitHub
 * shows at most 10 of each kind per step, so the summary table remains the full account.
 */
export function annotate(core: ActionCore, results: CheckResult[], failOn: FailOnKey[], max: number): void {
  let shown = 0;
  for (const row of results) {
    const findings = findingsOf(row);
    if (findings.length === 0 || findings.every((f) => f === 'not-registry-sourced' && !failOn.includes(f))) continue;
    if (shown >= max) break;
    shown++;
    const props = { title: `ToolHive upgrade check: ${findings.join(', ')}`, file: row.file, startLine: row.line };
    // A candidate held back by verification is an error to read even when it does not fail the step.
    const blocked = row.status === 'upgrade-available' && !row.proposal.propose && !row.held_by;
    // Names, images and reasons come from manifests and the registry: one printable line each.
    const message = annotationMessage([findingMessage(row, blocked), ...policyNotes(row)].join('; '));
    if (blocked || failingFindings(row, failOn).length) core.error(message, annotationProperties(props));
    else core.warning(message, annotationProperties(props));
  }
}

export function countByStatus(rows: CheckResult[]): Record<string, number> {
  const counts: Record<string, number> = {
    'up-to-date': 0,
    'upgrade-available': 0,
    'not-registry-sourced': 0,
    'server-not-found': 0,
    unknown: 0,
    invalid: 0,
    'missing-env': 0,
    unverified: 0,
    held: 0,
    deprecated: 0
  };
  for (const row of rows) {
    counts[row.status]++;
    if (row.missing_env_vars?.length) counts['missing-env']++;
    if (row.verification?.status === 'unverified') counts.unverified++;
    if (row.held_by) counts.held++;
    if (row.deprecated) counts.deprecated++;
  }
  return counts;
}

/** In UTF-8 bytes, as GitHub measures step outputs. */
const OUTPUT_LIMIT = 1_000_000;

/** Compact JSON with bidi, zero-width and separator characters written as `\u` escapes. */
function compactJson(value: unknown): string {
  return escapeJsonText(JSON.stringify(value));
}

/**
 * The `results` output as compact JSON. GitHub caps a step output at 1 MB: past that, up-to-date
 * rows go first, then rows from the end, and the caller says so.
 */
export function resultsOutput(rows: CheckResult[], limit = OUTPUT_LIMIT): { json: string; omitted: number } {
  const all = rows.map(rowToJson);
  let json = compactJson(all);
  let bytes = utf8Bytes(json);
  if (bytes <= limit) return { json, omitted: 0 };
  const kept = all.filter((_, i) => findingsOf(rows[i]).length > 0);
  json = compactJson(kept);
  bytes = utf8Bytes(json);
  while (bytes > limit && kept.length > 0) {
    kept.splice(Math.floor(kept.length * Math.min(0.99, limit / bytes)));
    json = compactJson(kept);
    bytes = utf8Bytes(json);
  }
  return { json, omitted: all.length - kept.length };
}

export async function writeCheckReport(
  core: ActionCore,
  rows: CheckResult[],
  failOn: FailOnKey[],
  context: Omit<SummaryContext, 'failOn'> & {
    /** PR mode only: upgrades held back are listed; `failure` is why PR mode stopped before any PR. */
    pullRequestMode?: { failure?: string };
  },
  maxAnnotations: number
): Promise<void> {
  const { pullRequestMode, ...summaryContext } = context;
  const counts = countByStatus(rows);
  const results = resultsOutput(rows);
  if (results.omitted) {
    core.warning(
      `the results output holds ${rows.length - results.omitted} of ${rows.length} workloads (step outputs are limited to 1 MB); up-to-date workloads were left out first`
    );
  }
  core.setOutput('results', results.json);
  core.setOutput('counts', JSON.stringify(counts));
  core.setOutput('upgrades-available', String(counts['upgrade-available']));
  annotate(core, rows, failOn, maxAnnotations);
  let summary = renderMarkdownSummary(rows, { ...summaryContext, failOn });
  if (pullRequestMode) {
    if (pullRequestMode.failure !== undefined) summary += `\n**PR mode failed:** ${escapeMarkdown(pullRequestMode.failure)}\n`;
    const held = renderHeldBack(rows);
    if (held) summary += `\n${held}`;
  }
  await core.summary.addRaw(summary).write();
}
