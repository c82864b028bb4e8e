// `thv registry convert`: legacy ToolHive registry → upstream MCP registry (toolhive-core
// registry/converters/toolhive_to_upstream.go + registry_converters.go). Each legacy entry becomes
// one server.json; ToolHive-only fields go to the publisher-provided extension keyed by the image
// reference (container) or URL (remote). Groups are dropped.
//
// Where Go would fail the whole conversion (a field of the wrong JSON type, a null entry, an
// empty key) we skip just that entry and say why.
import type { EnvVar, OAuthConfig, PermissionProfile, Provenance, RemoteHeader, ServerPopularity } from './types.js';
import { ConversionError, RegistryError } from './errors.js';
import { type JsonObject, ShapeError, bool, field, int, isObject, obj, str, strArray } from './go-json.js';
import { placeOf } from './format.js';
import { PUBLISHER_PROVIDED_KEY, TOOLHIVE_PUBLISHER_NAMESPACE, buildReverseDNSName } from './names.js';
import {
  decodeCustomMetadata,
  decodeEnvVars,
  decodeHeaders,
  decodeMetadata,
  decodeOAuthConfig,
  decodeProfile,
  decodeProvenance,
  decodeToolDefinitions,
  envVarToGo,
  provenanceToGo
} from './toolhive-types.js';

export const SERVER_SCHEMA_URL = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
export const UPSTREAM_REGISTRY_SCHEMA_URL =
  'https://raw.githubusercontent.com/stacklok/toolhive-core/main/registry/types/data/upstream-registry.schema.json';

export interface LegacyBase {
  name: string;
  title: string;
  description: string;
  tier: string;
  status: string;
  transport: string;
  stateless: boolean;
  tools: string[];
  metadata?: ServerPopularity;
  repository_url: string;
  tags: string[];
  overview: string;
  tool_definitions: unknown[];
  custom_metadata?: JsonObject;
}

/** A strictly decoded legacy `servers[key]` entry (ToolHive ImageMetadata as Go unmarshals it). */
export interface LegacyImage extends LegacyBase {
  image: string;
  target_port: number;
  proxy_port: number;
  permissions?: PermissionProfile;
  env_vars: EnvVar[];
  args: string[];
  docker_tags: string[];
  provenance?: Provenance;
}

interface LegacyRemote extends LegacyBase {
  url: string;
  proxy_port: number;
  headers: RemoteHeader[];
  oauth_config?: OAuthConfig;
  env_vars: EnvVar[];
}

function decodeBase(o: JsonObject, path: string): LegacyBase {
  const s = (k: string) => str(field(o, k), `${path}.${k}`, 'strict');
  return {
    name: s('name'),
    title: s('title'),
    description: s('description'),
    tier: s('tier'),
    status: s('status'),
    transport: s('transport'),
    stateless: bool(field(o, 'stateless'), `${path}.stateless`, 'strict'),
    tools: strArray(field(o, 'tools'), `${path}.tools`, 'strict'),
    metadata: decodeMetadata(field(o, 'metadata'), `${path}.metadata`, 'strict'),
    repository_url: s('repository_url'),
    tags: strArray(field(o, 'tags'), `${path}.tags`, 'strict'),
    overview: s('overview'),
    tool_definitions: decodeToolDefinitions(field(o, 'tool_definitions'), `${path}.tool_definitions`, 'strict'),
    custom_metadata: decodeCustomMetadata(field(o, 'custom_metadata'), `${path}.custom_metadata`, 'strict')
  };
}

function entryObject(key: string, entry: unknown, path: string): JsonObject {
  if (key === '') throw new ConversionError('name cannot be empty');
  const o = obj(entry, path, 'strict');
  if (!o) throw new ConversionError(`${path} is null`);
  return o;
}

