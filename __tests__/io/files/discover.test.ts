import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverManifests } from '../../../src/io/files/discover.js';
import { globToRegExp } from '../../../src/core/text/glob.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-discover-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const root = tree({
  'deploy/prod/fetch.json': '{}',
  'deploy/prod/k8s/github.yaml': '',
  'deploy/dev/osv.yml': '',
  'deploy/dev/README.md': '',
  'deploy/node_modules/pkg/package.json': '{}',
  'deploy/.cache/x.json': '{}',
  'other/a.json': '{}'
});

test('directories are scanned recursively for .json/.yaml/.yml, skipping node_modules and dot-directories', () => {
  const { files } = discoverManifests(['deploy'], root);
  expect(files.map((f) => f.path)).toEqual(['deploy/dev/osv.yml', 'deploy/prod/fetch.json', 'deploy/prod/k8s/github.yaml']);
  expect(files.every((f) => !f.explicit)).toBe(true);
});

test('globs match relative paths; named files are explicit; duplicates collapse', () => {
  const { files, emptyPatterns } = discoverManifests(
    ['deploy/**/*.json', 'deploy/{dev,prod}/*.{yml,yaml}', 'other/a.json', 'deploy/prod/fetch.json', 'nothing/*.json'],
    root
  );
  expect(files.map((f) => [f.path, f.explicit])).toEqual([
    ['deploy/dev/osv.yml', false],
    ['deploy/prod/fetch.json', true],
    ['other/a.json', true]
  ]);
  expect(emptyPatterns).toEqual(['nothing/*.json']);
});

test('a path that does not exist is a configuration error naming it', () => {
  expect(() => discoverManifests(['deploy/typo.json'], root)).toThrow('deploy/typo.json: no such file or directory');
});

test.each([
  ['**/*.json', 'a.json', true],
  ['**/*.json', 'x/y/a.json', true],
  ['x/**', 'x/y/z.yaml', true],
  ['x/*.json', 'x/y/a.json', false],
  ['x/[ab].json', 'x/b.json', true],
  ['x/[!ab].json', 'x/b.json', false],
  ['x/{a,b}/*.yaml', 'x/b/c.yaml', true],
  ['x/?.json', 'x/ab.json', false]
])('glob %s against %s is %s', (pattern, file, expected) => {
  expect(globToRegExp(pattern).test(file)).toBe(expected);
});
