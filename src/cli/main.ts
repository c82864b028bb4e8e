import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UpgradeActionError } from '../core/errors.js';
import { DEFAULT_FAIL_ON_CHECK, FAIL_ON_KEYS, failingFindings } from '../core/check/fail-on.js';
import { renderJsonPieces } from '../core/render/json.js';
import { renderTable } from '../core/render/table.js';
import { describeTrustedRoot } from '../core/render/trusted-root.js';
import { renderMarkdownSummary } from '../core/render/summary.js';
import { safeLogger, terminalLine } from '../core/render/escape/terminal.js';
import { escapeJsonText } from '../core/render/escape/json-output.js';
import { DEFAULT_REGISTRY_URL } from '../io/catalog/open-catalog.js';
import type { CheckResult } from '../core/check/result.js';
import { runCheck } from '../app/run-check.js';
import { describeError } from '../app/describe-error.js';
import { cliPolicyFile } from '../app/policy-file.js';
import type { ApplyOutcome } from '../app/apply.js';
import { nearest, didYouMean } from '../core/text/nearest.js';
import { unifiedDiff } from '../core/text/unified-diff.js';
import { VERSION } from './version.js';
import {
  MAX_MANIFEST_BYTES,
  type OptionLabel,
  type RawOptions,
  REGISTRY_DEADLINE_SECONDS,
  TIMEOUT_SECONDS,
  parseRunOptions
} from '../app/options.js';

const USAGE = `Usage: toolhive-upgrade check [options] [PATHS...]
       toolhive-upgrade apply [--dry-run] [options] [PATHS...]

check  checks ToolHive RunConfig and MCPServer manifests against a registry, with the verdicts
       of \`thv upgrade check\`.
apply  writes the upgrades check would propose into the manifests, in place: only the image tag
       changes, with the same verification and policy as the Action's PR mode.
PATHS are files, directories (scanned recursively) or globs; default: .

Options:
  --registry SRC         registry file, registry JSON URL or registry API base URL
                         (default: ${DEFAULT_REGISTRY_URL})
  --registry-type TYPE   auto | file | url | api (default: auto)
  --registry-token T     bearer token for the registry (or env TOOLHIVE_REGISTRY_TOKEN)
  --registry-ca FILE     PEM bundle of extra CAs for the registry's TLS certificate
  --timeout SECONDS      per-request timeout, ${TIMEOUT_SECONDS.min} to ${TIMEOUT_SECONDS.max} (default: ${TIMEOUT_SECONDS.default})
  --registry-deadline SECONDS
                         time allowed for loading the whole registry, every page and retry
                         included, ${REGISTRY_DEADLINE_SECONDS.min} to ${REGISTRY_DEADLINE_SECONDS.max} (default: ${REGISTRY_DEADLINE_SECONDS.default})
  --verify MODE          enabled | warn | disabled: verify candidate images with sigstore against
                         the entry's provenance (default: enabled for entries with provenance,
                         warn for entries without)
  --trusted-root FILE    sigstore trusted_root.json to use instead of the public-good TUF root
  --registry-credential HOST=USER:PASSWORD|HOST=TOKEN
                         credentials for a container registry (repeatable; or env
                         TOOLHIVE_REGISTRY_CREDENTIALS, one per line)
  --insecure-registry HOST:PORT
                         container registry reached over plain HTTP (repeatable; local mirrors)
  --allow-empty          pass when PATHS match no manifest (default: that is an error)
  --max-manifest-bytes N largest manifest file read, at least ${MAX_MANIFEST_BYTES.min} (default: ${MAX_MANIFEST_BYTES.default})
  --format FMT           table | json | markdown (default: table)
  --config FILE          upgrade policy file (YAML): what is ignored, which update types are
                         proposed, rules per path, workload or registry entry
  --fail-on LIST         comma list of ${FAIL_ON_KEYS.join(', ')}, or none
                         (default: ${DEFAULT_FAIL_ON_CHECK.join(',')})
  --dry-run              apply: print the changes as a unified diff, write nothing
  -h, --help             show this help
  --version              print the version

Exit codes: check: 0 nothing in --fail-on found, 1 something was; apply: 0 every upgrade applied
(or, with --dry-run, applicable) and no manifest invalid, 1 otherwise; both: 2 usage,
configuration or registry error.
`;

class UsageError extends UpgradeActionError<'usage'> {}

