// The shared run with the verifier injected: which candidates need a signature check, and what the
// results then say. No network: the catalog is a file and the verifier a stand-in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Provenance } from '../../src/core/catalog/types.js';
import type { Verification } from '../../src/core/provenance/verification.js';
import { runCheck, type VerifierFactory, type VerifyOptions } from '../../src/app/run-check.js';
import type { CandidateVerifier } from '../../src/io/sigstore/verify-candidate.js';
import { upstreamServer } from '../helpers/registry-documents.js';

const PROVENANCE = {
  sigstore_url: 'tuf-repo-cdn.sigstore.dev',
  repository_uri: 'https://github.com/acme/mcp',
  signer_identity: '/.github/workflows/release.yml',
  cert_issuer: 'https://token.actions.githubusercontent.com'
};

const runConfig = (name: string, image: string) =>
  `${JSON.stringify({ schema_version: 'v0.1.0', image, registry_server_name: name, name, transport: 'stdio' }, null, 2)}\n`;

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with one manifest per server (each pinned to 1.0.0, the catalog lists 1.1.0), and its catalog file. */
function workspace(servers: { name: string; provenance?: object }[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-run-check-'));
  workspaces.push(root);
  mkdirSync(path.join(root, 'servers'));
  for (const s of servers) writeFileSync(path.join(root, 'servers', `${s.name}.json`), runConfig(s.name, `ghcr.io/acme/${s.name}:1.0.0`));
  writeFileSync(
    path.join(root, 'registry.json'),
    JSON.stringify({
      version: '1.0.0',
      meta: { last_updated: '2026-11-01T00:00:00Z' },
      data: { servers: servers.map((s) => upstreamServer(s.name, `ghcr.io/acme/${s.name}:1.1.0`, s.provenance)) }
    })
  );
  return root;
}

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

function check(root: string, verify: VerifyOptions, createVerifier: VerifierFactory) {
  return runCheck(
    { paths: ['servers'], root, registry: { source: path.join(root, 'registry.json'), kind: 'file' }, verify, log: quiet },
    createVerifier
  );
}

/** A verifier stand-in: records what it was asked and how many checks ran at once. */
function standIn(
  answer: (image: string) => Verification = () => ({ status: 'verified', digest: `sha256:${'a'.repeat(64)}`, trusted_root: 'tuf' })
) {
  const calls: { image: string; provenance: Provenance | undefined }[] = [];
  let created = 0;
  let running = 0;
  let mostAtOnce = 0;
  const factory: VerifierFactory = async () => {
    created++;
    const verifier: CandidateVerifier = {
      async verify(image, provenance) {
        calls.push({ image, provenance });
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return answer(image);
      },
      trustedRootSource: () => 'tuf'
    };
    return verifier;
  };
  return { factory, calls, created: () => created, mostAtOnce: () => mostAtOnce };
}

const never: VerifierFactory = () => {
  throw new Error('the verifier must not be created');
};

describe('candidates whose catalog entry publishes no provenance', () => {
  test.each([undefined, 'enabled', 'warn'] as const)(
    'verify %s: no verifier is created; not verified, and proposed only outside enabled',
    async (mode) => {
      const run = await check(workspace([{ name: 'plain' }, { name: 'other' }]), { mode }, never);
      expect(run.results.map((r) => [r.workload_name, r.status, r.verification])).toEqual([
        ['other', 'upgrade-available', { status: 'unverified', reason: 'not verified: the registry publishes no provenance' }],
        ['plain', 'upgrade-available', { status: 'unverified', reason: 'not verified: the registry publishes no provenance' }]
      ]);
      expect(run.trustedRoot).toBeUndefined();
      for (const r of run.results) {
        if (r.status !== 'upgrade-available') throw new Error(r.status);
        expect(r.proposal).toEqual(
          mode === 'enabled'
            ? { propose: false, flag: 'error', effectiveMode: 'enabled' }
            : { propose: true, flag: 'warning', effectiveMode: 'warn' }
        );
      }
    }
  );

  test('verify disabled: nothing is created even for entries with provenance; every candidate is skipped and proposed', async () => {
    const run = await check(workspace([{ name: 'signed', provenance: PROVENANCE }, { name: 'plain' }]), { mode: 'disabled' }, never);
    expect(run.results.map((r) => r.verification)).toEqual([
      { status: 'skipped', reason: 'verification disabled' },
      { status: 'skipped', reason: 'verification disabled' }
    ]);
    expect(run.results.every((r) => r.status === 'upgrade-available' && r.proposal.propose)).toBe(true);
  });
});

describe('candidates with provenance', () => {
  test('one verifier for the run checks exactly those candidates; its answer and the trusted root are reported', async () => {
    const v = standIn((image) =>
      image.includes('forged')
        ? { status: 'unverified', reason: 'not verified: signature does not match' }
        : { status: 'verified', digest: `sha256:${'a'.repeat(64)}` }
    );
    const run = await check(
      workspace([{ name: 'signed', provenance: PROVENANCE }, { name: 'forged', provenance: PROVENANCE }, { name: 'plain' }]),
      {},
      v.factory
    );
    expect(v.created()).toBe(1);
    expect(v.calls.map((c) => c.image).sort()).toEqual(['ghcr.io/acme/forged:1.1.0', 'ghcr.io/acme/signed:1.1.0']);
    expect(v.calls[0]!.provenance).toMatchObject({ repository_uri: 'https://github.com/acme/mcp' });
    expect(run.trustedRoot).toBe('tuf');
    const byName = Object.fromEntries(run.results.map((r) => [r.workload_name, r]));
    expect(byName.signed).toMatchObject({ verification: { status: 'verified' }, proposal: { propose: true, effectiveMode: 'enabled' } });
    // The default mode is fail-closed for entries that publish provenance, warn for the others.
    expect(byName.forged).toMatchObject({ verification: { status: 'unverified' }, proposal: { propose: false, flag: 'error' } });
    expect(byName.plain).toMatchObject({ verification: { status: 'unverified' }, proposal: { propose: true, flag: 'warning' } });
  });

  test('at most four signature checks run at once; every candidate is checked', async () => {
    const v = standIn();
    const servers = Array.from({ length: 9 }, (_, i) => ({ name: `s${i}`, provenance: PROVENANCE }));
    const run = await check(workspace(servers), {}, v.factory);
    expect(v.calls).toHaveLength(9);
    expect(v.mostAtOnce()).toBe(4);
    expect(run.results.every((r) => r.verification?.status === 'verified')).toBe(true);
  });
});

describe('the registry file, read only when a workload names an entry', () => {
  test('a run whose workloads name no registry entry passes even when the registry file is missing', async () => {
    const root = workspace([]);
    writeFileSync(
      path.join(root, 'servers', 'raw.json'),
      `${JSON.stringify({ image: 'ghcr.io/acme/raw:1.0.0', name: 'raw', transport: 'stdio' })}\n`
    );
    const run = await runCheck(
      { paths: ['servers'], root, registry: { source: path.join(root, 'no-such-registry.json'), kind: 'file' }, verify: {}, log: quiet },
      never
    );
    expect(run.results.map((r) => [r.workload_name, r.status])).toEqual([['raw', 'not-registry-sourced']]);
  });

  test('a run that needs the registry reports the missing file as a configuration error naming it', async () => {
    const root = workspace([{ name: 'plain' }]);
    const registry = path.join(root, 'no-such-registry.json');
    await expect(
      runCheck({ paths: ['servers'], root, registry: { source: registry, kind: 'file' }, verify: {}, log: quiet }, never)
    ).rejects.toMatchObject({ code: 'registry-not-found', place: { file: registry } });
  });
});

describe('files named relative to the run root', () => {
  test('the registry and the trusted root are read from the root, not the process directory, and named as given', async () => {
    const root = workspace([{ name: 'signed', provenance: PROVENANCE }]);
    expect(path.resolve('registry.json')).not.toBe(path.join(root, 'registry.json'));
    let asked: Parameters<VerifierFactory>[0] | undefined;
    const v = standIn();
    const factory: VerifierFactory = (options) => {
      asked = options;
      return v.factory(options);
    };
    const run = await runCheck(
      {
        paths: ['servers'],
        root,
        registry: { source: 'registry.json', kind: 'file' },
        verify: { trustedRootFile: 'trusted_root.json' },
        log: quiet
      },
      factory
    );
    expect(run.registrySource).toBe('registry.json');
    expect(run.results.map((r) => [r.workload_name, r.status, r.verification?.status])).toEqual([
      ['signed', 'upgrade-available', 'verified']
    ]);
    expect(asked).toMatchObject({ trustedRootFile: 'trusted_root.json', cwd: root });
  });
});
