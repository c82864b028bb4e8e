import { readFile } from 'node:fs/promises';
import type { ActionCore } from './inputs.js';
import { ConfigurationError } from '../core/errors.js';
import type { CheckResult } from '../core/check/result.js';
import { proposableUpgrades } from '../core/pr/plan.js';
import { heldUpgrades } from '../core/policy/apply.js';
import { safeLogger, terminalLine } from '../core/render/escape/terminal.js';
import { createGitHubClient } from '../io/github/client.js';
import { runPullRequestMode, type PullRequestOutcome } from '../app/pr-sync.js';
import type { PullRequestRunOptions } from '../app/options.js';
import { requireBaseHoldsCommit } from '../app/pr-base-branch.js';
import { inRepository } from '../app/pr-checkout.js';
import { annotationMessage } from '../core/render/escape/workflow-command.js';

async function defaultBranchOf(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { repository?: { default_branch?: string } };
    return event.repository?.default_branch;
  } catch {
    return undefined;
  }
}

/** PR mode: plan the upgrades the check found and open, update or close the pull request(s). */
export async function runPullRequestStep(
  core: ActionCore,
  env: NodeJS.ProcessEnv,
  root: string,
  results: CheckResult[],
  registrySource: string,
  inputs: PullRequestRunOptions
): Promise<PullRequestOutcome[]> {
  const token = inputs.token;
  if (!token) {
    throw new ConfigurationError(
      'missing-token',
      'mode: pr needs a GitHub token',
      {},
      'set `token:` (default `${{ github.token }}`) or pass an App token / PAT'
    );
  }
  const repository = env.GITHUB_REPOSITORY ?? '';
  const baseBranch = inputs.base || env.GITHUB_REF_NAME || '';
  const baseSha = env.GITHUB_SHA ?? '';
  if (!repository || !baseBranch || !baseSha) {
    throw new ConfigurationError(
      'missing-context',
      'mode: pr must run in a GitHub Actions job (GITHUB_REPOSITORY, GITHUB_REF_NAME and GITHUB_SHA are not set)'
    );
  }
  if (env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target') {
    throw new ConfigurationError(
      'invalid-event',
      'mode: pr runs on a branch (schedule, push, workflow_dispatch), not on pull_request events',
      {},
      'use mode: check as the pull-request status check'
    );
  }

  const github = createGitHubClient({
    token,
    repository,
    apiUrl: env.GITHUB_API_URL,
    log: safeLogger(core)
  });
  const checkout = inRepository(proposableUpgrades(results), root);
  const upgrades = checkout.upgrades;
  await requireBaseHoldsCommit(github, { baseBranch, baseSha, ref: env.GITHUB_REF ?? '', fromInput: Boolean(inputs.base) });
  core.info(
    terminalLine(
      `PR mode: ${upgrades.length} upgrade${upgrades.length === 1 ? '' : 's'} to propose against ${baseBranch} (${baseSha.slice(0, 12)})`
    )
  );
  const outcomes = await runPullRequestMode({
    upgrades,
    readFile: checkout.readFile,
    held: heldUpgrades(results),
    baseSha,
    baseBranch,
    registrySource,
    options: { ...inputs.pullRequest, defaultBranch: await defaultBranchOf(env) },
    github,
    log: safeLogger(core)
  });
  for (const o of outcomes) {
    const line = `${o.branch}: ${o.operation}${o.url ? ` ${o.url}` : ''}${o.note ? ` (${o.note})` : ''}${o.error ? `: ${o.error}` : ''}`;
    if (o.operation === 'failed') core.error(annotationMessage(line));
    else core.info(terminalLine(line));
  }
  return outcomes;
}