// The CLI spells options as flags; a few are repeatable and named in the singular.
const FLAG_NAMES: Partial<Record<string, string>> = {
  paths: 'PATHS',
  'registry-credentials': '--registry-credential',
  'insecure-registries': '--insecure-registry'
};
const flagLabel: OptionLabel = (name) => FLAG_NAMES[name] ?? `--${name}`;
const flagLabelWithEnvCredentials: OptionLabel = (name) =>
  name === 'registry-credentials' ? '--registry-credential / TOOLHIVE_REGISTRY_CREDENTIALS' : flagLabel(name);

const OPTIONS = {
  registry: { type: 'string' },
  'registry-type': { type: 'string' },
  'registry-token': { type: 'string' },
  'registry-ca': { type: 'string' },
  timeout: { type: 'string' },
  'registry-deadline': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  'max-manifest-bytes': { type: 'string' },
  format: { type: 'string' },
  verify: { type: 'string' },
  'trusted-root': { type: 'string' },
  'registry-credential': { type: 'string', multiple: true },
  'insecure-registry': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const;

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  return { values, positionals };
}

/** The flags parseArgs knows, spelled as on the command line. */
const KNOWN_FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** parseArgs' error, as one line in our words: the flag, what is wrong, and the nearest flag for a typo. */
function usageErrorFor(error: Error & { code?: string }, argv: string[]): UsageError {
  const end = argv.indexOf('--');
  const flags = (end === -1 ? argv : argv.slice(0, end)).filter((a) => a.startsWith('-') && a !== '-');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = flags.map((a) => a.split('=')[0]!).find((f) => f !== '-h' && !KNOWN_FLAGS.includes(f)) ?? '';
    const suggestion = unknown.startsWith('--') ? nearest(unknown, KNOWN_FLAGS, 1) : [];
    return new UsageError(
      'usage',
      `unknown option ${unknown}${didYouMean(suggestion)}`,
      {},
      suggestion.length ? undefined : 'see toolhive-upgrade --help'
    );
  }
  const flag = /'(--?[a-z-]+)/.exec(error.message)?.[1];
  if (flag && /argument missing/.test(error.message))
    return new UsageError('usage', `${flag} needs a value`, {}, 'see toolhive-upgrade --help');
  if (flag && /does not take an argument/.test(error.message))
    return new UsageError('usage', `${flag} takes no value`, {}, 'see toolhive-upgrade --help');
  return new UsageError('usage', error.message.replace(/'/g, ''), {}, 'see toolhive-upgrade --help');
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Width of the terminal stdout goes to; unset when it is not one (the table then uses 120). */
  columns?: number;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UpgradeActionError) {
      io.stderr(`toolhive-upgrade: error: ${terminalLine(describeError(error, flagLabel))}\n`);
    } else {
      // An unexpected failure is our bug: one line; the stack only on request.
      io.stderr(`toolhive-upgrade: internal error: ${terminalLine((error as Error)?.message ?? String(error))}\n`);
      // The frames only: the message above may hold registry text, the frames are our own paths.
      if (io.env.TOOLHIVE_UPGRADE_DEBUG === '1') io.stderr(`${stackFrames(error)}\n`);
    }
    return 2;
  }
}

