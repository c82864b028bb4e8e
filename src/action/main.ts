import type { ActionCore } from './inputs.js';
import { inputLabel, readInputs } from './inputs.js';
import { writeCheckReport } from './write-report.js';
import { failingFindings } from '../core/check/fail-on.js';
import { type CheckRun, type CheckRunOptions, runCheck } from '../app/run-check.js';
import { errorLine } from '../app/describe-error.js';
import { actionPolicyFile } from '../app/policy-file.js';
import { runPullRequestStep } from './pr-step.js';
import { setPullRequestOutputs } from './pr-outputs.js';
import type { PullRequestOutcome } from '../app/pr-sync.js';
import { safeLogger, terminalLine } from '../core/render/escape/terminal.js';

export type RunCheck = (options: CheckRunOptions) => Promise<CheckRun>;

/** The Action: check mode always; PR mode turns the upgrades it found into a pull request. */
export async function runAction(core: ActionCore, env: NodeJS.ProcessEnv = process.env, check: RunCheck = runCheck): Promise<void> {
  try {
    const { run: options, pullRequest } = readInputs(core);
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const run = await check({
      paths: options.paths,
      root,
      registry: options.registry,
      verify: options.verify,
      allowEmpty: options.allowEmpty,
      maxManifestBytes: options.maxManifestBytes,
      policyFile: actionPolicyFile(options.config, root),
      // core.info writes to stdout as is: every message is made one printable line first.
      log: safeLogger(core)
    });
    // PR mode never ends the run before the report: a failure is recorded, reported, then fails the step.
    let outcomes: PullRequestOutcome[] = [];
    let prFailure: string | undefined;
    if (options.mode === 'pr') {
      try {
        outcomes = await runPullRequestStep(core, env, root, run.results, run.registrySource, pullRequest);
      } catch (error) {
        prFailure = errorLine(error, inputLabel);
      }
      setPullRequestOutputs(core, outcomes, prFailure !== undefined);
    }
    await writeCheckReport(
      core,
      run.results,
      options.failOn,
      {
        registrySource: run.registrySource,
        trustedRoot: run.trustedRoot,
        // Files link to their line at the checked commit.
        sourceLinks: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA },
        ...(options.mode === 'pr' ? { pullRequests: outcomes.map(summaryRow), pullRequestMode: { failure: prFailure } } : {})
      },
      options.maxAnnotations
    );
    const failed = outcomes.filter((o) => o.operation === 'failed');
    if (prFailure !== undefined) core.setFailed(terminalLine(`PR mode failed: ${prFailure}`));
    if (failed.length) {
      core.setFailed(
        terminalLine(
          `PR mode: ${failed.length} of ${outcomes.length} pull request${outcomes.length === 1 ? '' : 's'} failed (first: ${failed[0]!.branch}: ${failed[0]!.error ?? 'unknown error'}); see the job summary`
        )
      );
    }

    const failing = run.results.filter((row) => failingFindings(row, options.failOn).length > 0);
    if (failing.length) {
      core.setFailed(
        `${failing.length} workload${failing.length === 1 ? '' : 's'} matched fail-on (${options.failOn.join(', ')}); see the job summary`
      );
    }
  } catch (error) {
    core.setFailed(terminalLine(errorLine(error, inputLabel)));
  }
}

/** A PR outcome as the job summary lists it: a failure shows its error, a group over the limit reads `waiting`. */
function summaryRow(o: PullRequestOutcome): { operation: string; number?: number; url?: string; branch: string; note?: string } {
  return {
    operation: o.waiting ? 'waiting' : o.operation,
    number: o.number,
    url: o.url,
    branch: o.branch,
    note: o.operation === 'failed' ? o.error : o.note
  };
}