/** Base extension fields, in ServerExtensions marshal form; status defaults to "active". */
function baseExtension(b: LegacyBase): JsonObject {
  const ext: JsonObject = { status: b.status || 'active' };
  if (b.tier) ext.tier = b.tier;
  if (b.tools.length) ext.tools = b.tools;
  if (b.tags.length) ext.tags = b.tags;
  if (b.overview) ext.overview = b.overview;
  if (b.metadata) ext.metadata = b.metadata;
  if (b.custom_metadata) ext.custom_metadata = b.custom_metadata;
  if (b.tool_definitions.length) ext.tool_definitions = b.tool_definitions;
  if (b.stateless) ext.stateless = true;
  return ext;
}

/** The server.json name of a converted legacy entry: its own `name`, else the namespaced key. */
export function legacyServerName(key: string, b: LegacyBase): string {
  return b.name || buildReverseDNSName(key);
}

function serverHead(key: string, b: LegacyBase): JsonObject {
  const server: JsonObject = { $schema: SERVER_SCHEMA_URL, name: legacyServerName(key, b) };
  if (b.title) server.title = b.title;
  server.description = b.description;
  if (b.repository_url) server.repository = { url: b.repository_url, source: 'github' };
  server.version = '1.0.0';
  return server;
}

function withExtension(server: JsonObject, extKey: string, ext: JsonObject): JsonObject {
  server._meta = { [PUBLISHER_PROVIDED_KEY]: { [TOOLHIVE_PUBLISHER_NAMESPACE]: { [extKey]: ext } } };
  return server;
}

/** KeyValueInput (model.Input fields are all omitempty; `name` is not). */
function keyValueInput(
  name: string,
  description?: string,
  required?: boolean,
  secret?: boolean,
  def?: string,
  choices?: string[]
): JsonObject {
  const kv: JsonObject = {};
  if (description) kv.description = description;
  if (required) kv.isRequired = true;
  if (secret) kv.isSecret = true;
  if (def) kv.default = def;
  if (choices?.length) kv.choices = choices;
  kv.name = name;
  return kv;
}

/**
 * The package transport of a legacy container entry: containers are reached through localhost, and
 * the port (if any) becomes the target port again on the way back.
 */
export function legacyPackageTransport(m: LegacyImage): { type: string; url?: string } {
  const type = m.transport || 'stdio';
  if (type !== 'streamable-http' && type !== 'sse') return { type };
  return { type, url: m.target_port > 0 ? `http://localhost:${m.target_port}` : 'http://localhost' };
}

