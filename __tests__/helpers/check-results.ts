// Builders for check results as the checker makes them, for tests of policy and reports.
import type { InvalidManifest, UpgradeAvailable, UpToDate, Undecided } from '../../src/core/check/result.js';
import type { Workload } from '../../src/core/manifest/workload.js';
import { decideProposal } from '../../src/core/provenance/mode.js';

export function workloadAt(file: string, name: string, image: string, line = 3): Workload {
  return {
    kind: 'runconfig',
    file,
    documentIndex: 0,
    name,
    image,
    imageSpan: { offset: 0, length: image.length + 2, line, column: 12 },
    registryServerName: 'io.github.stacklok/fetch',
    transport: 'stdio',
    permissionProfileNameOrPath: 'none',
    envVarNames: [],
    secrets: []
  };
}

const FETCH = 'ghcr.io/stackloklabs/gofetch/server';

/** Where the result lives, and the workload it was checked from, consistent with `extra`. */
function where(extra: { file?: string; workload_name?: string; line?: number; current_image?: string }) {
  const file = extra.file ?? 'w.json';
  const workload = workloadAt(file, extra.workload_name ?? 'w', extra.current_image ?? `${FETCH}:1.0.1`, extra.line ?? 3);
  return {
    workload_name: workload.name,
    registry_server: workload.registryServerName,
    current_image: workload.image,
    file,
    line: workload.imageSpan.line,
    workload
  };
}

export function upToDate(extra: Partial<UpToDate> = {}): UpToDate {
  return { ...where(extra), status: 'up-to-date', candidate_image: `${FETCH}:1.0.1`, verification: { status: 'not-applicable' }, ...extra };
}

/** Verification disabled unless `verification` is given (then judged as `verify: warn`, unless skipped). */
export function upgradeAvailable(extra: Partial<UpgradeAvailable> = {}): UpgradeAvailable {
  const verification = extra.verification ?? { status: 'skipped', reason: 'verification disabled' };
  return {
    ...where(extra),
    status: 'upgrade-available',
    candidate_image: `${FETCH}:1.0.3`,
    entry: { kind: 'image', name: 'io.github.stacklok/fetch', image: `${FETCH}:1.0.3`, transport: 'stdio', env_vars: [] },
    verification,
    proposal: decideProposal(verification.status === 'skipped' ? 'disabled' : 'warn', false, verification),
    update_type: 'patch',
    ...extra
  };
}

export function undecided(extra: Partial<Undecided> = {}): Undecided {
  return { ...where(extra), status: 'unknown', reason: 'tags are not comparable', verification: { status: 'not-applicable' }, ...extra };
}

export function invalidManifest(extra: Partial<InvalidManifest> = {}): InvalidManifest {
  return { workload_name: '', status: 'invalid', reason: 'not JSON', file: 'w.json', line: 1, ...extra };
}
