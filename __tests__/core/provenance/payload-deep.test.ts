import { jsonEqual, matchAttestation } from '../../../src/core/provenance/payload.js';

function nested(depth: number, leaf: unknown): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? { k: v } : [v];
  return v;
}

test('predicates nested far deeper than the call stack are compared without overflowing it', () => {
  expect(jsonEqual(nested(100_000, { a: 1 }), nested(100_000, { a: 1 }))).toBe(true);
  expect(jsonEqual(nested(100_000, { a: 1 }), nested(100_000, { a: 2 }))).toBe(false);
  expect(
    matchAttestation(
      { subject: [], predicateType: 't', predicate: nested(5000, 'x') },
      { predicate_type: 't', predicate: nested(5000, 'y') }
    )
  ).toEqual(['attestation.predicate: differs from the registry']);
});

test('structural equality is unchanged: order of keys, undefined members, numbers', () => {
  expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
  expect(jsonEqual({ a: 1, u: undefined }, { a: 1 })).toBe(true);
  expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  expect(jsonEqual(1, '1')).toBe(false);
  expect(jsonEqual({ a: [] }, { a: {} })).toBe(false);
});
