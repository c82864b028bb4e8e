import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UpgradeActionError } from '../core/errors.js';
import { DEFAULT_FAIL_ON_CHECK, FAIL_ON_KEYS, failingFindings } from '../core/check/fail-on.js';
import { renderJson } from '../core/render/json.js';
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
import { MAX_MANIFEST_BYTES, type OptionLabel, type RawOptions, REGISTRY_DEADLINE_SECONDS, TIMEOUT_SECONDS, parseRunOptions } from '../app/options.js';

const USAGE = `Usage: toolhive-upgrade check [options] [PATHS...]

Checks ToolHive RunConfig and MCPServer manifests against a registry, with the verdicts of
\`thv upgrade check\`. PATHS are files, directories (scanned recursively) or globs; default: .

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
  -h, --help             show this help

Exit codes: 0 nothing in --fail-on found, 1 something was, 2 usage, configuration or registry error.
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

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
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
      help: { type: 'boolean', short: 'h' }
    }
  });
  return { values, positionals };
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
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
    throw new UsageError('usage', (error as Error).message, {}, 'see toolhive-upgrade --help');
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    io.stdout(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check') throw new UsageError('usage', `unknown command ${JSON.stringify(command)}`, {}, 'the only command is `check`');

  const format = values.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format)) throw new UsageError('usage', `--format must be table, json or markdown, not ${JSON.stringify(format)}`);
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
  const run = await runCheck({
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
  });
  const rows = run.results;
  const renderStart = performance.now();
  if (format === 'json') io.stdout(escapeJsonText(renderJson(rows)));
  else if (format === 'markdown') io.stdout(renderMarkdownSummary(rows, { registrySource: run.registrySource, failOn }));
  else io.stdout(renderTable(rows));
  if (debug) io.stderr(`debug: rendered ${format} (${(performance.now() - renderStart).toFixed(0)} ms)\n`);

  const failing = rows.filter((row) => failingFindings(row, failOn).length > 0).length;
  if (format === 'table') {
    io.stderr(`${summaryLine(rows)}${failing ? `; ${failing} matched --fail-on (${failOn.join(',')})` : ''}\n`);
    if (run.trustedRoot) io.stderr(`signatures checked against ${describeTrustedRoot(run.trustedRoot, terminalLine)}\n`);
  }
  return failing > 0 ? 1 : 0;
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
