import { suggestServerNames } from '../../../src/core/catalog/suggest.js';
import type { ImageMetadata, Registry } from '../../../src/core/catalog/types.js';

const names = [
  'io.github.stacklok/fetch',
  'io.github.stacklok/time',
  'io.github.stacklok/github',
  'io.github.stacklok/gitea',
  'io.github.stacklok/osv',
  'io.github.other/fetcher'
];
const registry: Registry = {
  servers: new Map(
    names.map((name): [string, ImageMetadata] => [name, { kind: 'image', name, image: `x/${name}:1`, transport: 'stdio', env_vars: [] }])
  ),
  remoteServers: new Map(),
  source: 'test',
  format: 'upstream',
  skipped: []
};

describe('suggestServerNames', () => {
  test.each([
    ['a typo in the short name', 'io.github.stacklok/fecth', ['io.github.stacklok/fetch']],
    ['a typo in the namespace', 'io.github.stacklk/time', ['io.github.stacklok/time']],
    ['the right short name under another namespace', 'com.example/osv', ['io.github.stacklok/osv']],
    ['a short name with a typo', 'fetc', ['io.github.stacklok/fetch']],
    ['several close names, closest first', 'io.github.stacklok/githb', ['io.github.stacklok/github', 'io.github.stacklok/gitea']],
    ['nothing close: no suggestion', 'io.github.stacklok/notion', []],
    ['same namespace is not closeness', 'io.github.stacklok/tim-server', []]
  ])('%s: %s', (_why, name, expected) => {
    expect(suggestServerNames(registry, name)).toEqual(expected);
  });

  test('a server added to the registry after a first suggestion is suggested too', () => {
    const servers = new Map(registry.servers);
    const grown: Registry = { ...registry, servers };
    expect(suggestServerNames(grown, 'io.github.stacklok/notin')).toEqual([]);
    servers.set('io.github.stacklok/notion', {
      kind: 'image',
      name: 'io.github.stacklok/notion',
      image: 'x/notion:1',
      transport: 'stdio',
      env_vars: []
    });
    expect(suggestServerNames(grown, 'io.github.stacklok/notin')).toEqual(['io.github.stacklok/notion']);
  });

  test('a name far longer than any server name is not searched for', () => {
    // Two edits apart, but the search over names this long grows with the square of their length.
    const middle = 'fetch'.repeat(200);
    const servers = new Map(registry.servers);
    const near = `io.github.stacklok/b${middle}a`;
    servers.set(near, { kind: 'image', name: near, image: 'x/long:1', transport: 'stdio', env_vars: [] });
    expect(suggestServerNames({ ...registry, servers }, `io.github.stacklok/a${middle}b`)).toEqual([]);
    expect(suggestServerNames({ ...registry, servers }, 'io.github.stacklok/fecth')).toEqual(['io.github.stacklok/fetch']);
  });

  test('at most three', () => {
    expect(suggestServerNames(registry, 'io.github.stacklok/git', 3).length).toBeLessThanOrEqual(3);
  });
});
