// Upstream server.json → ToolHive metadata, as ToolHive's ConvertServerJSON
// (stacklok/toolhive pkg/registry/provider_api.go, toolhive-core registry/converters/upstream_to_toolhive.go):
// remotes win over packages; otherwise exactly one OCI package is required. Errors are
// ConversionErrors: callers skip the entry (file/URL/list) or report the lookup as failed (API GET).
import type { EnvVar, ImageMetadata, RemoteHeader, RemoteServerMetadata, ServerMetadata } from './types.js';
import { ConversionError } from './errors.js';
import { type JsonObject, type Mode, ShapeError, arr, bool, field, int, isObject, mapValue, obj, putIf, str, strArray } from './go-json.js';
import { PUBLISHER_PROVIDED_KEY, TOOLHIVE_PUBLISHER_NAMESPACE } from './names.js';
import {
  decodeCustomMetadata,
  decodeEnvVars,
  decodeMetadata,
  decodeOAuthConfig,
  decodeProfile,
  decodeProvenance,
  makeEnvVar
} from './toolhive-types.js';

const S: Mode = 'strict';

/** Converts one server.json; throws ConversionError (with ToolHive's wording where it has one). */
export function convertServerJSON(server: unknown): ServerMetadata {
  if (!isObject(server)) {
    if (server === null || server === undefined) throw new ConversionError('server  has no packages or remotes, skipping');
    throw new ConversionError(`server entry is a JSON ${Array.isArray(server) ? 'array' : typeof server}, not an object`);
  }
  const name = safeName(server);
  try {
    const remotes = arr(field(server, 'remotes'), 'remotes', S);
    if (remotes.length > 0) return toRemote(server, name, remotes[0]);
    const packages = arr(field(server, 'packages'), 'packages', S);
    if (packages.length === 0) throw new ConversionError(`server ${name} has no packages or remotes, skipping`);
    return toImage(server, name, packages);
  } catch (error) {
    if (error instanceof ShapeError) throw new ConversionError(`server '${name}': ${error.message}`);
    throw error;
  }
}

/** The name for messages; a non-string name is itself a shape error. */
function safeName(server: JsonObject): string {
  const v = field(server, 'name');
  if (v !== undefined && v !== null && typeof v !== 'string') throw new ConversionError(`server name must be a string, got ${typeof v}`);
  return (v as string | undefined | null) ?? '';
}

function common(server: JsonObject, name: string) {
  const repository = obj(field(server, 'repository'), 'repository', S);
  return {
    name,
    title: str(field(server, 'title'), 'title', S),
    description: str(field(server, 'description'), 'description', S),
    repositoryUrl: repository ? str(field(repository, 'url'), 'repository.url', S) : ''
  };
}

