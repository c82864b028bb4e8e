import { parsePolicy } from '../../../src/core/policy/parse-policy.js';
import { PolicyError } from '../../../src/core/policy/policy-error.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/types.js';

const FULL = `# the README's complete example
ignore:                         # never proposed; still reported
  - workload: "legacy-*"
  - server: "io.github.acme/*"
  - path: "deploy/frozen/**"
update-types: [minor, patch]
rules:
  - paths: ["deploy/prod/**"]
    update-types: [patch]
  - servers: ["io.github.acme/fetch"]
    ignore: true
`;

function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('parsePolicy', () => {
  it('reads the complete example with the line of every setting', () => {
    const p = parsePolicy(FULL, 'policy.yml');
    expect(p.ignore.map((i) => [i.selector, i.source.line])).toEqual([
      [{ workloads: ['legacy-*'] }, 3],
      [{ servers: ['io.github.acme/*'] }, 4],
      [{ paths: ['deploy/frozen/**'] }, 5]
    ]);
    expect(p.updateTypes).toEqual({ types: ['minor', 'patch'], source: { file: 'policy.yml', line: 6 } });
    expect(p.rules).toEqual([
      { selector: { paths: ['deploy/prod/**'] }, updateTypes: { types: ['patch'], source: { file: 'policy.yml', line: 9 } } },
      { selector: { servers: ['io.github.acme/fetch'] }, ignore: { value: true, source: { file: 'policy.yml', line: 11 } } }
    ]);
  });

  it('treats an empty file as no policy', () => {
    expect(parsePolicy('', 'p.yml')).toEqual(DEFAULT_POLICY);
    expect(parsePolicy('# nothing yet\n', 'p.yml')).toEqual(DEFAULT_POLICY);
  });

  it.each([
    ['unknown top-level key', 'ignore: []\nupdate_types: [patch]\n', 2, /unknown key "update_types"/],
    ['unknown key in a rule', 'rules:\n  - paths: ["a/**"]\n    update-type: [patch]\n', 3, /rules\[0\]: unknown key "update-type"/],
    ['unknown key in an ignore entry', 'ignore:\n  - name: x\n', 2, /ignore entry: unknown key "name"/],
    ['wrong type for update-types', 'update-types: 3\n', 1, /update-types: expected a string or a list of strings/],
    ['unknown update type', 'update-types: [minor, huge]\n', 1, /unknown update type "huge"/],
    ['ignore not a list', 'ignore: legacy\n', 1, /ignore must be a list/],
    ['rule ignore not a boolean', 'rules:\n  - paths: ["a"]\n    ignore: "yes"\n', 3, /rules\[0\]\.ignore must be true or false/],
    ['rule without selector', 'rules:\n  - update-types: [patch]\n', 2, /needs paths, workloads or servers/],
    ['rule without effect', 'rules:\n  - paths: ["a/**"]\n', 2, /needs update-types or ignore/],
    ['bad glob (unclosed bracket)', 'ignore:\n  - path: "deploy/[abc"\n', 2, /bad glob "deploy\/\[abc": unclosed "\["/],
    ['bad glob (unclosed brace)', 'rules:\n  - servers: ["io.{a,b"]\n    ignore: true\n', 2, /bad glob "io.\{a,b": unclosed "\{"/],
    ['empty glob', 'ignore:\n  - workload: ""\n', 2, /empty glob/],
    ['duplicate key', 'update-types: [patch]\nupdate-types: [minor]\n', 2, /not valid YAML/],
    ['YAML syntax', 'rules: [\n', 1, /not valid YAML/],
    ['a list at the top', '- a\n', 1, /the policy file must be a mapping/]
  ])('%s: names the file, line and key', (_, text, line, message) => {
    const e = errorOf(text);
    expect(e.place).toEqual({ file: 'policy.yml', line });
    expect(e.message).toMatch(message);
    expect(e.describe()).toMatch(new RegExp(`^policy\\.yml:${line}: `));
  });
});
