import { ConfigurationError, UpgradeActionError } from '../../src/core/errors.js';

describe('UpgradeActionError', () => {
  test('keeps the failure it wraps as cause, and leaves it out of the one line users read', () => {
    const cause = new Error('ECONNRESET at socket 12');
    const error = new ConfigurationError(
      'registry-unreachable',
      'cannot reach the registry',
      { url: 'https://registry.example/v0.1/servers' },
      'check the network',
      { cause }
    );
    expect(error.cause).toBe(cause);
    expect(error.code).toBe('registry-unreachable');
    expect(error.name).toBe('ConfigurationError');
    expect(error.describe()).toBe('https://registry.example/v0.1/servers: cannot reach the registry (check the network)');
  });

  test('has no cause unless given one', () => {
    const error = new UpgradeActionError('x', 'message');
    expect(error.cause).toBeUndefined();
    expect('cause' in error).toBe(false);
  });

  test('a subclass can narrow its codes', () => {
    class NarrowError extends UpgradeActionError<'a' | 'b'> {}
    const error = new NarrowError('a', 'm', { file: 'f.json', line: 3 });
    const code: 'a' | 'b' = error.code;
    expect(code).toBe('a');
    expect(error.describe()).toBe('f.json:3: m');
  });
});
