// The options of a run, validated the same way whichever entry read them: the CLI turns argv into
// raw strings, the Action its inputs, and the functions here turn those into typed options before
// any work starts. Errors name the option the way the entry spells it (`input timeout`,
// `--timeout`), so neither entry speaks the other's language.

import { ConfigurationError } from '../core/errors.js';
import { DEFAULT_FAIL_ON_CHECK, DEFAULT_FAIL_ON_PR, FAIL_ON_KEYS, type FailOnKey, parseFailOn } from '../core/check/fail-on.js';
import { parseRegistryCredentials } from '../core/image/registry-credentials.js';
import { DEFAULT_BRANCH_PREFIX, isValidBranchName } from '../core/pr/branch.js';
import { VERIFY_MODES } from '../core/provenance/verification.js';
import { DEFAULT_REGISTRY_URL, type RegistryKind, type RegistrySourceOptions } from '../io/catalog/open-catalog.js';
import type { VerifyOptions } from './run-check.js';
import type { PullRequestOptions } from './pr-sync.js';

export const RUN_OPTION_NAMES = [
  'mode',
  'paths',
  'allow-empty',
  'max-manifest-bytes',
  'registry',
  'registry-type',
  'registry-token',
  'registry-ca',
  'timeout',
  'registry-deadline',
  'fail-on',
  'max-annotations',
  'verify',
  'trusted-root',
  'registry-credentials',
  'insecure-registries',
  'config'
] as const;

export const PULL_REQUEST_OPTION_NAMES = [
  'token',
  'base',
  'branch-prefix',
  'grouping',
  'title',
  'labels',
  'reviewers',
  'team-reviewers',
  'assignees',
  'draft',
  'add-default-env-vars',
  'max-pull-requests',
  'commit-message'
] as const;

export type OptionName = (typeof RUN_OPTION_NAMES)[number] | (typeof PULL_REQUEST_OPTION_NAMES)[number];

/** As the user wrote it; list options may come already split (repeated CLI flags, positional paths). */
export type RawValue = string | readonly string[];
export type RawOptions = Partial<Record<OptionName, RawValue>>;

/** How an entry names an option in its errors: `input timeout` (Action), `--timeout` (CLI). */
export type OptionLabel = (name: OptionName) => string;

export interface NumberRange {
  default: number;
  min: number;
  max: number;
}

/** Seconds per request. 0 would time out every request, and Node clamps delays past 2^31 ms to 1 ms. */
export const TIMEOUT_SECONDS: NumberRange = { default: 30, min: 1, max: 3600 };
/** Seconds for loading the whole catalogue (every page and retry). */
export const REGISTRY_DEADLINE_SECONDS: NumberRange = { default: 120, min: 1, max: 3600 };
/** Largest manifest file read, in bytes: 1 MiB by default, never under 1 KiB. */
export const MAX_MANIFEST_BYTES: NumberRange = { default: 1024 * 1024, min: 1024, max: Number.MAX_SAFE_INTEGER };
export const MAX_ANNOTATIONS: NumberRange = { default: 10, min: 0, max: 1000 };
/** Open PRs of this Action at once; 0 means no limit. */
export const MAX_PULL_REQUESTS: NumberRange = { default: 10, min: 0, max: 1000 };

export type RunMode = 'check' | 'pr';

export type RegistryOptions = Omit<RegistrySourceOptions, 'log'> & {
  kind: RegistryKind;
  timeoutMs: number;
  /** Whole catalogue load, every page and retry included. */
  deadlineMs: number;
};

export interface RunOptions {
  mode: RunMode;
  /** Files, directories and globs, relative to the workspace. */
  paths: string[];
  /** A run whose paths match no manifest passes instead of failing. */
  allowEmpty: boolean;
  maxManifestBytes: number;
  registry: RegistryOptions;
  failOn: FailOnKey[];
  maxAnnotations: number;
  verify: VerifyOptions;
  /** The upgrade policy file as given (app/policy-file.ts resolves it for each entry). */
  config?: string;
}