function toImage(server: JsonObject, name: string, packages: unknown[]): ImageMetadata {
  const types: string[] = [];
  const oci: JsonObject[] = [];
  packages.forEach((p, i) => {
    const pkg = obj(p, `packages[${i}]`, S) ?? {};
    const type = str(field(pkg, 'registryType'), `packages[${i}].registryType`, S);
    types.push(type);
    if (type === 'oci') oci.push(pkg);
  });
  // Go prints a []string with %v: [npm pypi]
  if (oci.length === 0) throw new ConversionError(`server '${name}' has no OCI packages (found: [${types.join(' ')}])`);
  if (oci.length > 1) throw new ConversionError(`server '${name}' has ${oci.length} OCI packages, expected exactly 1`);
  const pkg = oci[0]!;
  const index = packages.indexOf(pkg);
  const at = `packages[${index}]`;

  const transport = obj(field(pkg, 'transport'), `${at}.transport`, S) ?? {};
  const base = common(server, name);
  const meta: ImageMetadata = {
    kind: 'image',
    name,
    image: str(field(pkg, 'identifier'), `${at}.identifier`, S),
    transport: str(field(transport, 'type'), `${at}.transport.type`, S),
    env_vars: extractEnvironmentVariables(pkg, at)
  };
  putIf(meta, 'title', base.title);
  putIf(meta, 'description', base.description);
  putIf(meta, 'repository_url', base.repositoryUrl);
  const transportUrl = str(field(transport, 'url'), `${at}.transport.url`, S);
  putIf(meta, 'target_port', targetPort(transportUrl, name));
  // Structured package arguments take priority over the extension's args.
  putIf(meta, 'args', flattenPackageArguments(arr(field(pkg, 'packageArguments'), `${at}.packageArguments`, S), `${at}.packageArguments`));

  const ext = stacklokExtension(server);
  if (ext) {
    const L: Mode = 'lenient';
    applyBaseExtension(meta, ext);
    const permissions = decodeProfile(field(ext, 'permissions'), 'permissions', L);
    if (permissions) meta.permissions = permissions;
    const provenance = decodeProvenance(field(ext, 'provenance'), 'provenance', L);
    if (provenance) meta.provenance = provenance;
    putIf(meta, 'docker_tags', strArray(field(ext, 'docker_tags'), 'docker_tags', L));
    putIf(meta, 'proxy_port', int(field(ext, 'proxy_port'), 'proxy_port', L));
    if (!meta.args?.length) putIf(meta, 'args', strArray(field(ext, 'args'), 'args', L));
  }
  return meta;
}

function toRemote(server: JsonObject, name: string, first: unknown): RemoteServerMetadata {
  const remote = obj(first, 'remotes[0]', S) ?? {};
  const base = common(server, name);
  const meta: RemoteServerMetadata = {
    kind: 'remote',
    name,
    url: str(field(remote, 'url'), 'remotes[0].url', S),
    transport: str(field(remote, 'type'), 'remotes[0].type', S),
    env_vars: []
  };
  putIf(meta, 'title', base.title);
  putIf(meta, 'description', base.description);
  putIf(meta, 'repository_url', base.repositoryUrl);
  const headers: RemoteHeader[] = [];
  arr(field(remote, 'headers'), 'remotes[0].headers', S).forEach((h, i) => {
    const at = `remotes[0].headers[${i}]`;
    const o = obj(h, at, S) ?? {};
    const header: RemoteHeader = {
      name: str(field(o, 'name'), `${at}.name`, S),
      required: bool(field(o, 'isRequired'), `${at}.isRequired`, S)
    };
    putIf(header, 'description', str(field(o, 'description'), `${at}.description`, S));
    putIf(header, 'secret', bool(field(o, 'isSecret'), `${at}.isSecret`, S));
    putIf(header, 'default', str(field(o, 'default'), `${at}.default`, S));
    putIf(header, 'choices', strArray(field(o, 'choices'), `${at}.choices`, S));
    headers.push(header);
  });
  putIf(meta, 'headers', headers);

  const ext = stacklokExtension(server);
  if (ext) {
    const L: Mode = 'lenient';
    applyBaseExtension(meta, ext);
    const oauth = decodeOAuthConfig(field(ext, 'oauth_config'), 'oauth_config', L);
    if (oauth) meta.oauth_config = oauth;
    meta.env_vars = decodeEnvVars(field(ext, 'env_vars'), 'env_vars', L);
    putIf(meta, 'proxy_port', int(field(ext, 'proxy_port'), 'proxy_port', L));
  }
  return meta;
}

/** Fields every ServerExtensions carries over (status, tier, tools, tags, overview, metadata, custom_metadata, stateless). */
function applyBaseExtension(meta: ImageMetadata | RemoteServerMetadata, ext: JsonObject): void {
  const L: Mode = 'lenient';
  putIf(meta, 'status', str(field(ext, 'status'), 'status', L));
  putIf(meta, 'tier', str(field(ext, 'tier'), 'tier', L));
  putIf(meta, 'tools', strArray(field(ext, 'tools'), 'tools', L));
  putIf(meta, 'tags', strArray(field(ext, 'tags'), 'tags', L));
  putIf(meta, 'overview', str(field(ext, 'overview'), 'overview', L));
  const metadata = decodeMetadata(field(ext, 'metadata'), 'metadata', L);
  if (metadata) meta.metadata = metadata;
  const custom = decodeCustomMetadata(field(ext, 'custom_metadata'), 'custom_metadata', L);
  if (custom) meta.custom_metadata = custom;
  putIf(meta, 'stateless', bool(field(ext, 'stateless'), 'stateless', L));
}

