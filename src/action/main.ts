import type { ActionCore } from './inputs.js';
import { inputLabel, readInputs } from './inputs.js';
import { writeCheckReport } from './write-report.js';
import { UpgradeActionError } from '../core/errors.js';
import { failingFindings } from '../core/check/fail-on.js';
import { type CheckRun, type CheckRunOptions, runCheck } from '../app/run-check.js';
import { describeError } from '../app/describe-error.js';
import { actionPolicyFile } from '../app/policy-file.js';
import { runPullRequestStep } from './pr-step.js';
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
    const outcomes = options.mode === 'pr' ? await runPullRequestStep(core, env, root, run.results, run.registrySource, pullRequest) : [];
    await writeCheckReport(core, run.results, options.failOn, { registrySource: run.registrySource, trustedRoot: run.trustedRoot, pullRequests: outcomes }, options.maxAnnotations);

    const failing = run.results.filter((row) => failingFindings(row, options.failOn).length > 0);
    if (failing.length) {
      core.setFailed(`${failing.length} workload${failing.length === 1 ? '' : 's'} matched fail-on (${options.failOn.join(', ')}); see the job summary`);
    }
  } catch (error) {
    core.setFailed(terminalLine(error instanceof UpgradeActionError ? describeError(error, inputLabel) : `internal error: ${(error as Error)?.message ?? String(error)}`));
  }
}