export interface PullRequestRunOptions {
  /** Required in `mode: pr`. */
  token?: string;
  /** The branch PRs target; default: the branch the workflow runs on. */
  base?: string;
  pullRequest: Omit<PullRequestOptions, 'defaultBranch'>;
}

/** An option whose value cannot be used; the message starts with the option as the entry names it. */
export class InvalidOptionError extends ConfigurationError<'invalid-input' | 'missing-token'> {
  readonly option: OptionName;

  constructor(
    option: OptionName,
    label: OptionLabel,
    problem: string,
    hint?: string,
    code: 'invalid-input' | 'missing-token' = 'invalid-input'
  ) {
    super(code, `${label(option)}: ${problem}`, {}, hint);
    this.option = option;
  }
}

/** Reads one option's raw value and reports problems under its name. */
class OptionReader {
  constructor(
    private readonly raw: RawOptions,
    private readonly label: OptionLabel
  ) {}

  fail(name: OptionName, problem: string, hint?: string): never {
    throw new InvalidOptionError(name, this.label, problem, hint);
  }

  /** The trimmed value, or undefined when unset or blank. A repeated scalar keeps its last value. */
  text(name: OptionName): string | undefined {
    const value = this.raw[name];
    const last = typeof value === 'string' ? value : value?.[value.length - 1];
    const trimmed = last?.trim();
    return trimmed ? trimmed : undefined;
  }

  /** Items written as lines, commas or both (or given one by one). */
  list(name: OptionName): string[] {
    const value = this.raw[name];
    const items = typeof value === 'string' ? value.split(/[\n,]/) : (value ?? []);
    return items.map((s) => s.trim()).filter(Boolean);
  }