/** Decodes one legacy `servers[key]` entry as Go would; throws ConversionError or ShapeError. */
export function decodeLegacyImage(key: string, entry: unknown): LegacyImage {
  const path = `servers[${JSON.stringify(key)}]`;
  const o = entryObject(key, entry, path);
  return {
    ...decodeBase(o, path),
    image: str(field(o, 'image'), `${path}.image`, 'strict'),
    target_port: int(field(o, 'target_port'), `${path}.target_port`, 'strict'),
    proxy_port: int(field(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
    permissions: decodeProfile(field(o, 'permissions'), `${path}.permissions`, 'strict'),
    env_vars: decodeEnvVars(field(o, 'env_vars'), `${path}.env_vars`, 'strict'),
    args: strArray(field(o, 'args'), `${path}.args`, 'strict'),
    docker_tags: strArray(field(o, 'docker_tags'), `${path}.docker_tags`, 'strict'),
    provenance: decodeProvenance(field(o, 'provenance'), `${path}.provenance`, 'strict')
  };
}

/** ImageMetadataToServerJSON: one legacy `servers[key]` entry → server.json. */
export function legacyImageToServerJSON(key: string, entry: unknown): JsonObject {
  const m = decodeLegacyImage(key, entry);
  const server = serverHead(key, m);
  const pkg: JsonObject = { registryType: 'oci', identifier: m.image, transport: legacyPackageTransport(m) };
  if (m.env_vars.length) {
    pkg.environmentVariables = m.env_vars.map((ev) => keyValueInput(ev.name, ev.description, ev.required, ev.secret, ev.default));
  }
  server.packages = [pkg];

  const ext = baseExtension(m);
  if (m.permissions) ext.permissions = m.permissions;
  if (m.args.length) ext.args = m.args;
  if (m.provenance) ext.provenance = provenanceToGo(m.provenance);
  if (m.docker_tags.length) ext.docker_tags = m.docker_tags;
  if (m.proxy_port !== 0) ext.proxy_port = m.proxy_port;
  return withExtension(server, m.image, ext);
}

/** RemoteServerMetadataToServerJSON: one legacy `remote_servers[key]` entry → server.json. */
export function legacyRemoteToServerJSON(key: string, entry: unknown): JsonObject {
  const path = `remote_servers[${JSON.stringify(key)}]`;
  const o = entryObject(key, entry, path);
  const m: LegacyRemote = {
    ...decodeBase(o, path),
    url: str(field(o, 'url'), `${path}.url`, 'strict'),
    proxy_port: int(field(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
    headers: decodeHeaders(field(o, 'headers'), `${path}.headers`, 'strict'),
    oauth_config: decodeOAuthConfig(field(o, 'oauth_config'), `${path}.oauth_config`, 'strict'),
    env_vars: decodeEnvVars(field(o, 'env_vars'), `${path}.env_vars`, 'strict')
  };

  const server = serverHead(key, m);
  const remote: JsonObject = { type: m.transport };
  if (m.url) remote.url = m.url;
  if (m.headers.length) {
    remote.headers = m.headers.map((h) => keyValueInput(h.name, h.description, h.required, h.secret, h.default, h.choices));
  }
  server.remotes = [remote];

  const ext = baseExtension(m);
  if (m.oauth_config) ext.oauth_config = m.oauth_config;
  if (m.env_vars.length) ext.env_vars = m.env_vars.map(envVarToGo);
  if (m.proxy_port !== 0) ext.proxy_port = m.proxy_port;
  return withExtension(server, m.url, ext);
}

export interface LegacyConversion {
  /** The upstream registry document `thv registry convert` would write. */
  document: { $schema: string; version: string; meta: { last_updated: string }; data: { servers: JsonObject[] } };
  /** Legacy entries that could not be converted, by legacy key. */
  skipped: { name: string; reason: string }[];
}

/**
 * A legacy section (`servers` or `remote_servers`): entries by key, read in `Object.keys` order.
 * With thousands of entries it is a dictionary, whose `Object.entries` takes a slow path and a pair
 * per entry: its keys and a lookup each cost a third as much.
 */
export function legacySection(doc: unknown, key: 'servers' | 'remote_servers', source: string): JsonObject {
  if (!isObject(doc)) throw new RegistryError('registry-format', 'legacy registry is not a JSON object', placeOf(source));
  const value = field(doc, key);
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    throw new RegistryError(
      'registry-format',
      `legacy registry "${key}" must be an object of entries, not ${Array.isArray(value) ? 'an array' : typeof value}`,
      placeOf(source)
    );
  }
  return value;
}

/** Converts a whole legacy document (already detected as legacy): servers first, then remote servers. */
export function convertLegacyRegistry(doc: unknown, source: string): LegacyConversion {
  const servers: JsonObject[] = [];
  const skipped: LegacyConversion['skipped'] = [];
  const section = (key: 'servers' | 'remote_servers', convert: (k: string, e: unknown) => JsonObject) => {
    const entries = legacySection(doc, key, source);
    for (const k of Object.keys(entries)) {
      try {
        servers.push(convert(k, entries[k]));
      } catch (error) {
        if (error instanceof ConversionError || error instanceof ShapeError) skipped.push({ name: k, reason: error.message });
        else throw error;
      }
    }
  };
  section('servers', legacyImageToServerJSON);
  section('remote_servers', legacyRemoteToServerJSON);
  const top = doc as JsonObject;
  return {
    document: {
      $schema: UPSTREAM_REGISTRY_SCHEMA_URL,
      version: str(field(top, 'version'), 'version', 'lenient'),
      meta: { last_updated: str(field(top, 'last_updated'), 'last_updated', 'lenient') },
      data: { servers }
    },
    skipped
  };
}
