import { DEFAULT_FAIL_ON_CHECK, failingFindings, findingsOf, parseFailOn } from '../../../src/core/check/fail-on.js';
import { invalidManifest, undecided, upgradeAvailable, upToDate } from '../../helpers/check-results.js';

test('fail-on accepts a comma list, none, and falls back to the default when empty', () => {
  expect(parseFailOn('', DEFAULT_FAIL_ON_CHECK)).toEqual(DEFAULT_FAIL_ON_CHECK);
  expect(parseFailOn('none', DEFAULT_FAIL_ON_CHECK)).toEqual([]);
  expect(parseFailOn('unknown, invalid,unknown', DEFAULT_FAIL_ON_CHECK)).toEqual(['unknown', 'invalid']);
});

test('an unknown fail-on value is a configuration error that lists the valid ones', () => {
  expect(() => parseFailOn('upgrade-avail', [])).toThrow(/unknown value "upgrade-avail"/);
  try {
    parseFailOn('stale', []);
  } catch (e) {
    expect((e as { hint: string }).hint).toContain('missing-env');
  }
});

test('findings: status, missing env on up-to-date rows, unverified candidates', () => {
  expect(findingsOf(upToDate())).toEqual([]);
  expect(findingsOf(upToDate({ missing_env_vars: [{ name: 'TOKEN', required: true }] }))).toEqual(['missing-env']);
  expect(findingsOf(upgradeAvailable({ verification: { status: 'unverified', reason: 'no signature' } }))).toEqual([
    'upgrade-available',
    'unverified'
  ]);
  expect(failingFindings(undecided(), DEFAULT_FAIL_ON_CHECK)).toEqual([]);
  expect(failingFindings(invalidManifest(), DEFAULT_FAIL_ON_CHECK)).toEqual(['invalid']);
});