/**
 * The first object value under _meta[publisher-provided]["io.github.stacklok"] (Go ranges over a
 * map, so with several values ToolHive's pick is arbitrary; we take document order).
 */
export function stacklokExtension(server: JsonObject): JsonObject | undefined {
  const meta = obj(field(server, '_meta'), '_meta', S);
  if (!meta) return undefined;
  const provided = obj(field(meta, PUBLISHER_PROVIDED_KEY), `_meta.${PUBLISHER_PROVIDED_KEY}`, S);
  if (!provided) return undefined;
  const ns = mapValue(provided, TOOLHIVE_PUBLISHER_NAMESPACE);
  if (!isObject(ns)) return undefined;
  for (const value of Object.values(ns)) if (isObject(value)) return value;
  return undefined;
}

/** environmentVariables first, then `-e`/`--env` named runtime arguments; duplicates are kept. */
function extractEnvironmentVariables(pkg: JsonObject, at: string): EnvVar[] {
  const out: EnvVar[] = [];
  arr(field(pkg, 'environmentVariables'), `${at}.environmentVariables`, S).forEach((e, i) => {
    const p = `${at}.environmentVariables[${i}]`;
    const o = obj(e, p, S) ?? {};
    out.push(
      makeEnvVar(
        str(field(o, 'name'), `${p}.name`, S),
        str(field(o, 'description'), `${p}.description`, S),
        bool(field(o, 'isRequired'), `${p}.isRequired`, S),
        bool(field(o, 'isSecret'), `${p}.isSecret`, S),
        str(field(o, 'default'), `${p}.default`, S)
      )
    );
  });
  arr(field(pkg, 'runtimeArguments'), `${at}.runtimeArguments`, S).forEach((a, i) => {
    const p = `${at}.runtimeArguments[${i}]`;
    const o = obj(a, p, S) ?? {};
    if (str(field(o, 'type'), `${p}.type`, S) !== 'named') return;
    const flag = str(field(o, 'name'), `${p}.name`, S);
    if (flag !== '-e' && flag !== '--env') return;
    const ev = parseEnvArgument(o, p);
    if (ev) out.push(ev);
  });
  return out;
}

/** `KEY=value` (literal default) or `KEY={var}` (secret/default from variables[var]); no `=` ⇒ ignored. */
function parseEnvArgument(arg: JsonObject, p: string): EnvVar | undefined {
  const value = str(field(arg, 'value'), `${p}.value`, S);
  const description = str(field(arg, 'description'), `${p}.description`, S);
  const required = bool(field(arg, 'isRequired'), `${p}.isRequired`, S);
  const variables = obj(field(arg, 'variables'), `${p}.variables`, S);
  if (value === '') return undefined;
  const eq = value.indexOf('=');
  if (eq === -1) return undefined;
  const name = value.slice(0, eq);
  const rest = value.slice(eq + 1);
  let secret = false;
  let def = '';
  if (rest.length > 2 && rest.startsWith('{') && rest.endsWith('}')) {
    const varName = rest.slice(1, -1);
    const variable = variables ? mapValue(variables, varName) : undefined;
    if (variable !== undefined) {
      const v = obj(variable, `${p}.variables.${varName}`, S) ?? {};
      secret = bool(field(v, 'isSecret'), `${p}.variables.${varName}.isSecret`, S);
      def = str(field(v, 'default'), `${p}.variables.${varName}.default`, S);
    }
  } else {
    def = rest;
  }
  // The argument's own isRequired overrides the variable's.
  return makeEnvVar(name, description, required, secret, def);
}

