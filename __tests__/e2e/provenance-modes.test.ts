// Issue 4 end to end: the built Action verifies candidates against a real OCI registry
// (docker-registry on 127.0.0.1) signed by fake sigstore services, and each verify mode decides
// what the PR proposes and whether the step fails.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFakeSigstore, githubIdentity, provenanceFor, publishSignedImage, type FakeSigstore } from '../helpers/fake-sigstore.js';
import { GitHubStandin } from '../helpers/github-standin.js';
import { startRegistry, type RunningRegistry } from '../helpers/oci-registry.js';
import { runBuiltAction } from '../helpers/run-action.js';
import { upstreamServer } from '../helpers/registry-documents.js';

let registry: RunningRegistry;
let fake: FakeSigstore;
let dir: string;
let trustedRoot: string;
let registryFile: string;
let files: Record<string, string>;
let signedDigest: string;

const runConfig = (name: string, image: string) =>
  `${JSON.stringify({ schema_version: 'v0.1.0', image, registry_server_name: name, name, transport: 'stdio', permission_profile: null }, null, 2)}\n`;

beforeAll(async () => {
  registry = await startRegistry();
  fake = await createFakeSigstore();
  dir = mkdtempSync(path.join(os.tmpdir(), 'thv-prov-e2e-'));
  trustedRoot = fake.writeTrustedRoot(dir);
  const good = githubIdentity();
  const signed = await publishSignedImage(fake, registry, 'mcp/signed', '1.1.0', { identity: good });
  signedDigest = signed.digest;
  // Signed by another repository's workflow: must not pass for an entry that names `good`.
  const forged = await publishSignedImage(fake, registry, 'mcp/forged', '1.1.0', {
    identity: githubIdentity({ repository: 'https://github.com/attacker/fork' })
  });
  const plain = `${registry.host}/mcp/plain:1.1.0`;
  await publishSignedImage(fake, registry, 'mcp/plain', '1.1.0', { layout: 'none' });
  registryFile = path.join(dir, 'registry.json');
  writeFileSync(
    registryFile,
    JSON.stringify({
      version: '1.0.0',
      meta: { last_updated: '2026-11-01T00:00:00Z' },
      data: {
        servers: [
          upstreamServer('signed', signed.ref, provenanceFor(good)),
          upstreamServer('forged', forged.ref, provenanceFor(good)),
          upstreamServer('plain', plain)
        ]
      }
    })
  );
  files = {
    'servers/signed.json': runConfig('signed', `${registry.host}/mcp/signed:1.0.0`),
    'servers/forged.json': runConfig('forged', `${registry.host}/mcp/forged:1.0.0`),
    'servers/plain.json': runConfig('plain', `${registry.host}/mcp/plain:1.0.0`)
  };
}, 60_000);

afterAll(async () => {
  await registry?.stop();
});

function verifyInputs(extra: Record<string, string> = {}) {
  return { paths: 'servers', registry: registryFile, 'trusted-root': trustedRoot, 'insecure-registries': registry.host, ...extra };
}

function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'thv-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(ws, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return ws;
}

type Row = {
  workload_name: string;
  verification?: { status: string; digest?: string; reason?: string; signer?: Record<string, string>; trusted_root?: string };
};
const byName = (results: string) => Object.fromEntries((JSON.parse(results) as Row[]).map((r) => [r.workload_name, r]));

