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

/** JSON structural equality; numbers compare as numbers (YAML int == JSON float, as structpb does). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number' && a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    // structpb drops nothing, but `undefined` members do not exist in JSON: ignore them.
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
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
