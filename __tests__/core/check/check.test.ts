// Port of stacklok/toolhive pkg/workloads/upgrade/checker_test.go (toolhive-formats §5.6), run
// through our manifest parser so a RunConfig literal goes in and thv's CheckResult comes out.
import { checkWorkload } from '../../../src/core/check/check.js';
import type { LookupOutcome } from '../../../src/core/catalog/lookup.js';
import { parseManifest } from '../../../src/core/manifest/parse.js';
import type { Workload } from '../../../src/core/manifest/workload.js';
import type { ImageMetadata, RemoteServerMetadata } from '../../../src/core/catalog/types.js';
import { rowToJson } from '../../../src/core/render/json.js';
import { toEnvVarInfo } from '../../../src/core/check/drift.js';
import { attachVerification, invalidResult } from '../../../src/core/check/check-all.js';
import type { CheckResult, PreliminaryResult } from '../../../src/core/check/result.js';

export function workloadFrom(runConfig: Record<string, unknown>): Workload {
  const { workloads, problems } = parseManifest('rc.json', JSON.stringify(runConfig, null, 2), { explicit: true });
  expect(problems).toEqual([]);
  return workloads[0];
}

function imageMeta(image: string, extra: Partial<ImageMetadata> = {}): ImageMetadata {
  return { kind: 'image', name: 'example-server', image, transport: '', env_vars: [], ...extra };
}

/** The result as reported, with verification disabled (upgrades are otherwise verified before they are reported). */
function withVerificationDisabled(result: PreliminaryResult): CheckResult {
  return result.status === 'upgrade-available'
    ? attachVerification(result, { status: 'skipped', reason: 'verification disabled' }, 'disabled')
    : result;
}

const found = (server: ImageMetadata | RemoteServerMetadata): LookupOutcome => ({ kind: 'found', server });
const S = 'ghcr.io/example/server';

describe('checker_test.go TestChecker_Check', () => {
  test('not registry sourced', () => {
    const result = checkWorkload(workloadFrom({ name: 'raw', image: `${S}:1.0.0` }), undefined);
    expect(result.status).toBe('not-registry-sourced');
    expect(result.candidate_image).toBeUndefined();
  });

  const registrySourced = { name: 'wl', image: `${S}:1.0.0`, registry_server_name: 'example-server' };

  test('server not found', () => {
    expect(checkWorkload(workloadFrom(registrySourced), { kind: 'not-found' }).status).toBe('server-not-found');
  });

  test('registry lookup error is unknown', () => {
    const result = checkWorkload(workloadFrom(registrySourced), { kind: 'error', message: 'network down' });
    expect(result).toMatchObject({ status: 'unknown', reason: 'registry lookup failed' });
  });

  test('non-image entry is unknown', () => {
    const remote: RemoteServerMetadata = { kind: 'remote', name: 'example-server', url: 'https://x', transport: 'sse', env_vars: [] };
    const result = checkWorkload(workloadFrom(registrySourced), found(remote));
    expect(result.status).toBe('unknown');
    expect(result.reason).toBe('registry entry "example-server" is not a container image (cannot determine upgrade)');
  });

  test('up to date', () => {
    const wl = workloadFrom({ ...registrySourced, image: `${S}:1.2.0` });
    const result = checkWorkload(wl, found(imageMeta(`${S}:1.2.0`)));
    expect(result.status).toBe('up-to-date');
    expect(result.candidate_image).toBe(`${S}:1.2.0`);
  });

  test('undecidable tags is unknown', () => {
    const wl = workloadFrom({ ...registrySourced, image: `${S}:latest` });
    const result = checkWorkload(wl, found(imageMeta(`${S}:1.2.0`)));
    expect(result.status).toBe('unknown');
    expect(result.reason).toBeTruthy();
    expect(result.candidate_image).toBe(`${S}:1.2.0`);
  });

  test('upgrade available with no drift', () => {
    const wl = workloadFrom(registrySourced);
    const entry = imageMeta(`${S}:1.2.0`);
    const result = checkWorkload(wl, found(entry));
    expect(result).toEqual({
      workload_name: 'wl',
      registry_server: 'example-server',
      status: 'upgrade-available',
      current_image: `${S}:1.0.0`,
      candidate_image: `${S}:1.2.0`,
      file: 'rc.json',
      line: 3,
      workload: wl,
      entry,
      update_type: 'minor'
    });
  });

  test('upgrade available surfaces env and config drift', () => {
    const wl = workloadFrom({
      ...registrySourced,
      transport: 'stdio',
      permission_profile_name_or_path: 'none',
      env_vars: { LOG_LEVEL: 'info' },
      secrets: ['mykey,target=API_KEY']
    });
    const candidate = imageMeta(`${S}:1.2.0`, {
      transport: 'streamable-http',
      permissions: { name: 'network' },
      env_vars: [
        { name: 'LOG_LEVEL' },
        { name: 'API_KEY', secret: true },
        { name: 'NEW_VAR', required: true },
        { name: 'NEW_SECRET', secret: true, default: 'leak-me' }
      ]
    });
    const result = checkWorkload(wl, found(candidate));
    expect(result.status).toBe('upgrade-available');
    expect(result.env_var_drift?.added?.map((e) => e.name)).toEqual(['NEW_VAR', 'NEW_SECRET']);
    expect(result.env_var_drift?.added?.[1].default ?? '').toBe('');
    expect(JSON.stringify(rowToJson(withVerificationDisabled(result)))).not.toContain('leak-me');
    expect(result.config_drift).toEqual({
      transport: { from: 'stdio', to: 'streamable-http' },
      permission_profile: { from: 'none', to: 'network' }
    });
  });
});