describe('check mode', () => {
  test('default mode: verified, forged signature unverified, no-provenance entry unverified; fail-on unverified fails the step', async () => {
    const run = await runBuiltAction(verifyInputs(), {}, workspace());
    const rows = byName(run.outputs.results);
    expect(rows.signed.verification).toMatchObject({
      status: 'verified',
      digest: signedDigest,
      signer: { repository: 'https://github.com/acme/osv-mcp', workflow: '/.github/workflows/release.yml' },
      trusted_root: trustedRoot
    });
    expect(rows.forged.verification?.status).toBe('unverified');
    expect(rows.forged.verification?.reason).toMatch(/repository_uri/);
    expect(rows.plain.verification).toMatchObject({ status: 'unverified', reason: 'not verified: the registry publishes no provenance' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.counts).unverified).toBe(2);
    expect(run.summary).toContain(`trusted root \`${trustedRoot}\``);
    expect(run.stdout).toMatch(
      /::error title=ToolHive upgrade check%3A upgrade-available%2C unverified,file=servers\/forged.json,line=3::forged: upgrade available .* — not verified: signature does not match the registry provenance/
    );
  }, 60_000);

  test('disabled: nothing is verified (skipped) and unverified never fails the step', async () => {
    const run = await runBuiltAction(verifyInputs({ verify: 'disabled', 'fail-on': 'unverified' }), {}, workspace());
    expect(run.code).toBe(0);
    for (const row of Object.values(byName(run.outputs.results))) expect(row.verification?.status).toBe('skipped');
  }, 60_000);
});

describe('PR mode', () => {
  let gh: GitHubStandin;
  beforeEach(async () => {
    gh = await GitHubStandin.start({ files });
  });
  afterEach(async () => {
    await gh.close();
  });

  async function prRun(extra: Record<string, string>) {
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main', full_name: gh.fullName } }));
    return runBuiltAction(
      verifyInputs({ mode: 'pr', token: 'ghs_provenanceTestToken', ...extra }),
      {
        GITHUB_REPOSITORY: gh.fullName,
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.test',
        GITHUB_SHA: gh.headOf('main')!,
        GITHUB_REF_NAME: 'main',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventPath
      },
      gh.clone('main')
    );
  }

  const changed = () => Object.keys(files).filter((f) => gh.show('toolhive-upgrade/all', f).toString() !== files[f]);

  test('default mode proposes the verified and the no-provenance candidates, never the forged one', async () => {
    const run = await prRun({});
    expect(run.code).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(changed().sort()).toEqual(['servers/plain.json', 'servers/signed.json']);
    const body = gh.pulls.get(1)!.body;
    expect(body).toContain(signedDigest);
    expect(body).toMatch(/not verified/i);
    expect(body).not.toContain('mcp/forged');
    // Held back is said in the job summary, with the reason, not only in an annotation.
    expect(run.summary).toContain('### Upgrades held back (1)');
    // Markdown escapes removed, to read the text a person sees.
    expect(run.summary.replace(/\\(.)/g, '$1')).toMatch(
      /- forged \(`servers\/forged\.json:3`\): `[^`]+\/mcp\/forged:1\.0\.0` → `[^`]+\/mcp\/forged:1\.1\.0`: verify: enabled proposes verified candidates only; not verified: signature does not match the registry provenance/
    );
  }, 60_000);

  test('enabled proposes only verified candidates; warn proposes all, flagged; fail-on unverified fails', async () => {
    const enabled = await prRun({ verify: 'enabled' });
    expect(enabled.outputs['pull-request-operation']).toBe('created');
    expect(enabled.summary).toContain('### Upgrades held back (2)');
    expect(enabled.summary.replace(/\\(.)/g, '$1')).toMatch(
      /- plain .*: verify: enabled proposes verified candidates only; not verified: the registry publishes no provenance\n/
    );
    expect(changed()).toEqual(['servers/signed.json']);
    const warn = await prRun({ verify: 'warn', 'fail-on': 'unverified' });
    expect(warn.outputs['pull-request-operation']).toBe('updated');
    expect(changed().sort()).toEqual(['servers/forged.json', 'servers/plain.json', 'servers/signed.json']);
    expect(warn.code).toBe(1);
    expect(warn.summary).not.toContain('Upgrades held back');
    expect(gh.pulls.get(1)!.body).toMatch(/signature does not match the registry provenance/);
  }, 60_000);
});
