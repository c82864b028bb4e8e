// How the GitHub client spaces and retries its calls. Production follows GitHub's guidance for
// integrations (one write at a time, ≥ 1 s apart, ≥ 3 s before writes that notify people; honour
// Retry-After); tests pass small values instead of switching the plugins off.

export interface GitHubPacing {
  /** Retries for 5xx and rate limits. */
  retries: number;
  /** Milliseconds per second of Retry-After and of the retry plugin's back-off. */
  retryAfterBaseMs: number;
  /** Longest Retry-After (seconds) worth waiting for; longer waits fail with a rate-limit error. */
  maxRetryAfterSeconds: number;
  /** Least time between two writes (POST, PATCH, PUT, DELETE). */
  writeIntervalMs: number;
  /** Least time between two writes that notify people (pull requests, comments). */
  notificationIntervalMs: number;
}

export const PRODUCTION_PACING: GitHubPacing = {
  retries: 3,
  retryAfterBaseMs: 1000,
  maxRetryAfterSeconds: 120,
  writeIntervalMs: 1000,
  notificationIntervalMs: 3000
};

/**
 * The part of a Bottleneck group @octokit/plugin-throttling uses (`key(id).schedule(options, fn)`):
 * jobs one at a time, started at least `intervalMs` apart. Lets the interval be chosen per client
 * (the plugin's own groups are shared by the whole process and fixed at 1 s / 3 s).
 */
export function spacedQueue(
  intervalMs: number,
  now: () => number = Date.now
): { key(id: string): { schedule: (...args: unknown[]) => Promise<unknown> } } {
  let tail: Promise<unknown> = Promise.resolve();
  let lastStart = -Infinity;
  const limiter = {
    schedule(...args: unknown[]): Promise<unknown> {
      // schedule(fn, ...args) or schedule(jobOptions, fn, ...args), as Bottleneck accepts.
      const at = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[at] as (...a: unknown[]) => unknown;
      const rest = args.slice(at + 1);
      const run = tail.then(async () => {
        const wait = lastStart + intervalMs - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        lastStart = now();
        return fn(...rest);
      });
      tail = run.catch(() => undefined);
      return run;
    }
  };
  return { key: () => limiter };
}
