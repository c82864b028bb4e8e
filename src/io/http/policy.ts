// The one HTTP policy for every request this tool makes on its own (catalog source and container
// registries; GitHub goes through Octokit's plugins, sigstore TUF through tuf-js):
//
// - Retried statuses: 408, 429, 499, 500, 502, 503 and 504, go-containerregistry's default set
//   (the library ToolHive pulls images with), so a registry that thv copes with does not fail here.
//   500 is included because CDNs and registries return it for transient back-end hiccups too.
// - Retried network errors: connection reset or refused, socket closed, timeouts, temporary DNS
//   failure. Not retried: TLS failures and unknown hosts (they do not heal in seconds).
// - At most `retries` retries after the first attempt (default 3), exponential back-off from
//   `baseMs` with equal jitter, each wait capped at `maxDelayMs`; a Retry-After is honoured up to
//   that cap. Waits go through the injected `sleep`, time through the injected `now`.
// - At most 10 redirects. Authorization is dropped once a redirect leaves the first origin.
// - Each request has a timeout (headers and body together) and a body size cap enforced while
//   streaming. An overall deadline, when given, bounds every request and wait of the client.
// - Plain http:// only to local addresses (see local-address.ts) and hosts the user listed as
//   insecure (`insecure-registries`); never to any other host, whatever redirected there.

export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 499, 500, 502, 503, 504]);

/** Transport error codes worth another attempt. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
]);

export const MAX_REDIRECTS = 10;

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Error bodies are only read for diagnostics. */
export const ERROR_BODY_MAX_BYTES = 64 * 1024;

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First back-off step; doubles per retry. */
  baseMs: number;
  /** Cap on any wait, an honoured Retry-After included. */
  maxDelayMs: number;
  /** Equal jitter on the back-off (off gives exact waits). */
  jitter: boolean;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 500, maxDelayMs: 30_000, jitter: true };
