import type { CheckResult, ConfigDrift, EnvVarDrift, EnvVarInfo } from '../check/result.js';
import type { Verification } from '../provenance/verification.js';

// Key order and omitempty as Go's encoding/json writes thv's CheckResult, so `--format json` diffs
// cleanly against `thv upgrade check --format json`; our additions come after thv's fields.

function envVarInfo(e: EnvVarInfo): EnvVarInfo {
  const out: EnvVarInfo = { name: e.name } as EnvVarInfo;
  if (e.description) out.description = e.description;
  out.required = e.required;
  if (e.secret) out.secret = true;
  if (e.default) out.default = e.default;
  return out;
}

function envDrift(d: EnvVarDrift | undefined): EnvVarDrift | undefined {
  if (!d || (!d.added?.length && !d.removed?.length)) return undefined;
  const out: EnvVarDrift = {};
  if (d.added?.length) out.added = d.added.map(envVarInfo);
  if (d.removed?.length) out.removed = d.removed.map(envVarInfo);
  return out;
}

function configDrift(d: ConfigDrift | undefined): ConfigDrift | undefined {
  if (!d || (!d.transport && !d.permission_profile)) return undefined;
  const out: ConfigDrift = {};
  if (d.transport) out.transport = { from: d.transport.from, to: d.transport.to };
  if (d.permission_profile) out.permission_profile = { from: d.permission_profile.from, to: d.permission_profile.to };
  return out;
}

function verification(v: Verification | undefined): Verification | undefined {
  if (!v) return undefined;
  const out: Verification = { status: v.status };
  if (v.digest) out.digest = v.digest;
  if (v.signer) {
    const { repository, workflow, ref, issuer, runner_environment } = v.signer;
    out.signer = Object.fromEntries(Object.entries({ repository, workflow, ref, issuer, runner_environment }).filter(([, x]) => x));
  }
  if (v.reason) out.reason = v.reason;
  if (v.trusted_root) out.trusted_root = v.trusted_root;
  if (v.signature_source) out.signature_source = v.signature_source;
  return out;
}

export function rowToJson(row: CheckResult): Record<string, unknown> {
  const out: Record<string, unknown> = { workload_name: row.workload_name };
  if (row.registry_server) out.registry_server = row.registry_server;
  out.status = row.status;
  if (row.current_image) out.current_image = row.current_image;
  if (row.candidate_image) out.candidate_image = row.candidate_image;
  if (row.reason) out.reason = row.reason;
  const env = envDrift(row.env_var_drift);
  if (env) out.env_var_drift = env;
  const config = configDrift(row.config_drift);
  if (config) out.config_drift = config;
  out.file = row.file;
  if (row.line !== undefined) out.line = row.line;
  if (row.update_type) out.update_type = row.update_type;
  if (row.held_by) out.held_by = row.held_by;
  if (row.deprecated) out.deprecated = true;
  if (row.missing_env_vars?.length) out.missing_env_vars = row.missing_env_vars.map(envVarInfo);
  const v = verification(row.verification);
  if (v) out.verification = v;
  return out;
}

/**
 * The JSON report in pieces, which joined are exactly `JSON.stringify(rows, null, 2)` and a
 * newline: a report of thousands of results is written as it is made, never held whole (nor its
 * objects), and no piece splits a string. Each group of `rowsPerPiece` results is one piece, cut
 * out of its own document (a slice shares that text: nothing is copied), and the separators
 * between groups are pieces of their own. A hundred results make about 60 KB: under V8's
 * large-object size, so each piece lives and dies in the young generation.
 */
export function* renderJsonPieces(rows: CheckResult[], rowsPerPiece = 100): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < rows.length; start += rowsPerPiece) {
    // An array of these rows is written with each row at the report's own indentation: only its
    // brackets differ. The first group keeps its opening `[\n`.
    const text = JSON.stringify(rows.slice(start, start + rowsPerPiece).map(rowToJson), null, 2);
    yield text.slice(start === 0 ? 0 : 2, -2);
    yield start + rowsPerPiece >= rows.length ? '\n]\n' : ',\n';
  }
}
