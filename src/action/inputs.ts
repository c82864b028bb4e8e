import { catalogSecrets } from '../io/catalog/secrets.js';
import type * as Core from '@actions/core';
import { credentialSecrets } from '../core/image/registry-credentials.js';
import {
  type OptionLabel,
  parsePullRequestOptions,
  parseRunOptions,
  PULL_REQUEST_OPTION_NAMES,
  type PullRequestRunOptions,
  RUN_OPTION_NAMES,
  type RawOptions,
  type RunOptions
} from '../app/options.js';

export type ActionCore = Pick<
  typeof Core,
  'getInput' | 'setOutput' | 'setFailed' | 'setSecret' | 'info' | 'warning' | 'error' | 'notice' | 'debug' | 'summary'
>;

/** How the Action names an input in its errors. */
export const inputLabel: OptionLabel = (name) => `input ${name}`;

export interface ActionOptions {
  run: RunOptions;
  pullRequest: PullRequestRunOptions;
}

/**
 * Every input, secrets masked first, validated before any work (a PR input too, whatever the
 * mode): a mistake fails the step at once instead of after a whole check.
 */
export function readInputs(core: ActionCore): ActionOptions {
  const raw: RawOptions = {};
  for (const name of [...RUN_OPTION_NAMES, ...PULL_REQUEST_OPTION_NAMES]) raw[name] = core.getInput(name);
  for (const name of ['registry-token', 'token'] as const) {
    const secret = core.getInput(name);
    if (secret) core.setSecret(secret);
  }
  // `https://user:password@host/…`: the user, the password and their base64 (as sent in a Basic
  // header) are masked too. Very short parts would mask every occurrence of common text; our own
  // messages redact them anyway.
  for (const secret of catalogSecrets(core.getInput('registry'))) if (secret.length >= 4) core.setSecret(secret);
  const run = parseRunOptions(raw, inputLabel);
  for (const secret of credentialSecrets(run.verify.credentials ?? [])) core.setSecret(secret);
  return { run, pullRequest: parsePullRequestOptions(raw, inputLabel, run.mode) };
}
