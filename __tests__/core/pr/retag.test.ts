import { retag } from '../../../src/core/pr/retag.js';
import { runtimeRepository } from '../../../src/core/image/container-runtime-name.js';

describe('runtimeRepository', () => {
  it.each([
    ['nginx:1.0', 'docker.io/library/nginx'],
    ['mcp/fetch:1', 'docker.io/mcp/fetch'],
    ['index.docker.io/mcp/fetch:1', 'docker.io/mcp/fetch'],
    ['docker.io/nginx', 'docker.io/library/nginx'],
    ['localhost/acme/app:1.0.0', 'localhost/acme/app'],
    ['localhost:5000/acme/app:1.0.0', 'localhost:5000/acme/app'],
    ['GHCR.io/Org/x:1', 'ghcr.io/Org/x'],
    ['127.0.0.1:5000/a/b@sha256:abc', '127.0.0.1:5000/a/b']
  ])('%s → %s', (ref, expected) => {
    expect(runtimeRepository(ref)).toBe(expected);
  });
});

describe('retag', () => {
  it.each([
    ['same spelling', 'ghcr.io/stacklok/fetch:1.0.0', 'ghcr.io/stacklok/fetch:1.1.0', 'ghcr.io/stacklok/fetch:1.1.0'],
    ['short Docker Hub name keeps its spelling', 'mcp/fetch:1.0.0', 'docker.io/mcp/fetch:1.2.0', 'mcp/fetch:1.2.0'],
    ['official image keeps its spelling', 'nginx:1.0', 'index.docker.io/library/nginx:1.1', 'nginx:1.1'],
    ['registry with port', 'localhost:5000/acme/app:1.0.0', 'localhost:5000/acme/app:1.0.1', 'localhost:5000/acme/app:1.0.1']
  ])('%s', (_, current, candidate, expected) => {
    expect(retag(current, candidate)).toEqual({ ok: true, image: expected });
  });

  it('never moves a localhost image to Docker Hub (ggcr reads both as one repository, runtimes do not)', () => {
    const r = retag('localhost/acme/app:1.0.0', 'index.docker.io/localhost/acme/app:9.9.9');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/upgrades only change the tag, never the registry or repository/);
  });

  it.each([
    ['another registry', 'ghcr.io/acme/app:1.0.0', 'quay.io/acme/app:1.1.0', /never the registry/],
    ['a digest pin', 'ghcr.io/acme/app@sha256:0123', 'ghcr.io/acme/app:1.1.0', /pinned by digest/],
    ['a candidate without tag', 'ghcr.io/acme/app:1.0.0', 'ghcr.io/acme/app@sha256:0123', /no tag/]
  ])('%s is not an edit', (_, current, candidate, reason) => {
    const r = retag(current, candidate);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});
