import type { CheckResult, ConfigDrift, EnvVarDrift } from '../check/result.js';
import { toEnvVarInfo } from '../check/drift.js';
import type { Verification } from '../provenance/verification.js';

// Key order and omitempty as Go's encoding/json writes thv's CheckResult, so `--format json` diffs
// cleanly against `thv upgrade check --format json`; our additions come after thv's fields.
//
// Each object is one literal with every key, an omitted one undefined (JSON.stringify leaves it
// out): a report's thousands of rows then share one shape each, where assigning only the present
// keys would give V8 a shape per combination, and slow reads and writes on all of them. Variable
// records go through thv's toEnvVarInfo again, whoever built them: its literal has Go's key order,
// and a secret's default never reaches the report.

function envDrift(d: EnvVarDrift | undefined): EnvVarDrift | undefined {
  if (!d || (!d.added?.length && !d.removed?.length)) return undefined;
  return {
    added: d.added?.length ? d.added.map(toEnvVarInfo) : undefined,
    removed: d.removed?.length ? d.removed.map(toEnvVarInfo) : undefined
  };
}

function configDrift(d: ConfigDrift | undefined): ConfigDrift | undefined {
  if (!d || (!d.transport && !d.permission_profile)) return undefined;
  return {
    transport: d.transport ? { from: d.transport.from, to: d.transport.to } : undefined,
    permission_profile: d.permission_profile ? { from: d.permission_profile.from, to: d.permission_profile.to } : undefined
  };
}

function verification(v: Verification | undefined): Verification | undefined {
  if (!v) return undefined;
  const signer = v.signer && {
    repository: v.signer.repository || undefined,
    workflow: v.signer.workflow || undefined,
    ref: v.signer.ref || undefined,
    issuer: v.signer.issuer || undefined,
    runner_environment: v.signer.runner_environment || undefined
  };
  return {
    status: v.status,
    digest: v.digest || undefined,
    signer,
    reason: v.reason || undefined,
    trusted_root: v.trusted_root || undefined,
    signature_source: v.signature_source || undefined
  };
}

/** One result as the JSON report writes it (undefined members are left out). */
export function rowToJson(row: CheckResult): Record<string, unknown> {
  return {
    workload_name: row.workload_name,
    registry_server: row.registry_server || undefined,
    status: row.status,
    current_image: row.current_image || undefined,
    candidate_image: row.candidate_image || undefined,
    reason: row.reason || undefined,
    env_var_drift: envDrift(row.env_var_drift),
    config_drift: configDrift(row.config_drift),
    file: row.file,
    line: row.line,
    update_type: row.update_type || undefined,
    held_by: row.held_by || undefined,
    deprecated: row.deprecated ? true : undefined,
    missing_env_vars: row.missing_env_vars?.length ? row.missing_env_vars.map(toEnvVarInfo) : undefined,
    verification: verification(row.verification)
  };
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
