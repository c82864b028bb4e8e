// The sigstore trusted root, loaded once per run: a user-supplied trusted_root.json (skips TUF
// entirely), else the public-good root over TUF cached under RUNNER_TEMP, else the snapshot
// shipped inside @sigstore/tuf (TUF-verified when the package was published, pinned by the lockfile).

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { Verifier, toTrustMaterial, type VerifierOptions } from '@sigstore/verify';
import { ConfigurationError } from '../../core/errors.js';

export const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

export interface LoadedTrust {
  verifier: Verifier;
  /** 'tuf', 'embedded', or the trusted-root file path. */
  source: string;
}

export interface TrustRootOptions {
  trustedRootFile?: string;
  /** TUF cache directory; default `$RUNNER_TEMP/sigstore-tuf`. */
  cacheDir?: string;
  /** TUF mirror (tests point it at a closed port to exercise the fallback). */
  mirrorURL?: string;
  /** Bootstrap root.json for a non-default mirror. */
  rootPath?: string;
  tufTimeoutMs?: number;
  tufRetries?: number;
  log?: (m: string) => void;
}

/** ToolHive's public-good thresholds (WithSignedCertificateTimestamps/TransparencyLog/ObserverTimestamps(1)). */
const PUBLIC_GOOD_THRESHOLDS: VerifierOptions = { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 };

function verifierFor(root: TrustedRoot, thresholds: VerifierOptions): Verifier {
  return new Verifier(toTrustMaterial(root), thresholds);
}

/**
 * Read and parse a user-supplied trusted_root.json (cosign `--trusted-root` format). Thresholds
 * follow what the root provides: a private instance without CT logs or Rekor (GitHub's) relies on
 * its timestamp authority alone, like ToolHive's options for tuf-repo.github.com.
 */
export function loadTrustedRootFile(path: string, cwd = ''): LoadedTrust {
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(readFileSync(resolve(cwd, path), 'utf8')));
  } catch (e) {
    throw new ConfigurationError(
      'trusted-root',
      `cannot use trusted root: ${(e as Error).message}`,
      { file: path },
      'pass a sigstore trusted_root.json, as cosign --trusted-root takes',
      { cause: e }
    );
  }
  if (root.certificateAuthorities.length === 0) {
    throw new ConfigurationError('trusted-root', 'trusted root lists no certificate authority', { file: path });
  }
  return {
    verifier: verifierFor(root, {
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1
    }),
    source: path
  };
}

/** The public-good trusted_root.json shipped in @sigstore/tuf's seeds. */
export function embeddedTrustedRoot(): TrustedRoot {
  const entry = (seeds as Record<string, { targets?: Record<string, string> }>)[PUBLIC_GOOD_MIRROR];
  const b64 = entry?.targets?.['trusted_root.json'];
  if (!b64) throw new Error('@sigstore/tuf ships no trusted_root.json');
  return TrustedRoot.fromJSON(JSON.parse(Buffer.from(b64, 'base64').toString('utf8')));
}

export function defaultCacheDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'sigstore-tuf');
}

/** Public-good root: TUF refresh, else the embedded snapshot (said so in the log). */
export async function loadPublicGoodTrust(o: TrustRootOptions = {}): Promise<LoadedTrust> {
  const log = o.log ?? (() => {});
  try {
    const root = await getTrustedRoot({
      cachePath: o.cacheDir ?? defaultCacheDir(),
      mirrorURL: o.mirrorURL ?? PUBLIC_GOOD_MIRROR,
      rootPath: o.rootPath,
      timeout: o.tufTimeoutMs ?? 10_000,
      retry: o.tufRetries === 0 ? false : { retries: o.tufRetries ?? 2 }
    });
    log('sigstore: trusted root refreshed over TUF');
    return { verifier: verifierFor(root, PUBLIC_GOOD_THRESHOLDS), source: 'tuf' };
  } catch (e) {
    const why = (e as Error).message?.split('\n')[0] ?? String(e);
    log(`sigstore: TUF refresh failed (${why}); using the trusted root shipped with @sigstore/tuf`);
    return { verifier: verifierFor(embeddedTrustedRoot(), PUBLIC_GOOD_THRESHOLDS), source: 'embedded' };
  }
}
