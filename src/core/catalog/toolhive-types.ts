// Decoders for the ToolHive structs that appear both in legacy entries and in the upstream
// publisher extension (toolhive-core registry/types, permissions/profile.go). Each returns the
// value as Go would marshal it back (omitempty fields dropped), which is also our internal form.
import type { EnvVar, OAuthConfig, PermissionProfile, Provenance, RemoteHeader, ServerPopularity } from './types.js';
import {
  type JsonObject,
  type Mode,
  anyMap,
  arr,
  bool,
  field,
  int,
  intArray,
  nestsDeeperThan,
  nonEmptyMap,
  obj,
  putIf,
  str,
  strArray,
  strMap
} from './go-json.js';
import { EntryLimitError } from './errors.js';

/** Real predicates (SLSA provenance) nest about ten levels; far deeper is hostile, not data. */
export const MAX_PREDICATE_DEPTH = 64;

export function decodeProfile(v: unknown, path: string, mode: Mode): PermissionProfile | undefined {
  const o = obj(v, path, mode);
  if (!o) return undefined;
  const p: PermissionProfile = {};
  putIf(p, 'name', str(field(o, 'name'), `${path}.name`, mode));
  putIf(p, 'read', strArray(field(o, 'read'), `${path}.read`, mode));
  putIf(p, 'write', strArray(field(o, 'write'), `${path}.write`, mode));
  const net = obj(field(o, 'network'), `${path}.network`, mode);
  if (net) {
    const n: NonNullable<PermissionProfile['network']> = {};
    putIf(n, 'mode', str(field(net, 'mode'), `${path}.network.mode`, mode));
    const out = obj(field(net, 'outbound'), `${path}.network.outbound`, mode);
    if (out) {
      const ob: NonNullable<NonNullable<PermissionProfile['network']>['outbound']> = {};
      putIf(ob, 'insecure_allow_all', bool(field(out, 'insecure_allow_all'), `${path}.network.outbound.insecure_allow_all`, mode));
      putIf(ob, 'allow_host', strArray(field(out, 'allow_host'), `${path}.network.outbound.allow_host`, mode));
      putIf(ob, 'allow_port', intArray(field(out, 'allow_port'), `${path}.network.outbound.allow_port`, mode));
      n.outbound = ob;
    }
    const inb = obj(field(net, 'inbound'), `${path}.network.inbound`, mode);
    if (inb) {
      const ib: NonNullable<NonNullable<PermissionProfile['network']>['inbound']> = {};
      putIf(ib, 'allow_host', strArray(field(inb, 'allow_host'), `${path}.network.inbound.allow_host`, mode));
      n.inbound = ib;
    }
    p.network = n;
  }
  putIf(p, 'privileged', bool(field(o, 'privileged'), `${path}.privileged`, mode));
  return p;
}

/** Internal form: empty strings left out (the verifier compares only non-empty fields). */
export function decodeProvenance(v: unknown, path: string, mode: Mode): Provenance | undefined {
  const o = obj(v, path, mode);
  if (!o) return undefined;
  const p: Provenance = {};
  for (const key of ['sigstore_url', 'repository_uri', 'repository_ref', 'signer_identity', 'runner_environment', 'cert_issuer'] as const) {
    putIf(p, key, str(field(o, key), `${path}.${key}`, mode));
  }
  const att = obj(field(o, 'attestation'), `${path}.attestation`, mode);
  if (att) {
    const a: NonNullable<Provenance['attestation']> = {};
    putIf(a, 'predicate_type', str(field(att, 'predicate_type'), `${path}.attestation.predicate_type`, mode));
    const predicate = field(att, 'predicate');
    if (predicate !== undefined && predicate !== null) {
      // Refused whatever the mode: dropping the predicate would verify against less than the registry asks.
      if (nestsDeeperThan(predicate, MAX_PREDICATE_DEPTH)) {
        throw new EntryLimitError(`${path}.attestation.predicate nests more than ${MAX_PREDICATE_DEPTH} levels deep`);
      }
      a.predicate = predicate;
    }
    p.attestation = a;
  }
  return p;
}

/** Go marshal form of Provenance: five fields are not omitempty. */
export function provenanceToGo(p: Provenance): JsonObject {
  const out: JsonObject = {
    sigstore_url: p.sigstore_url ?? '',
    repository_uri: p.repository_uri ?? '',
    signer_identity: p.signer_identity ?? '',
    runner_environment: p.runner_environment ?? '',
    cert_issuer: p.cert_issuer ?? ''
  };
  if (p.repository_ref) out.repository_ref = p.repository_ref;
  if (p.attestation) out.attestation = { ...p.attestation };
  return out;
}

