import { addEnvDefaults, defaultsToAdd, goJsonString } from '../../../src/core/pr/env-defaults.js';
import { readFixture } from '../../helpers/fixtures.js';

const LOG = { name: 'LOG_FORMAT', value: 'json' };

describe('defaultsToAdd', () => {
  test('only optional, non-secret variables with a non-empty default', () => {
    expect(
      defaultsToAdd([
        { name: 'A', required: false, default: 'x' },
        { name: 'REQ', required: true, default: 'y' },
        { name: 'SEC', required: false, secret: true, default: 'leak-me' },
        { name: 'EMPTY', required: false, default: '' },
        { name: 'NONE', required: false },
        { name: 'A', required: false, default: 'dup' }
      ])
    ).toEqual([{ name: 'A', value: 'x' }]);
  });
});

describe('addEnvDefaults inserts text, never re-serialises', () => {
  test('pretty RunConfig (thv export style): sorted insertion in the existing indentation', () => {
    const text = readFixture('synthetic/runconfig-osv-upgrade-registry-sourced.json');
    const r = addEnvDefaults(text, [
      { name: 'GOOSE', value: 'honk' },
      { name: 'ZED', value: 'z' }
    ]);
    if (!('text' in r)) throw new Error(r.skipped);
    expect(r.text).toBe(
      text
        .replace('    "FOO": "bar",\n', '    "FOO": "bar",\n    "GOOSE": "honk",\n')
        .replace('    "MCP_TRANSPORT": "streamable-http"\n', '    "MCP_TRANSPORT": "streamable-http",\n    "ZED": "z"\n')
    );
    expect(JSON.parse(r.text).env_vars).toEqual({ ...JSON.parse(text).env_vars, GOOSE: 'honk', ZED: 'z' });
  });

  test('tab-indented file with unsorted keys: appended after the last member', () => {
    const text = readFixture('runconfig/extracted/config_test-file-loading.json');
    const r = addEnvDefaults(text, [LOG]);
    if (!('text' in r)) throw new Error(r.skipped);
    expect(r.text).toBe(
      text.replace('"ANOTHER_VAR": "another_value"\n', '"ANOTHER_VAR": "another_value",\n\t\t\t\t"LOG_FORMAT": "json"\n')
    );
  });

  test('empty object in a pretty file becomes a pretty block; compact files stay compact', () => {
    const pretty = '{\n  "image": "x:1",\n  "env_vars": {},\n  "name": "n"\n}\n';
    const r1 = addEnvDefaults(pretty, [LOG, { name: 'A', value: '1' }]);
    expect(r1).toEqual({
      text: '{\n  "image": "x:1",\n  "env_vars": {\n    "A": "1",\n    "LOG_FORMAT": "json"\n  },\n  "name": "n"\n}\n',
      added: [{ name: 'A', value: '1' }, LOG]
    });
    const compact = '{"image":"x:1","env_vars":{},"name":"n"}';
    expect(addEnvDefaults(compact, [LOG])).toEqual({ text: '{"image":"x:1","env_vars":{"LOG_FORMAT":"json"},"name":"n"}', added: [LOG] });
  });

  test('CRLF files get CRLF lines', () => {
    const text = '{\r\n  "image": "x:1",\r\n  "env_vars": {}\r\n}\r\n';
    const r = addEnvDefaults(text, [LOG]);
    expect(r).toEqual({ text: '{\r\n  "image": "x:1",\r\n  "env_vars": {\r\n    "LOG_FORMAT": "json"\r\n  }\r\n}\r\n', added: [LOG] });
  });

  test('values are written as Go writes them (HTML-safe escapes)', () => {
    expect(goJsonString('a<b>&"c"')).toBe('"a\\u003cb\\u003e\\u0026\\"c\\""');
  });

  test('variables already set are not added again', () => {
    const text = '{"env_vars": {"LOG_FORMAT": "text"}}';
    expect(addEnvDefaults(text, [LOG])).toEqual({ text, added: [] });
  });

  test.each([
    ['no env_vars', readFixture('runconfig/extracted/config_test-minimal.json'), /no `env_vars`/],
    ['env_vars null', '{"env_vars": null}', /not an object/],
    ['two spellings', '{"env_vars": {}, "ENV_VARS": {}}', /more than once/],
    ['not an object document', '[1]', /not a JSON object/]
  ])('skips with a reason: %s', (_n, text, why) => {
    const r = addEnvDefaults(text, [LOG]);
    expect('skipped' in r && r.skipped).toMatch(why);
  });
});
