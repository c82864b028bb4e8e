import { Readable } from 'node:stream';
import { backoffDelay } from '../../../src/io/http/backoff.js';
import { isLoopbackHost, isLoopbackUrl } from '../../../src/io/http/loopback.js';
import { readCapped, type ResponseBody } from '../../../src/io/http/read-capped.js';
import { parseRetryAfter } from '../../../src/io/http/retry-after.js';

class TooLarge extends Error {}

function body(chunks: string[]): ResponseBody & { destroyed: boolean } {
  return Readable.from(chunks.map((c) => Buffer.from(c))) as unknown as ResponseBody & { destroyed: boolean };
}

describe('shared HTTP mechanisms', () => {
  test('parseRetryAfter: uncapped by default, capped when asked', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(' 90 ', now)).toBe(90_000);
    expect(parseRetryAfter('90', now, 30_000)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now, 30_000)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now, 30_000)).toBe(0);
    expect(parseRetryAfter('', now)).toBeUndefined();
  });

  test('backoffDelay: exact without jitter, equal jitter within [half, all] of the capped back-off', () => {
    expect([0, 1, 2].map((a) => backoffDelay(a, 5))).toEqual([5, 10, 20]);
    expect(backoffDelay(10, 500, { capMs: 30_000 })).toBe(30_000);
    expect(backoffDelay(2, 100, { jitter: true, random: () => 0 })).toBe(200);
    expect(backoffDelay(2, 100, { jitter: true, random: () => 1 })).toBe(400);
    expect(backoffDelay(10, 500, { capMs: 1000, jitter: true, random: () => 0.5 })).toBe(750);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(3, 10, { jitter: true });
      expect(d).toBeGreaterThanOrEqual(40);
      expect(d).toBeLessThanOrEqual(80);
    }
  });

  test('isLoopbackHost / isLoopbackUrl', () => {
    for (const h of ['localhost', 'LOCALHOST', 'api.localhost', '::1', '[::1]', '127.0.0.1', '127.1.2.3']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['example.com', 'localhost.example.com', '128.0.0.1', '127.example.com', '10.0.0.1', '::2']) expect(isLoopbackHost(h)).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1:8080/api')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:3000')).toBe(true);
    expect(isLoopbackUrl('https://api.github.com')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
    expect(isLoopbackUrl(undefined)).toBe(false);
    expect(isLoopbackUrl('')).toBe(false);
  });

  test('readCapped: whole body under the cap', async () => {
    await expect(readCapped(body(['ab', 'cd']), 4, () => new TooLarge())).resolves.toEqual(Buffer.from('abcd'));
  });

  test('readCapped: the caller-built error once the stream passes the cap, and the stream is destroyed', async () => {
    const b = body(['ab', 'cd', 'ef']);
    await expect(readCapped(b, 3, () => new TooLarge('too big'))).rejects.toThrow(TooLarge);
    expect(b.destroyed).toBe(true);
  });

  test('readCapped: a declared Content-Length over the cap is refused before reading', async () => {
    const b = body(['a']);
    await expect(readCapped(b, 3, () => new TooLarge(), '10')).rejects.toThrow(TooLarge);
    expect(b.destroyed).toBe(true);
    await expect(readCapped(body(['abc']), 3, () => new TooLarge(), '3')).resolves.toEqual(Buffer.from('abc'));
    await expect(readCapped(body(['abc']), 3, () => new TooLarge(), 'bogus')).resolves.toEqual(Buffer.from('abc'));
  });

  test('readCapped: stream failures propagate unchanged', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      }
    }) as unknown as ResponseBody;
    await expect(readCapped(failing, 100, () => new TooLarge())).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
