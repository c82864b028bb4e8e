import type { ActionCore } from './inputs.js';
import { primaryOutcome, type PullRequestOutcome } from '../app/pr-sync.js';
import { escapeJsonText } from '../core/render/escape/json-output.js';

/** One object per PR group, as the `pull-requests` output documents it. */
export function pullRequestsJson(outcomes: readonly PullRequestOutcome[]): string {
  const rows = outcomes.map((o) => ({
    number: o.number ?? null,
    url: o.url ?? null,
    operation: o.operation,
    branch: o.branch,
    head_sha: o.headSha ?? null,
    workloads: o.workloads,
    ...(o.error !== undefined ? { error: o.error } : {}),
    ...(o.waiting ? { waiting: true } : {})
  }));
  // Branch names, workload names and error text come from manifests and GitHub: bidi and separator characters are escaped.
  return escapeJsonText(JSON.stringify(rows));
}

/**
 * The PR outputs: `pull-requests` lists every group; the single-valued ones (as
 * peter-evans/create-pull-request names them) describe the primary outcome. `failedStep`: PR mode
 * stopped before any group (configuration, context), so the operation is `failed`.
 */
export function setPullRequestOutputs(core: ActionCore, outcomes: readonly PullRequestOutcome[], failedStep = false): void {
  const primary = primaryOutcome(outcomes);
  core.setOutput('pull-requests', pullRequestsJson(outcomes));
  core.setOutput('pull-request-number', primary?.number === undefined ? '' : String(primary.number));
  core.setOutput('pull-request-url', primary?.url ?? '');
  core.setOutput('pull-request-operation', failedStep ? 'failed' : (primary?.operation ?? 'none'));
  core.setOutput('pull-request-branch', primary?.branch ?? '');
  core.setOutput('pull-request-head-sha', primary?.headSha ?? '');
}