describe('checker_test.go drift cases', () => {
  test('TestComputeEnvDrift_NoDrift: env keys and secret targets satisfy; nil entries are skipped', () => {
    const wl = workloadFrom({
      name: 'wl',
      image: `${S}:1.0.0`,
      registry_server_name: 'x',
      env_vars: { FOO: 'bar' },
      secrets: ['sk,target=TOKEN']
    });
    const candidate = imageMeta(`${S}:1.2.0`, { env_vars: [{ name: 'FOO' }, { name: 'TOKEN', secret: true }, null as never] });
    expect(checkWorkload(wl, found(candidate)).env_var_drift).toBeUndefined();
  });

  test('ConfigDrift: nil permissions and empty transport do not drift', () => {
    const wl = workloadFrom({
      name: 'wl',
      image: `${S}:1.0.0`,
      registry_server_name: 'x',
      transport: 'stdio',
      permission_profile_name_or_path: 'custom-profile'
    });
    expect(checkWorkload(wl, found(imageMeta(`${S}:1.2.0`))).config_drift).toBeUndefined();
  });

  test('ConfigDrift: network isolation alone does not drift', () => {
    const wl = workloadFrom({ name: 'wl', image: `${S}:1.0.0`, registry_server_name: 'x', isolate_network: true });
    expect(checkWorkload(wl, found(imageMeta(`${S}:1.2.0`))).config_drift).toBeUndefined();
  });

  test('TestChecker_CheckAll: order preserved, each workload judged alone', () => {
    const wls = [
      workloadFrom({ name: 'raw', image: `${S}:1.0.0` }),
      workloadFrom({ name: 'wl', image: `${S}:1.0.0`, registry_server_name: 'example-server' })
    ];
    const statuses = wls.map((w) => checkWorkload(w, w.registryServerName ? found(imageMeta(`${S}:1.2.0`)) : undefined).status);
    expect(statuses).toEqual(['not-registry-sourced', 'upgrade-available']);
  });
});

describe('beyond thv', () => {
  test('removed lists supplied variables the candidate no longer declares, but not the ones ToolHive injects', () => {
    const wl = workloadFrom({
      name: 'wl',
      image: `${S}:1.0.0`,
      registry_server_name: 'x',
      env_vars: { OLD_FLAG: '1', MCP_TRANSPORT: 'stdio', MCP_PORT: '8080', FASTMCP_PORT: '8080', KEEP: 'x' },
      secrets: ['gone,target=OLD_TOKEN', 'malformed-secret']
    });
    const candidate = imageMeta(`${S}:1.2.0`, { env_vars: [{ name: 'KEEP' }] });
    expect(checkWorkload(wl, found(candidate)).env_var_drift).toEqual({
      removed: [
        { name: 'OLD_FLAG', required: false },
        { name: 'OLD_TOKEN', required: false }
      ]
    });
  });
});

describe('types_test.go', () => {
  test('EnvVar has exactly Name, Description, Required, Default, Secret; toEnvVarInfo keeps a plain default', () => {
    expect(toEnvVarInfo({ name: 'LOG_LEVEL', description: 'logging verbosity', required: false, default: 'info', secret: false })).toEqual({
      name: 'LOG_LEVEL',
      description: 'logging verbosity',
      required: false,
      default: 'info'
    });
  });

  test('toEnvVarInfo blanks the default of a secret', () => {
    const info = toEnvVarInfo({
      name: 'API_KEY',
      description: 'service api key',
      required: true,
      default: 'super-secret-default',
      secret: true
    });
    expect(info).toEqual({ name: 'API_KEY', description: 'service api key', required: true, secret: true });
    expect(JSON.stringify(info)).not.toContain('super-secret-default');
  });
});

describe('result shape', () => {
  // Rendering, sorting, the policy and verification read every result: they stay fast only while
  // all results share one object shape, which a member added to one kind alone would break.
  test('every kind of result has the same members in the same order', () => {
    const registrySourced = { name: 'wl', image: `${S}:1.0.0`, registry_server_name: 'example-server', env_vars: { OLD: 'x' } };
    const entry = imageMeta(`${S}:2.0.0`, {
      status: 'Deprecated',
      transport: 'sse',
      env_vars: [{ name: 'TOKEN', description: 'token', required: true, secret: true }]
    });
    const results: CheckResult[] = [
      checkWorkload(workloadFrom({ name: 'raw', image: `${S}:1.0.0` }), undefined) as CheckResult,
      checkWorkload(workloadFrom(registrySourced), { kind: 'not-found', suggestions: ['example-server-2'] }) as CheckResult,
      checkWorkload(workloadFrom(registrySourced), { kind: 'error', message: 'down' }) as CheckResult,
      checkWorkload(workloadFrom({ ...registrySourced, image: `${S}:latest` }), found(entry)) as CheckResult,
      checkWorkload(workloadFrom({ ...registrySourced, image: `${S}:2.0.0` }), found(entry)) as CheckResult,
      withVerificationDisabled(checkWorkload(workloadFrom(registrySourced), found(entry))),
      invalidResult({ file: 'bad.json', message: 'not valid JSON', line: 3 }),
      invalidResult({ file: 'unreadable.json', message: 'cannot read file: EACCES' })
    ];
    expect(new Set(results.map((r) => r.status))).toEqual(
      new Set(['not-registry-sourced', 'server-not-found', 'unknown', 'up-to-date', 'upgrade-available', 'invalid'])
    );
    const members = Object.keys(results[0]);
    for (const result of results) expect(Object.keys(result)).toEqual(members);
  });
});