  oneOf<T extends string>(name: OptionName, allowed: readonly T[], fallback: T): T {
    const value = this.text(name) ?? fallback;
    if (!(allowed as readonly string[]).includes(value)) this.fail(name, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** `true` or `false` in any case; `yes`, `1` and the like are mistakes, not false. */
  boolean(name: OptionName, fallback: boolean): boolean {
    const value = this.text(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (lower !== 'true' && lower !== 'false') this.fail(name, `${JSON.stringify(value)} is not true or false`);
    return lower === 'true';
  }

  number(name: OptionName, range: NumberRange, what: { integer?: boolean; unit?: string } = {}): number {
    const value = this.text(name);
    if (value === undefined) return range.default;
    // Number() reads '', '0x10' and ' 1 ' too; only plain decimals are accepted.
    const n = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
    const kind = what.integer ? 'a whole number' : 'a number';
    const unit = what.unit ? ` ${what.unit}` : '';
    const bounds = range.max === Number.MAX_SAFE_INTEGER ? `at least ${range.min}` : `from ${range.min} to ${range.max}`;
    if (!Number.isFinite(n) || (what.integer && !Number.isSafeInteger(n)) || n < range.min || n > range.max) {
      this.fail(name, `${JSON.stringify(value)} is not ${kind}${unit} ${bounds}`, `default: ${range.default}`);
    }
    return n;
  }
}

function failOnOption(read: OptionReader, mode: RunMode): FailOnKey[] {
  const value = read.text('fail-on') ?? '';
  const items = value.split(/[\s,]+/).filter(Boolean);
  if (items.length > 1 && items.some((s) => s.toLowerCase() === 'none')) {
    read.fail('fail-on', 'none cannot be combined with other findings', `use none alone, or a comma list of ${FAIL_ON_KEYS.join(', ')}`);
  }
  const unknown = value
    .split(/[\s,]+/)
    .map((s) => s.toLowerCase())
    .filter((s) => s !== '' && s !== 'none' && !(FAIL_ON_KEYS as readonly string[]).includes(s));
  if (unknown.length) {
    read.fail(
      'fail-on',
      `unknown value ${unknown.map((u) => JSON.stringify(u)).join(', ')}`,
      `use a comma list of ${FAIL_ON_KEYS.join(', ')}, or none`
    );
  }
  return parseFailOn(value, mode === 'pr' ? DEFAULT_FAIL_ON_PR : DEFAULT_FAIL_ON_CHECK);
}

function credentialsOption(read: OptionReader): VerifyOptions['credentials'] {
  try {
    return parseRegistryCredentials(read.list('registry-credentials').join('\n'));
  } catch (error) {
    // The parser's message names the entry by its host only: the rest may be a secret.
    if (error instanceof ConfigurationError) read.fail('registry-credentials', error.message, error.hint);
    throw error;
  }
}

/** The options of the check, shared by both entries. Throws InvalidOptionError before any work. */
export function parseRunOptions(raw: RawOptions, label: OptionLabel): RunOptions {
  const read = new OptionReader(raw, label);
  const mode = read.oneOf('mode', ['check', 'pr'] as const, 'check');
  const paths = read.list('paths');
  const timeoutMs = read.number('timeout', TIMEOUT_SECONDS, { unit: 'of seconds' }) * 1000;
  const verifyMode = read.text('verify') === undefined ? undefined : read.oneOf('verify', VERIFY_MODES, 'enabled');
  return {
    mode,
    paths: paths.length ? paths : ['.'],
    allowEmpty: read.boolean('allow-empty', false),
    maxManifestBytes: read.number('max-manifest-bytes', MAX_MANIFEST_BYTES, { integer: true, unit: 'of bytes' }),
    registry: {
      source: read.text('registry') ?? DEFAULT_REGISTRY_URL,
      kind: read.oneOf('registry-type', ['auto', 'file', 'url', 'api'] as const, 'auto'),
      token: read.text('registry-token'),
      caFile: read.text('registry-ca'),
      timeoutMs,
      deadlineMs: read.number('registry-deadline', REGISTRY_DEADLINE_SECONDS, { unit: 'of seconds' }) * 1000
    },
    failOn: failOnOption(read, mode),
    maxAnnotations: read.number('max-annotations', MAX_ANNOTATIONS, { integer: true }),
    verify: {
      mode: verifyMode,
      trustedRootFile: read.text('trusted-root'),
      credentials: credentialsOption(read),
      insecureHosts: read.list('insecure-registries'),
      timeoutMs
    },
    config: read.text('config')
  };
}

/**
 * The pull-request options (Action only). Validated in every mode, so a typo fails the first run,
 * not the first run that has an upgrade to propose; the token is required in `mode: pr` only.
 */
export function parsePullRequestOptions(raw: RawOptions, label: OptionLabel, mode: RunMode): PullRequestRunOptions {
  const read = new OptionReader(raw, label);
  const token = read.text('token');
  if (mode === 'pr' && token === undefined) {
    throw new InvalidOptionError(
      'token',
      label,
      'mode: pr needs a GitHub token',
      'set `token:` (default `${{ github.token }}`) or pass an App token / PAT',
      'missing-token'
    );
  }
  const branchPrefix = read.text('branch-prefix') ?? DEFAULT_BRANCH_PREFIX;
  if (!isValidBranchName(`${branchPrefix}x`)) {
    read.fail(
      'branch-prefix',
      `${JSON.stringify(branchPrefix)} is not usable in a git branch name`,
      'use letters, digits, `-`, `_`, `.` and `/`, e.g. `toolhive-upgrade/`'
    );
  }
  const base = read.text('base');
  if (base !== undefined && !isValidBranchName(base)) read.fail('base', `${JSON.stringify(base)} is not a branch name`);
  return {
    token,
    base,
    pullRequest: {
      branchPrefix,
      grouping: read.oneOf('grouping', ['all', 'per-workload'] as const, 'all'),
      labels: read.list('labels'),
      reviewers: read.list('reviewers'),
      teamReviewers: read.list('team-reviewers'),
      assignees: read.list('assignees'),
      draft: read.boolean('draft', false),
      addDefaultEnvVars: read.boolean('add-default-env-vars', false),
      title: read.text('title'),
      maxPullRequests: read.number('max-pull-requests', MAX_PULL_REQUESTS, { integer: true }),
      commitMessage: read.text('commit-message')
    }
  };
}
