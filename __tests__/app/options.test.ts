import { InvalidOptionError, type OptionLabel, parsePullRequestOptions, parseRunOptions, type RawOptions } from '../../src/app/options.js';

const asInput: OptionLabel = (name) => `input ${name}`;
const asFlag: OptionLabel = (name) => `--${name}`;

function errorOf(parse: () => unknown): InvalidOptionError {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidOptionError) return error;
    throw error;
  }
  throw new Error('expected an InvalidOptionError');
}

describe('parseRunOptions', () => {
  test('one rule, each entry names the option its own way', () => {
    const raw: RawOptions = { timeout: '0' };
    expect(errorOf(() => parseRunOptions(raw, asInput)).message).toBe('input timeout: "0" is not a number of seconds from 1 to 3600');
    const cli = errorOf(() => parseRunOptions(raw, asFlag));
    expect(cli.message).toBe('--timeout: "0" is not a number of seconds from 1 to 3600');
    expect(cli.option).toBe('timeout');
    expect(cli.code).toBe('invalid-input');
    expect(cli.describe()).not.toMatch(/\binput\b/);
  });

  test.each([
    ['1', 1_000],
    ['3600', 3_600_000],
    ['2.5', 2_500],
    ['+7', 7_000]
  ])('timeout %s is %d ms for the registry and for verification', (value, ms) => {
    const options = parseRunOptions({ timeout: value }, asFlag);
    expect(options.registry.timeoutMs).toBe(ms);
    expect(options.verify.timeoutMs).toBe(ms);
  });

  test.each(['0', '0.5', '3601', '1e9', '-1', 'NaN', 'Infinity', '0x10', '30s', '1 0'])('timeout %j is refused', (value) => {
    expect(errorOf(() => parseRunOptions({ timeout: value }, asFlag)).option).toBe('timeout');
  });

  test('registry-deadline: seconds in [1, 3600], default 120, carried as deadlineMs', () => {
    expect(parseRunOptions({}, asFlag).registry.deadlineMs).toBe(120_000);
    expect(parseRunOptions({ 'registry-deadline': '45' }, asFlag).registry.deadlineMs).toBe(45_000);
    for (const bad of ['0', '3601', 'two minutes']) {
      expect(errorOf(() => parseRunOptions({ 'registry-deadline': bad }, asFlag)).option).toBe('registry-deadline');
    }
  });

  test('max-manifest-bytes: a whole number of at least 1024, default 1 MiB', () => {
    expect(parseRunOptions({}, asFlag).maxManifestBytes).toBe(1_048_576);
    expect(parseRunOptions({ 'max-manifest-bytes': '1024' }, asFlag).maxManifestBytes).toBe(1024);
    for (const bad of ['1023', '2048.5', '1MiB', '-4096', '1e400']) {
      expect(errorOf(() => parseRunOptions({ 'max-manifest-bytes': bad }, asFlag)).option).toBe('max-manifest-bytes');
    }
  });

  test('allow-empty: strict boolean, default false', () => {
    expect(parseRunOptions({}, asFlag).allowEmpty).toBe(false);
    expect(parseRunOptions({ 'allow-empty': 'True' }, asFlag).allowEmpty).toBe(true);
    expect(parseRunOptions({ 'allow-empty': 'FALSE' }, asFlag).allowEmpty).toBe(false);
    expect(errorOf(() => parseRunOptions({ 'allow-empty': 'yes' }, asInput)).message).toBe('input allow-empty: "yes" is not true or false');
  });

  test('lists: lines, commas, or items given one by one; a repeated scalar keeps the last value', () => {
    expect(parseRunOptions({ paths: ' a ,b\n\nc ' }, asFlag).paths).toEqual(['a', 'b', 'c']);
    expect(parseRunOptions({ paths: ['dir with, comma'] }, asFlag).paths).toEqual(['dir with, comma']);
    expect(parseRunOptions({ paths: [] }, asFlag).paths).toEqual(['.']);
    expect(parseRunOptions({ registry: ['a.json', 'b.json'] }, asFlag).registry.source).toBe('b.json');
  });

  test('fail-on: the default depends on the mode; unknown values name the option', () => {
    expect(parseRunOptions({ mode: 'pr' }, asInput).failOn).toEqual(['invalid']);
    expect(parseRunOptions({ 'fail-on': 'none' }, asInput).failOn).toEqual([]);
    expect(errorOf(() => parseRunOptions({ 'fail-on': 'unknown,stale' }, asFlag)).message).toBe('--fail-on: unknown value "stale"');
  });
});

describe('parsePullRequestOptions', () => {
  test('defaults', () => {
    expect(parsePullRequestOptions({ token: 't' }, asInput, 'pr')).toEqual({
      token: 't',
      base: undefined,
      pullRequest: {
        branchPrefix: 'toolhive-upgrade/',
        grouping: 'all',
        labels: [],
        reviewers: [],
        teamReviewers: [],
        assignees: [],
        draft: false,
        addDefaultEnvVars: false,
        title: undefined,
        maxPullRequests: 10,
        commitMessage: undefined
      }
    });
  });

  test('every input', () => {
    const options = parsePullRequestOptions(
      {
        token: 't',
        base: 'release-1',
        'branch-prefix': 'deps/',
        grouping: 'per-workload',
        title: ' Bump MCP servers ',
        labels: 'deps, mcp',
        reviewers: 'alice\nbob',
        'team-reviewers': 'platform',
        assignees: 'carol',
        draft: 'True',
        'add-default-env-vars': 'true',
        'max-pull-requests': '0',
        'commit-message': 'chore(deps): bump MCP servers\n\nRoutine upgrade.'
      },
      asInput,
      'pr'
    );
    expect(options).toEqual({
      token: 't',
      base: 'release-1',
      pullRequest: {
        branchPrefix: 'deps/',
        grouping: 'per-workload',
        labels: ['deps', 'mcp'],
        reviewers: ['alice', 'bob'],
        teamReviewers: ['platform'],
        assignees: ['carol'],
        draft: true,
        addDefaultEnvVars: true,
        title: 'Bump MCP servers',
        maxPullRequests: 0,
        commitMessage: 'chore(deps): bump MCP servers\n\nRoutine upgrade.'
      }
    });
  });

  test('checked in check mode too, where only the token is optional', () => {
    expect(parsePullRequestOptions({}, asInput, 'check').token).toBeUndefined();
    expect(errorOf(() => parsePullRequestOptions({ draft: 'yes' }, asInput, 'check')).message).toBe(
      'input draft: "yes" is not true or false'
    );
    expect(errorOf(() => parsePullRequestOptions({}, asInput, 'pr')).code).toBe('missing-token');
    expect(errorOf(() => parsePullRequestOptions({ 'max-pull-requests': '-1' }, asInput, 'check')).message).toBe(
      'input max-pull-requests: "-1" is not a whole number from 0 to 1000'
    );
  });
});