function flattenPackageArguments(args: unknown[], at: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    const o = obj(a, `${at}[${i}]`, S) ?? {};
    const name = str(field(o, 'name'), `${at}[${i}].name`, S);
    const value = str(field(o, 'value'), `${at}[${i}].value`, S);
    if (name) out.push(name);
    if (value) out.push(value);
  });
  return out;
}

/** Port of the package transport URL as Go's url.Parse + strconv.Atoi read it (0 when none). */
export function targetPort(transportUrl: string, serverName: string): number {
  if (transportUrl === '') return 0;
  const parsed = goUrlPort(transportUrl);
  if (!parsed.ok) throw new ConversionError(`server '${serverName}': failed to parse transport URL '${transportUrl}': ${parsed.reason}`);
  if (parsed.port === '') return 0;
  // strconv.Atoi on digits only fails on int64 overflow
  if (BigInt(parsed.port) > 9223372036854775807n) {
    throw new ConversionError(`server '${serverName}': failed to parse port from URL '${transportUrl}': value out of range`);
  }
  return Number(parsed.port);
}

const validOptionalPort = (port: string) => port === '' || /^:[0-9]*$/.test(port);

/**
 * The subset of Go's net/url.Parse that decides whether a URL parses and what Port() returns:
 * control characters, scheme, authority, bracketed IPv6 hosts and the `:digits` port rule.
 */
export function goUrlPort(raw: string): { ok: true; port: string } | { ok: false; reason: string } {
  if (/[\x00-\x1f\x7f]/.test(raw)) return { ok: false, reason: 'net/url: invalid control character in URL' };
  const hash = raw.indexOf('#');
  let rest = hash === -1 ? raw : raw.slice(0, hash);
  if (hash !== -1 && badEscape(raw.slice(hash + 1))) return { ok: false, reason: 'invalid URL escape' };
  if (rest.startsWith(':')) return { ok: false, reason: 'missing protocol scheme' };
  let scheme = '';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
  if (m) {
    scheme = m[1]!;
    rest = rest.slice(m[0].length);
  }
  const q = rest.indexOf('?');
  if (q !== -1) rest = rest.slice(0, q); // the raw query is not validated by url.Parse
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { ok: true, port: '' }; // opaque, e.g. mailto:x
    if (rest.split('/')[0]!.includes(':')) return { ok: false, reason: 'first path segment in URL cannot contain colon' };
    return badEscape(rest) ? { ok: false, reason: 'invalid URL escape' } : { ok: true, port: '' };
  }
  if (!rest.startsWith('//') || (scheme === '' && rest.startsWith('///'))) {
    return badEscape(rest) ? { ok: false, reason: 'invalid URL escape' } : { ok: true, port: '' };
  }
  const afterSlashes = rest.slice(2);
  const slash = afterSlashes.indexOf('/');
  const authority = slash === -1 ? afterSlashes : afterSlashes.slice(0, slash);
  if (slash !== -1 && badEscape(afterSlashes.slice(slash))) return { ok: false, reason: 'invalid URL escape' };
  const at = authority.lastIndexOf('@');
  if (at !== -1 && !/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(authority.slice(0, at)))
    return { ok: false, reason: 'net/url: invalid userinfo' };
  const host = at === -1 ? authority : authority.slice(at + 1);
  let colonPort = '';
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close === -1) return { ok: false, reason: "missing ']' in host" };
    colonPort = host.slice(close + 1);
  } else {
    const colon = host.lastIndexOf(':');
    if (colon !== -1) colonPort = host.slice(colon);
  }
  if (!validOptionalPort(colonPort)) return { ok: false, reason: `invalid port ${JSON.stringify(colonPort)} after host` };
  // Host characters Go's unescape(encodeHost) rejects (non-ASCII is allowed).
  if (badEscape(host) || /[ {}|\\^`]/.test(host)) return { ok: false, reason: `invalid character in host name` };
  return { ok: true, port: colonPort.slice(1) };
}

const badEscape = (s: string) => /%(?![0-9a-fA-F]{2})/.test(s);
