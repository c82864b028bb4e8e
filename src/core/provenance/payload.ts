// Checks that bind a signature to the candidate's digest. ToolHive does not read the simplesigning
// payload (a `.sig` copied from another image verifies there); we do, like cosign itself. Pure.

import type { Provenance } from '../catalog/types.js';

const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Error text when a cosign simplesigning payload does not name `digest`; undefined when it does. */
export function checkSimpleSigningPayload(payload: unknown, digest: string): string | undefined {
  if (!isObject(payload) || !isObject(payload.critical)) return 'signed payload is not a cosign simplesigning document';
  const image = payload.critical.image;
  const named = isObject(image) ? image['docker-manifest-digest'] : undefined;
  if (typeof named !== 'string') return 'signed payload names no image digest';
  if (named !== digest) return `signature is for another image (payload names ${named}, candidate is ${digest})`;
  return undefined;
}

export interface InTotoStatement {
  _type?: string;
  subject?: { name?: string; digest?: Record<string, string> }[];
  predicateType?: string;
  predicate?: unknown;
}

/** Parse an in-toto statement loosely; undefined when it is not one. */
export function asStatement(v: unknown): InTotoStatement | undefined {
  if (!isObject(v) || !Array.isArray(v.subject)) return undefined;
  return v as InTotoStatement;
}

/** Error text when the statement's subject list does not contain `digest`. */
export function checkStatementSubject(st: InTotoStatement, digest: string): string | undefined {
  if (!DIGEST_RE.test(digest)) return `unsupported digest ${digest}`;
  const hex = digest.slice('sha256:'.length);
  const subjects = Array.isArray(st.subject) ? st.subject : [];
  const hit = subjects.some((s) => isObject(s) && isObject(s.digest) && s.digest.sha256 === hex);
  if (hit) return undefined;
  const named = subjects
    .map((s) => (isObject(s) && isObject(s.digest) && typeof s.digest.sha256 === 'string' ? `sha256:${s.digest.sha256}` : ''))
    .filter(Boolean)
    .slice(0, 3);
  return `attestation is for another image (subject ${named.join(', ') || 'empty'}, candidate is ${digest})`;
}

/** Error text when a message signature's digest is not the candidate's (hex of sha256 in base64 form). */
export function checkMessageDigest(algorithm: string | undefined, digestHex: string, digest: string): string | undefined {
  if (algorithm !== 'SHA2_256') return `unsupported message digest algorithm ${algorithm ?? '(none)'}`;
  if (`sha256:${digestHex}` !== digest) return `signature is for another image (sha256:${digestHex}, candidate is ${digest})`;
  return undefined;
}

/**
 * JSON structural equality; numbers compare as numbers (YAML int == JSON float, as structpb does).
 * Walks with an explicit stack: a registry entry may nest its predicate thousands deep.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x === 'number' || typeof y === 'number') return false;
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      for (let i = x.length - 1; i >= 0; i--) pending.push([x[i], y[i]]);
      continue;
    }
    if (!isObject(x) || !isObject(y)) return false;
    // structpb drops nothing, but `undefined` members do not exist in JSON: ignore them.
    const kx = Object.keys(x).filter((k) => x[k] !== undefined);
    const ky = Object.keys(y).filter((k) => y[k] !== undefined);
    if (kx.length !== ky.length) return false;
    for (let i = kx.length - 1; i >= 0; i--) {
      const k = kx[i];
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      pending.push([x[k], y[k]]);
    }
  }
  return true;
}

/**
 * toolhive-core HEAD semantics (#248, fail closed): no expectation = no constraint; otherwise a
 * statement is required, `predicate_type` must be equal when set, `predicate` deep-equal when set.
 */
export function matchAttestation(st: InTotoStatement | undefined, want: Provenance['attestation']): string[] {
  if (!want) return [];
  const hasType = typeof want.predicate_type === 'string' && want.predicate_type !== '';
  const hasPredicate = want.predicate !== undefined && want.predicate !== null;
  if (!hasType && !hasPredicate) return [];
  if (!st) return ['attestation: the registry expects an attestation, this signature carries none'];
  const out: string[] = [];
  if (hasType && st.predicateType !== want.predicate_type) {
    out.push(`attestation.predicate_type: want "${want.predicate_type}", got "${st.predicateType ?? ''}"`);
  }
  if (hasPredicate && !jsonEqual(st.predicate, want.predicate)) out.push('attestation.predicate: differs from the registry');
  return out;
}
