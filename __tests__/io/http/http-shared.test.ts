import { Readable } from 'node:stream';
import { backoffDelay } from '../../../src/io/http/backoff.js';
import { isLocalHost, isLoopbackHost, isPrivateIPv4 } from '../../../src/io/http/local-address.js';
import { assertTransportAllowed, plainHttpAllowed } from '../../../src/io/http/plain-http.js';
import { redactText, redactUrl } from '../../../src/io/http/redact.js';
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

  test('isLoopbackHost', () => {
    for (const h of ['localhost', 'LOCALHOST', 'api.localhost', '::1', '[::1]', '127.0.0.1', '127.1.2.3'])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['example.com', 'localhost.example.com', '128.0.0.1', '127.example.com', '10.0.0.1', '::2', '127.0.0.256'])
      expect(isLoopbackHost(h)).toBe(false);
  });

  test('isPrivateIPv4: RFC 1918 only (172.16/12 ends at 172.31)', () => {
    for (const h of ['10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.0.1', '192.168.255.1'])
      expect(isPrivateIPv4(h)).toBe(true);
    for (const h of [
      '172.15.0.1',
      '172.15.255.255',
      '172.32.0.1',
      '192.169.0.1',
      '11.0.0.1',
      '100.64.0.1',
      '10.0.0',
      '10.0.0.1.5',
      'ten.0.0.1'
    ]) {
      expect(isPrivateIPv4(h)).toBe(false);
    }
  });

  test('isLocalHost: loopback, *.localhost, *.local and private addresses, as go-containerregistry decides', () => {
    for (const h of [
      'localhost',
      'registry.localhost',
      '127.0.0.1',
      '[::1]',
      'nas.local',
      'NAS.LOCAL.',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.10'
    ]) {
      expect(isLocalHost(h)).toBe(true);
    }
    for (const h of ['ghcr.io', 'registry.example.com', 'local', 'localdomain.com', 'example.local.com', '172.15.0.1', '8.8.8.8', '::2'])
      expect(isLocalHost(h)).toBe(false);
  });

  test('plain HTTP: local addresses and listed hosts only; https always', () => {
    const none = new Set<string>();
    expect(plainHttpAllowed(new URL('http://127.0.0.1:5000/v2/'), none)).toBe(true);
    expect(plainHttpAllowed(new URL('http://192.168.1.2/v2/'), none)).toBe(true);
    expect(plainHttpAllowed(new URL('http://registry.example.com/v2/'), none)).toBe(false);
    expect(plainHttpAllowed(new URL('http://registry.example.com:5000/v2/'), new Set(['registry.example.com:5000']))).toBe(true);
    expect(() => assertTransportAllowed(new URL('https://registry.example.com/'), none)).not.toThrow();
    expect(() => assertTransportAllowed(new URL('http://registry.example.com/'), none)).toThrow(
      expect.objectContaining({ code: 'http-insecure-transport', message: 'refusing plain http to registry.example.com' })
    );
    // A token realm named by a registry already spoken to over plain HTTP.
    expect(() => assertTransportAllowed(new URL('http://auth.example.com/token'), none, new URL('http://10.0.0.5/v2/'))).not.toThrow();
    expect(() => assertTransportAllowed(new URL('ftp://127.0.0.1/'), none)).toThrow(
      expect.objectContaining({ code: 'http-insecure-transport' })
    );
  });

  test('redactUrl: an unparseable URL keeps neither userinfo nor query', () => {
    expect(redactUrl('https://u:p@exa mple.com/r.json?sig=abc#f')).toBe('https://exa mple.com/r.json?***');
    expect(redactUrl('https://exa mple.com/r.json#frag')).toBe('https://exa mple.com/r.json');
  });

  test('redactText: the longest secret first, short strings kept', () => {
    expect(redactText('Basic YWxpY2U6cHc= for alice', ['YWxpY2U', 'YWxpY2U6cHc=', 'alice', 'pw'])).toBe('Basic *** for ***');
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
