// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.

/**
 * Retry-After as milliseconds from `nowMs`, at most `capMs`; undefined when absent or unreadable.
 * A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | undefined, nowMs: number, capMs = Infinity): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const t = Date.parse(v);
    if (Number.isNaN(t)) return undefined;
    ms = Math.max(0, t - nowMs);
  }
  return Math.min(ms, capMs);
}
