import { UpgradeActionError } from '../../../src/core/errors.js';
import { formatSecretParameter, parseSecretParameter, tryParseSecretParameter } from '../../../src/core/check/secret-parameter.js';

function parseError(input: string): UpgradeActionError {
  try {
    parseSecretParameter(input);
  } catch (err) {
    if (err instanceof UpgradeActionError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

// pkg/secrets/types_test.go TestParseSecretParameter (spec §2).
describe('TestParseSecretParameter', () => {
  test.each([
    ['valid secret parameter', 'GITHUB_TOKEN,target=GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'],
    ['valid with different names', 'MY_SECRET,target=CUSTOM_TARGET', 'MY_SECRET', 'CUSTOM_TARGET']
  ])('%s', (_name, input, name, target) => {
    expect(parseSecretParameter(input)).toEqual({ name, target });
  });

  test('empty parameter', () => {
    const err = parseError('');
    expect(err.code).toBe('invalid-secret-parameter');
    expect(err.message).toContain('secret parameter cannot be empty');
  });

  test.each([
    ['missing target', 'GITHUB_TOKEN'],
    ['missing comma', 'GITHUB_TOKENtarget=GITHUB_PERSONAL_ACCESS_TOKEN'],
    ['missing equals', 'GITHUB_TOKEN,targetGITHUB_PERSONAL_ACCESS_TOKEN']
  ])('%s', (_name, input) => {
    const err = parseError(input);
    expect(err.code).toBe('invalid-secret-parameter');
    expect(err.message).toContain('invalid secret parameter format');
  });
});

describe('TestSecretParameter_ToCLIString', () => {
  test.each([
    ['GITHUB_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_TOKEN,target=GITHUB_PERSONAL_ACCESS_TOKEN'],
    ['MY_SECRET', 'CUSTOM_TARGET', 'MY_SECRET,target=CUSTOM_TARGET'],
    ['MY-SECRET_123', 'CUSTOM-TARGET_456', 'MY-SECRET_123,target=CUSTOM-TARGET_456']
  ])('{%s, %s}', (name, target, want) => {
    expect(formatSecretParameter({ name, target })).toBe(want);
  });
});

// Derived edge cases of spec §2 (they follow from the RE2 regex).
describe('derived edge cases', () => {
  test.each([
    ['later ",target=" belongs to the target', 'a,target=b,target=c', 'a', 'b,target=c'],
    ['no trimming', ' a ,target= B ', ' a ', ' B '],
    ['newline in the name', 'a\nb,target=c', 'a\nb', 'c'],
    ['carriage return in the target (Go . matches \\r)', 'a,target=b\rc', 'a', 'b\rc'],
    ['line separator in the target', 'a,target=b\u2028c', 'a', 'b\u2028c'],
    ['= in the target', 'a,target=b=c', 'a', 'b=c'],
    ['= in the name', 'a=b,target=C', 'a=b', 'C'],
    ['env-var syntax is not validated', 'x,target=not an env', 'x', 'not an env']
  ])('%s', (_name, input, name, target) => {
    expect(parseSecretParameter(input)).toEqual({ name, target });
    expect(tryParseSecretParameter(input)).toEqual({ name, target });
  });

  test.each([
    ['first comma not followed by target=', 'a,b,target=c'],
    ['empty name', ',target=X'],
    ['empty target', 'a,target='],
    ['uppercase TARGET', 'a,TARGET=b'],
    ['space after the comma', 'a, target=b'],
    ['trailing newline', 'a,target=b\n'],
    ['newline in the target', 'a,target=b\nc'],
    ['only ,target=', ',target=']
  ])('%s', (_name, input) => {
    expect(parseError(input).message).toBe('invalid secret parameter format');
    expect(tryParseSecretParameter(input)).toBeUndefined();
  });

  test('the error never echoes the input', () => {
    const input = 'ghp_supersecretvalue';
    const err = parseError(input);
    expect(err.message).not.toContain(input);
    expect(err.describe()).not.toContain(input);
  });

  test('round trip', () => {
    const p = { name: 'k', target: 'API_KEY' };
    expect(parseSecretParameter(formatSecretParameter(p))).toEqual(p);
  });
});

describe('read without a regex', () => {
  // Go's pattern as RE2 reads it (`.` is anything but '\n'; `$` is the end of the text).
  const GO_PATTERN = /^([^,]+),target=([^\n]+)$/;
  const pieces = ['a', 'B', ',', ',target=', 'target=', '=', '\n', '\r', ' ', '\u2028', 't'];

  test('accepts and splits exactly what Go’s pattern does, over thousands of generated parameters', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 20_000; i++) {
      const input = Array.from({ length: next() % 7 }, () => pieces[next() % pieces.length]).join('');
      const m = GO_PATTERN.exec(input);
      expect(tryParseSecretParameter(input)).toEqual(m ? { name: m[1], target: m[2] } : undefined);
    }
  });
});
