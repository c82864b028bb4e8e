import type { ConfigDrift, EnvVarDrift, EnvVarInfo } from './result.js';
import type { Workload } from '../manifest/workload.js';
import type { EnvVar, ImageMetadata } from '../catalog/types.js';
import { secretTarget } from './secret-parameter.js';

// ToolHive sets these itself (pkg/runner): a workload supplying them is not relying on the registry.
const TOOLHIVE_INJECTED = new Set(['MCP_TRANSPORT', 'MCP_PORT', 'FASTMCP_PORT']);

/** Env var names the workload provides: env keys plus the targets of well-formed secret parameters. */
export function suppliedEnvVars(workload: Workload): Set<string> {
  const supplied = new Set(workload.envVarNames);
  for (const secret of workload.secrets) {
    // thv skips malformed secret parameters here; they satisfy nothing.
    const target = secretTarget(secret);
    if (target) supplied.add(target);
  }
  return supplied;
}

/**
 * thv's toEnvVarInfo: secret defaults are blanked so they never reach output. One literal with
 * every member (the absent ones undefined), so that every variable's record has one shape.
 */
export function toEnvVarInfo(ev: EnvVar): EnvVarInfo {
  return {
    name: ev.name,
    description: ev.description || undefined,
    required: ev.required === true,
    secret: ev.secret ? true : undefined,
    default: (!ev.secret && ev.default) || undefined
  };
}

// Many workloads share one registry entry: build its name set once.
const declaredCache = new WeakMap<ImageMetadata, Set<string>>();

function declaredNames(entry: ImageMetadata): Set<string> {
  let names = declaredCache.get(entry);
  if (!names) {
    names = new Set(entry.env_vars.filter(Boolean).map((ev) => ev.name));
    declaredCache.set(entry, names);
  }
  return names;
}

/**
 * thv's computeEnvDrift (`added`), plus `removed` (beyond thv): variables the workload supplies that
 * the candidate no longer declares, leaving out the ones ToolHive injects.
 */
export function computeEnvDrift(workload: Workload, candidate: ImageMetadata): EnvVarDrift | undefined {
  const supplied = suppliedEnvVars(workload);
  const added: EnvVarInfo[] = [];
  for (const ev of candidate.env_vars) if (ev && !supplied.has(ev.name)) added.push(toEnvVarInfo(ev));
  const declared = declaredNames(candidate);
  const removedNames: string[] = [];
  for (const name of supplied) if (!declared.has(name) && !TOOLHIVE_INJECTED.has(name)) removedNames.push(name);
  const removed = removedNames.sort().map((name) => toEnvVarInfo({ name }));
  if (added.length === 0 && removed.length === 0) return undefined;
  return { added: added.length ? added : undefined, removed: removed.length ? removed : undefined };
}

/** thv's computeConfigDrift: raw string comparison, only when both sides are set. */
export function computeConfigDrift(workload: Workload, candidate: ImageMetadata): ConfigDrift | undefined {
  const cur = workload.transport;
  const cand = candidate.transport ?? '';
  const transport = cand !== '' && cur !== '' && cur !== cand ? { from: cur, to: cand } : undefined;
  const candProfile = candidate.permissions?.name ?? '';
  const curProfile = workload.permissionProfileNameOrPath;
  const profile = candProfile !== '' && curProfile !== '' && curProfile !== candProfile ? { from: curProfile, to: candProfile } : undefined;
  return transport || profile ? { transport, permission_profile: profile } : undefined;
}

const requiresSome = new WeakMap<ImageMetadata, boolean>();

/** Required variables of the entry the workload does not supply: `thv run --from-config` would fail. */
export function missingRequiredEnvVars(workload: Workload, entry: ImageMetadata): EnvVarInfo[] {
  let requires = requiresSome.get(entry);
  if (requires === undefined) requiresSome.set(entry, (requires = entry.env_vars.some((ev) => ev && ev.required)));
  // Most entries require nothing: then what the workload supplies does not matter.
  if (!requires) return [];
  const supplied = suppliedEnvVars(workload);
  return entry.env_vars.filter((ev) => ev && ev.required && !supplied.has(ev.name)).map(toEnvVarInfo);
}
