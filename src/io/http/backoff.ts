// Exponential back-off between retries.

export interface BackoffOptions {
  /** Upper bound on the un-jittered delay. */
  capMs?: number;
  /**
   * "Equal jitter": a random delay between half and all of the back-off, so clients that failed
   * together do not retry together. Off gives the exact back-off (deterministic, for tests).
   */
  jitter?: boolean;
  random?: () => number;
}

/** Delay before retry number `attempt` (0 for the first retry): `baseMs · 2^attempt`, capped, optionally jittered. */
export function backoffDelay(attempt: number, baseMs: number, options: BackoffOptions = {}): number {
  const backoff = Math.min(options.capMs ?? Infinity, baseMs * 2 ** attempt);
  if (!options.jitter) return backoff;
  const random = options.random ?? Math.random;
  return Math.round(backoff / 2 + (random() * backoff) / 2);
}