async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    throw usageErrorFor(error as Error, argv);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    io.stdout(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check' && command !== 'apply') {
    const suggestion = nearest(command ?? '', ['check', 'apply'], 1);
    throw new UsageError(
      'usage',
      `unknown command ${command}${didYouMean(suggestion)}`,
      {},
      suggestion.length ? undefined : 'the commands are check and apply'
    );
  }
  if (command === 'check' && values['dry-run']) throw new UsageError('usage', '--dry-run is an option of apply, not of check');
  if (command === 'apply') {
    for (const flag of ['format', 'fail-on'] as const) {
      if (values[flag] !== undefined)
        throw new UsageError(
          'usage',
          `--${flag} is an option of check, not of apply`,
          {},
          'apply prints what it changes and exits 1 when an upgrade could not be applied'
        );
    }
  }

  const format = values.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format))
    throw new UsageError('usage', `--format must be table, json or markdown, not ${JSON.stringify(format)}`);
  const envCredentials = io.env.TOOLHIVE_REGISTRY_CREDENTIALS ?? '';
  const raw: RawOptions = {
    mode: 'check',
    paths,
    'allow-empty': values['allow-empty'] ? 'true' : undefined,
    'max-manifest-bytes': values['max-manifest-bytes'],
    registry: values.registry,
    'registry-type': values['registry-type'],
    'registry-token': values['registry-token'] ?? io.env.TOOLHIVE_REGISTRY_TOKEN,
    'registry-ca': values['registry-ca'],
    timeout: values.timeout,
    'registry-deadline': values['registry-deadline'],
    'fail-on': values['fail-on'],
    verify: values.verify,
    'trusted-root': values['trusted-root'],
    'registry-credentials': [...(values['registry-credential'] ?? []), ...envCredentials.split('\n')],
    'insecure-registries': values['insecure-registry'],
    config: values.config
  };
  const options = parseRunOptions(raw, envCredentials.trim() ? flagLabelWithEnvCredentials : flagLabel);
  const failOn = options.failOn;

  const debug = io.env.TOOLHIVE_UPGRADE_DEBUG === '1';
  const checkOptions = {
    paths: options.paths,
    root: io.cwd,
    registry: options.registry,
    verify: { ...options.verify, cacheDir: io.env.RUNNER_TEMP ? undefined : path.join(os.tmpdir(), 'toolhive-upgrade-sigstore') },
    allowEmpty: options.allowEmpty,
    maxManifestBytes: options.maxManifestBytes,
    policyFile: cliPolicyFile(options.config, io.cwd),
    // Log lines carry registry and manifest strings: each is made one printable line.
    log: safeLogger({
      info: (m) => io.stderr(`${m}\n`),
      warning: (m) => io.stderr(`warning: ${m}\n`),
      debug: (m) => {
        if (debug) io.stderr(`debug: ${m}\n`);
      }
    })
  };
  if (command === 'apply') {
    // Editing code (and the YAML library it needs) is loaded only by the command that edits.
    const { applyExitCode, runApply } = await import('../app/apply.js');
    return reportApply(await runApply({ ...checkOptions, dryRun: values['dry-run'] ?? false }), io, applyExitCode);
  }

  const run = await runCheck(checkOptions);
  const rows = run.results;
  const renderStart = process.hrtime.bigint();
  if (format === 'json') for (const piece of renderJsonPieces(rows)) io.stdout(escapeJsonText(piece));
  else if (format === 'markdown') io.stdout(renderMarkdownSummary(rows, { registrySource: run.registrySource, failOn }));
  else io.stdout(renderTable(rows, { width: io.columns }));
  if (debug) io.stderr(`debug: rendered ${format} (${(Number(process.hrtime.bigint() - renderStart) / 1e6).toFixed(0)} ms)\n`);

  const failing = rows.filter((row) => failingFindings(row, failOn).length > 0).length;
  if (format === 'table') {
    io.stderr(`${summaryLine(rows)}${failing ? `; ${failing} matched --fail-on (${failOn.join(',')})` : ''}\n`);
    if (run.trustedRoot) io.stderr(`signatures checked against ${describeTrustedRoot(run.trustedRoot, terminalLine)}\n`);
  }
  return failing > 0 ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What apply changed (a diff with --dry-run) on stdout; what it left alone, and why, on stderr. */
function reportApply(outcome: ApplyOutcome, io: CliIo, exitCode: (outcome: ApplyOutcome) => number): number {
  const where = (r: CheckResult) =>
    terminalLine(`${r.line ? `${r.file}:${r.line}` : r.file}: ${r.workload_name ? `${r.workload_name}: ` : ''}`);
  if (outcome.written) {
    for (const { upgrade, image } of outcome.applied)
      io.stdout(`${where(upgrade)}${terminalLine(upgrade.current_image)} -> ${terminalLine(image)}\n`);
  } else {
    for (const f of outcome.files)
      io.stdout(
        unifiedDiff(f.file, f.before, f.after)
          .split('\n')
          .map((l, i, all) => (i === all.length - 1 ? l : terminalLine(l)))
          .join('\n')
      );
  }
  for (const { upgrade, reason } of outcome.skipped) io.stderr(`${where(upgrade)}not applied: ${terminalLine(reason)}\n`);
  for (const r of outcome.results) if (r.status === 'invalid') io.stderr(`${where(r)}invalid: ${terminalLine(r.reason)}\n`);
  const upgrades = plural(outcome.applied.length, 'upgrade');
  const files = plural(outcome.files.length, 'file');
  const done =
    outcome.applied.length === 0
      ? 'nothing to apply'
      : outcome.written
        ? `applied ${upgrades} to ${files}`
        : `would apply ${upgrades} to ${files} (dry run: nothing written)`;
  const left = outcome.skipped.length ? `; ${plural(outcome.skipped.length, 'upgrade')} not applied` : '';
  io.stderr(`${summaryLine(outcome.results)}; ${done}${left}\n`);
  return exitCode(outcome);
}

function summaryLine(rows: CheckResult[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return `${rows.length} workload${rows.length === 1 ? '' : 's'}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'none found'}`;
}

function stackFrames(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map(terminalLine)
    .join('\n');
}