export function decodeMetadata(v: unknown, path: string, mode: Mode): ServerPopularity | undefined {
  const o = obj(v, path, mode);
  if (!o) return undefined;
  const m: ServerPopularity = {};
  putIf(m, 'stars', int(field(o, 'stars'), `${path}.stars`, mode));
  putIf(m, 'last_updated', str(field(o, 'last_updated'), `${path}.last_updated`, mode));
  const k = obj(field(o, 'kubernetes'), `${path}.kubernetes`, mode);
  if (k) {
    const km: NonNullable<ServerPopularity['kubernetes']> = {};
    for (const key of ['kind', 'namespace', 'name', 'uid', 'image', 'transport'] as const) {
      putIf(km, key, str(field(k, key), `${path}.kubernetes.${key}`, mode));
    }
    m.kubernetes = km;
  }
  return m;
}

export function decodeOAuthConfig(v: unknown, path: string, mode: Mode): OAuthConfig | undefined {
  const o = obj(v, path, mode);
  if (!o) return undefined;
  const c: OAuthConfig = {};
  for (const key of ['issuer', 'authorize_url', 'token_url', 'client_id', 'resource'] as const) {
    putIf(c, key, str(field(o, key), `${path}.${key}`, mode));
  }
  putIf(c, 'scopes', strArray(field(o, 'scopes'), `${path}.scopes`, mode));
  putIf(c, 'use_pkce', bool(field(o, 'use_pkce'), `${path}.use_pkce`, mode));
  const params = nonEmptyMap(strMap(field(o, 'oauth_params'), `${path}.oauth_params`, mode));
  if (params) c.oauth_params = params;
  putIf(c, 'callback_port', int(field(o, 'callback_port'), `${path}.callback_port`, mode));
  return c;
}

export function makeEnvVar(name: string, description: string, required: boolean, secret: boolean, def: string): EnvVar {
  const ev: EnvVar = { name, required };
  putIf(ev, 'description', description);
  putIf(ev, 'secret', secret);
  putIf(ev, 'default', def);
  return ev;
}

/** ToolHive `EnvVar` ({name, description, required, default, secret}); null elements are dropped. */
export function decodeEnvVars(v: unknown, path: string, mode: Mode): EnvVar[] {
  const out: EnvVar[] = [];
  arr(v, path, mode).forEach((e, i) => {
    const o = obj(e, `${path}[${i}]`, mode);
    if (!o) return;
    const p = `${path}[${i}]`;
    out.push(
      makeEnvVar(
        str(field(o, 'name'), `${p}.name`, mode),
        str(field(o, 'description'), `${p}.description`, mode),
        bool(field(o, 'required'), `${p}.required`, mode),
        bool(field(o, 'secret'), `${p}.secret`, mode),
        str(field(o, 'default'), `${p}.default`, mode)
      )
    );
  });
  return out;
}

/** Go marshal form of EnvVar: `description` and `required` are always written. */
export function envVarToGo(ev: EnvVar): JsonObject {
  const out: JsonObject = { name: ev.name, description: ev.description ?? '', required: ev.required ?? false };
  if (ev.default) out.default = ev.default;
  if (ev.secret) out.secret = true;
  return out;
}

/** ToolHive `Header` (legacy remote entries). */
export function decodeHeaders(v: unknown, path: string, mode: Mode): RemoteHeader[] {
  const out: RemoteHeader[] = [];
  arr(v, path, mode).forEach((e, i) => {
    const p = `${path}[${i}]`;
    const o = obj(e, p, mode);
    if (!o) return;
    const h: RemoteHeader = { name: str(field(o, 'name'), `${p}.name`, mode), required: bool(field(o, 'required'), `${p}.required`, mode) };
    putIf(h, 'description', str(field(o, 'description'), `${p}.description`, mode));
    putIf(h, 'secret', bool(field(o, 'secret'), `${p}.secret`, mode));
    putIf(h, 'default', str(field(o, 'default'), `${p}.default`, mode));
    putIf(h, 'choices', strArray(field(o, 'choices'), `${p}.choices`, mode));
    out.push(h);
  });
  return out;
}

/** `custom_metadata` (Go map[string]any): kept only when it has keys (omitempty). */
export function decodeCustomMetadata(v: unknown, path: string, mode: Mode): JsonObject | undefined {
  return nonEmptyMap(anyMap(v, path, mode));
}

/** `tool_definitions` ([]mcp.Tool): passed through; only its shape (array of objects) is checked. */
export function decodeToolDefinitions(v: unknown, path: string, mode: Mode): unknown[] {
  return arr(v, path, mode).filter((e, i) => obj(e, `${path}[${i}]`, mode) !== undefined);
}
