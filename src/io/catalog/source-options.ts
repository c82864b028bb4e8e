// Options of the catalog source (the `--registry` the run checks against), shared by the
// local-file and remote openers.

export type RegistryKind = 'auto' | 'file' | 'url' | 'api';

export interface RegistrySourceOptions {
  source: string;
  kind?: RegistryKind;
  /** Bearer token, sent only to the registry's own origin. */
  token?: string;
  /** PEM file of CA certificates trusted in addition to the public roots. */
  caFile?: string;
  /**
   * Directory a relative registry file or `caFile` is read from (default: the process's working
   * directory). Messages name the paths as given.
   */
  cwd?: string;
  /** Per request, headers and body together (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt, for the statuses and errors src/io/http/policy.ts lists (default 3). */
  retries?: number;
  /** Largest registry document or API page accepted (default 32 MiB). */
  maxBytes?: number;
  userAgent?: string;
  log?: (msg: string) => void;
  /** First back-off step; doubles per retry, with jitter (default 500 ms). */
  retryBaseMs?: number;
  /** Cap on any wait between retries, including an honoured Retry-After (default 30 s). */
  maxRetryDelayMs?: number;
  /** Parallel per-name API fallbacks (default 4). */
  concurrency?: number;
  /**
   * One time limit for ALL registry traffic of the run: probe, listing, every page and every
   * per-name lookup (default 120 s). Past it the run stops with a `registry-deadline` error.
   */
  deadlineMs?: number;
  /** Clock for the deadline and Retry-After dates (default real time). */
  now?: () => number;
  /** Waits between retries (default real time). */
  sleep?: (ms: number) => Promise<void>;
}

/** ToolHive's catalog (toolhive-catalog) in the upstream format. */
export const DEFAULT_REGISTRY_URL =
  'https://raw.githubusercontent.com/stacklok/toolhive-catalog/main/pkg/catalog/toolhive/data/registry-upstream.json';

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export const DEFAULT_DEADLINE_MS = 120_000;
