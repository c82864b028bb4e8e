// The benchmark corpus: N RunConfigs as `thv export` writes them, and a registry of N/2 entries
// in both formats (legacy and upstream) describing the same servers. Entries are cloned from the
// real 79-server legacy registry with unique names; provenance is dropped so that verification at
// its default never reaches a container registry (no candidate publishes provenance).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const PUBLISHER = 'io.modelcontextprotocol.registry/publisher-provided';

/** Legacy `servers` map of `count` entries, cycling through the template registry's entries. */
export function legacyServers(template, count) {
  const sources = Object.entries(template.servers);
  const servers = {};
  for (let j = 0; j < count; j++) {
    const [key, entry] = sources[j % sources.length];
    const { provenance: _dropped, ...rest } = entry;
    servers[`${key}-${j}`] = rest;
  }
  return servers;
}

/** The upstream server.json `thv registry convert` writes for a legacy image entry (the fields the check reads). */
function toServerJSON(key, e) {
  const transportType = e.transport || 'stdio';
  const transport = { type: transportType };
  if (transportType === 'streamable-http' || transportType === 'sse')
    transport.url = e.target_port ? `http://localhost:${e.target_port}` : 'http://localhost';
  const pkg = { registryType: 'oci', identifier: e.image, transport };
  if (e.env_vars?.length) {
    pkg.environmentVariables = e.env_vars.map((v) => ({
      ...(v.description ? { description: v.description } : {}),
      ...(v.required ? { isRequired: true } : {}),
      ...(v.secret ? { isSecret: true } : {}),
      ...(v.default ? { default: v.default } : {}),
      name: v.name
    }));
  }
  const ext = { status: e.status || 'active' };
  for (const k of ['tier', 'tools', 'tags', 'overview', 'metadata', 'custom_metadata', 'permissions', 'args', 'docker_tags']) {
    if (e[k] !== undefined && !(Array.isArray(e[k]) && e[k].length === 0)) ext[k] = e[k];
  }
  const server = { $schema: SERVER_SCHEMA, name: `io.github.stacklok/${key}` };
  if (e.title) server.title = e.title;
  server.description = e.description ?? '';
  if (e.repository_url) server.repository = { url: e.repository_url, source: 'github' };
  server.version = '1.0.0';
  server.packages = [pkg];
  server._meta = { [PUBLISHER]: { 'io.github.stacklok': { [e.image]: ext } } };
  return server;
}

/**
 * A RunConfig naming entry `i % keys.length`, with a tag that makes every status appear; the first
 * `missing` keys are named as servers the registry does not have (`<key>-retired`).
 */
function manifest(i, keys, servers, missing) {
  const key = keys[i % keys.length];
  const named = i % keys.length < missing ? `${key}-retired` : key;
  const entry = servers[key];
  const [repo, tag] = entry.image.split(/:(?=[^:/]+$)/);
  const variant = i % 4;
  const image =
    variant === 0 ? `${repo}:0.0.1` : variant === 1 ? entry.image : variant === 2 ? `${repo}:latest` : `${repo}:${tag ?? 'latest'}`;
  const env = Object.fromEntries((entry.env_vars ?? []).slice(0, 2).map((e) => [e.name, 'value']));
  return `${JSON.stringify(
    {
      schema_version: 'v0.1.0',
      image,
      registry_server_name: i % 2 ? named : `io.github.stacklok/${named}`,
      name: `${key}-${i}`,
      transport: entry.transport ?? 'stdio',
      host: '127.0.0.1',
      port: 40000 + (i % 20000),
      permission_profile: null,
      env_vars: { ...env, MCP_TRANSPORT: entry.transport ?? 'stdio' },
      secrets: [`s-${i},target=API_KEY`],
      group: 'default'
    },
    null,
    2
  )}\n`;
}

/**
 * Writes `<dir>/manifests/` (n files) and `<dir>/registry-legacy.json`, `<dir>/registry-upstream.json`
 * (entries each). Manifests name the first `named` entries in turn (a fleet runs many copies of
 * fewer servers than its catalog lists); `named = entries` names every entry. A `missing` share of
 * those names is not in the registry (servers retired from it): each costs a search for close names.
 */
export function writeCorpus(dir, n, entries, templatePath, named = entries, missing = 0) {
  const template = JSON.parse(readFileSync(templatePath, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const manifests = path.join(dir, 'manifests');
  mkdirSync(manifests, { recursive: true });
  const servers = legacyServers(template, entries);
  const keys = Object.keys(servers);
  writeFileSync(
    path.join(dir, 'registry-legacy.json'),
    JSON.stringify({ $schema: template.$schema, version: template.version, last_updated: template.last_updated, servers }, null, 2)
  );
  const upstream = {
    $schema: 'https://raw.githubusercontent.com/stacklok/toolhive-core/main/registry/types/data/upstream-registry.schema.json',
    version: template.version,
    meta: { last_updated: template.last_updated },
    data: { servers: keys.map((k) => toServerJSON(k, servers[k])) }
  };
  writeFileSync(path.join(dir, 'registry-upstream.json'), JSON.stringify(upstream, null, 2));
  const namedKeys = keys.slice(0, Math.max(1, Math.min(named, keys.length)));
  const missingKeys = Math.round(namedKeys.length * missing);
  for (let i = 0; i < n; i++)
    writeFileSync(path.join(manifests, `wl-${String(i).padStart(5, '0')}.json`), manifest(i, namedKeys, servers, missingKeys));
  return { manifests, legacy: path.join(dir, 'registry-legacy.json'), upstream: path.join(dir, 'registry-upstream.json') };
}
