// BaseProvider.GetServer rules (spec §4(d)).
import { lookupServer } from '../../../src/core/catalog/lookup.js';
import type { ImageMetadata, Registry, RemoteServerMetadata } from '../../../src/core/catalog/types.js';

const img = (name: string, image = `${name}:1`): ImageMetadata => ({ kind: 'image', name, image, transport: 'stdio', env_vars: [] });
const rem = (name: string): RemoteServerMetadata => ({ kind: 'remote', name, url: `https://${name}`, transport: 'sse', env_vars: [] });

function registry(images: ImageMetadata[], remotes: RemoteServerMetadata[] = []): Registry {
  return {
    servers: new Map(images.map((s) => [s.name, s])),
    remoteServers: new Map(remotes.map((s) => [s.name, s])),
    source: 'test',
    format: 'upstream',
    skipped: []
  };
}

describe('lookupServer', () => {
  const reg = registry(
    [
      img('io.github.stacklok/fetch'),
      img('com.acme/fetch-x'),
      img('plain'),
      img('io.x/both'),
      img('io.a/dup'),
      img('io.b/dup'),
      img('a/b/deep')
    ],
    [rem('io.github.stacklok/github-remote'), rem('io.x/both'), rem('io.c/dup'), rem('plain-remote')]
  );

  test('exact container name', () => {
    expect(lookupServer(reg, 'io.github.stacklok/fetch')).toEqual({ kind: 'found', server: reg.servers.get('io.github.stacklok/fetch') });
    expect(lookupServer(reg, 'plain')).toEqual({ kind: 'found', server: reg.servers.get('plain') });
  });

  test('exact remote name', () => {
    expect(lookupServer(reg, 'plain-remote')).toMatchObject({ kind: 'found', server: { kind: 'remote' } });
  });

  test('a container entry wins over a remote of the same name', () => {
    expect(lookupServer(reg, 'io.x/both')).toMatchObject({ kind: 'found', server: { kind: 'image' } });
  });

  test('a unique /<short> suffix across both maps', () => {
    expect(lookupServer(reg, 'fetch')).toMatchObject({ kind: 'found', server: { name: 'io.github.stacklok/fetch' } });
    expect(lookupServer(reg, 'github-remote')).toMatchObject({ kind: 'found', server: { kind: 'remote' } });
    expect(lookupServer(reg, 'deep')).toMatchObject({ kind: 'found', server: { name: 'a/b/deep' } });
  });

  test('several suffix matches are an error, container entries listed first', () => {
    expect(lookupServer(reg, 'dup')).toEqual({
      kind: 'error',
      message: "multiple servers match 'dup': io.a/dup, io.b/dup, io.c/dup — use the full name"
    });
    // The same name in both maps counts twice, as in ToolHive.
    expect(lookupServer(reg, 'both')).toEqual({
      kind: 'error',
      message: "multiple servers match 'both': io.x/both, io.x/both — use the full name"
    });
  });

  test('no suffix matching for names with "/", nor for partial names', () => {
    expect(lookupServer(reg, 'stacklok/fetch')).toEqual({ kind: 'not-found' });
    expect(lookupServer(reg, 'b/deep')).toEqual({ kind: 'not-found' });
    expect(lookupServer(reg, 'etch')).toEqual({ kind: 'not-found' });
    expect(lookupServer(reg, 'fetch-')).toEqual({ kind: 'not-found' });
  });

  test('the suffix index follows entries added after the first lookup', () => {
    const r = registry([img('io.a/one')]);
    expect(lookupServer(r, 'two')).toEqual({ kind: 'not-found' });
    r.servers.set('io.a/two', img('io.a/two'));
    expect(lookupServer(r, 'two')).toMatchObject({ kind: 'found' });
  });

  // Their cost is measured by `npm run bench` (5,000-entry registries), not here.
  test('every short name of a 10,000-entry registry resolves to its own entry', () => {
    const big = registry(Array.from({ length: 10_000 }, (_, i) => img(`io.example/server-${i}`)));
    for (let i = 0; i < 10_000; i++)
      expect(lookupServer(big, `server-${i}`)).toMatchObject({ kind: 'found', server: { name: `io.example/server-${i}` } });
  });
});
