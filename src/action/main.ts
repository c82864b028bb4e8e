import type { ActionCore } from './inputs.js';
import { readInputs } from './inputs.js';
import { writeCheckReport } from './write-report.js';
import { UpgradeActionError } from '../core/errors.js';
import { failingFindings } from '../core/check/fail-on.js';
import { runCheck } from '../app/run-check.js';
import { runPullRequestStep } from './pr-step.js';

/** The Action: check mode always; PR mode turns the upgrades it found into a pull request. */
export async function runAction(core: ActionCore, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs(core);
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const run = await runCheck({
      paths: inputs.paths,
      root,
      registry: {
        source: inputs.registry,
        kind: inputs.registryKind,
        token: inputs.registryToken,
        caFile: inputs.registryCa,
        timeoutMs: inputs.timeoutMs
      },
      verify: inputs.verify,
      log: { info: core.info, warning: (m) => core.warning(m), debug: core.debug }
    });
    const outcomes = inputs.mode === 'pr' ? await runPullRequestStep(core, env, root, run.results, run.registrySource) : [];
    await writeCheckReport(core, run.results, inputs.failOn, { registrySource: run.registrySource, trustedRoot: run.trustedRoot, pullRequests: outcomes }, inputs.maxAnnotations);

    const failing = run.results.filter((row) => failingFindings(row, inputs.failOn).length > 0);
    if (failing.length) {
      core.setFailed(`${failing.length} workload${failing.length === 1 ? '' : 's'} matched fail-on (${inputs.failOn.join(', ')}); see the job summary`);
    }
  } catch (error) {
    core.setFailed(error instanceof UpgradeActionError ? error.describe() : `internal error: ${(error as Error)?.message ?? String(error)}`);
  }
}
