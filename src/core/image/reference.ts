// Port of go-containerregistry's pkg/name (v0.21) with its default options (weak validation,
// default registry index.docker.io, default tag "latest"): ParseReference, NewTag, NewDigest,
// NewRepository, NewRegistry. thv compares images by what this parser says, so the quirks are
// kept on purpose (e.g. `localhost/x` is a Docker Hub repository, `ghcr.io//x` is accepted,
// a digest is only checked for length and alphabet).

import { type ErrorPlace, UpgradeActionError } from '../errors.js';

export interface ImageReference {
  registry: string;
  repository: string;
  /** registry + '/' + repository */
  context: string;
  tag?: string;
  digest?: string;
}

export class ReferenceError extends UpgradeActionError {
  constructor(message: string, place: ErrorPlace = {}, hint?: string) {
    super('invalid-reference', message, place, hint);
  }
}

const DEFAULT_REGISTRY = 'index.docker.io';
const DOCKER_HUB_ALIAS = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DEFAULT_NAMESPACE = 'library';
const DEFAULT_TAG = 'latest';

// The alphabets are quoted verbatim in ggcr's error messages.
const REPOSITORY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-./';
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-.ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGEST_CHARS = 'sh:0123456789abcdef';
const REPOSITORY_RE = /^[a-z0-9_\-./]*$/;
const TAG_RE = /^[A-Za-z0-9_\-.]*$/;
const DIGEST_RE = /^[sh:0-9a-f]*$/;

// Go's url.Parse: control bytes are rejected; '#', '?', '@', '/' end the host and '%' escapes
// change it, so with any of them url.Host can never equal the input.
const REGISTRY_NEVER_RE = /[\x00-\x1f\x7f#?@/%]/;
// ASCII that net/url accepts unescaped in a host (shouldEscape(c, encodeHost) is false); bytes
// >= 0x80 are accepted too. '[' is handled separately (IP literals).
const REGISTRY_HOST_CHAR_RE = /^(?:[A-Za-z0-9!$&'()*+,;=:\]<>"\-_.~]|[^\x00-\x7f])*$/;
const DIGITS_RE = /^[0-9]*$/;

type Result<T> = T | { error: string };

const isError = (r: unknown): r is { error: string } =>
  typeof r === 'object' && r !== null && 'error' in r;

function countRunes(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** ggcr checkElement: length in runes first, then the alphabet. */
function checkElement(
  kind: string,
  element: string,
  re: RegExp,
  allowed: string,
  min: number,
  max: number
): string | undefined {
  const charsOk = re.test(element);
  // An accepted alphabet is ASCII, so .length is the rune count.
  if (charsOk && element.length >= min && element.length <= max) return undefined;
  const n = charsOk ? element.length : countRunes(element);
  if (n < min || n > max) return `${kind} must be between ${min} and ${max} characters in length: ${element}`;
  return `${kind} can only contain the characters \`${allowed}\`: ${element}`;
}

// netip.ParseAddr, IPv4 dotted quad: four decimal octets, no leading zeros.
function isIPv4(s: string): boolean {
  const fields = s.split('.');
  if (fields.length !== 4) return false;
  for (const f of fields) {
    if (f.length === 0 || f.length > 3 || !/^[0-9]+$/.test(f)) return false;
    if (f.length > 1 && f[0] === '0') return false;
    if (Number(f) > 255) return false;
  }
  return true;
}

const HEX_RE = /^[0-9a-fA-F]{1,4}$/;

// netip.ParseAddr for an IPv6 address without a zone (a zone needs '%', which never gets here).
function isIPv6(s: string): boolean {
  let rest = s;
  let fields = 0; // 16-bit groups written
  let ellipsis = false;
  if (rest.startsWith('::')) {
    ellipsis = true;
    rest = rest.slice(2);
    if (rest === '') return true;
  }
  while (fields < 8) {
    const colon = rest.indexOf(':');
    const field = colon < 0 ? rest : rest.slice(0, colon);
    if (field.includes('.')) {
      // An embedded IPv4 address fills the last two groups and ends the address.
      if (colon >= 0) return false;
      if (!ellipsis && fields !== 6) return false;
      if (fields + 2 > 8) return false;
      if (!isIPv4(field)) return false;
      fields += 2;
      rest = '';
      break;
    }
    if (!HEX_RE.test(field)) return false;
    fields++;
    if (colon < 0) {
      rest = '';
      break;
    }
    rest = rest.slice(colon + 1);
    if (rest === '') return false; // trailing single colon
    if (rest[0] === ':') {
      if (ellipsis) return false;
      ellipsis = true;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return false;
  if (fields < 8) return ellipsis;
  return !ellipsis;
}

/**
 * ggcr checkRegistry: Go's `url.Parse("//" + name).Host == name` (Go 1.26 rules: at most one
 * colon outside brackets, brackets only around a whole IPv6 literal).
 */
function isValidRegistry(name: string): boolean {
  if (name === '') return true;
  if (REGISTRY_NEVER_RE.test(name)) return false;
  if (name[0] === '[') {
    if (name.lastIndexOf('[') > 0) return false;
    const close = name.lastIndexOf(']');
    if (close < 0) return false;
    const port = name.slice(close + 1);
    if (port !== '' && (port[0] !== ':' || !DIGITS_RE.test(port.slice(1)))) return false;
    const literal = name.slice(1, close);
    // Only IPv6 may be bracketed; netip decides by the first '.' or ':'.
    const firstSep = literal.search(/[.:]/);
    return firstSep >= 0 && literal[firstSep] === ':' && isIPv6(literal);
  }
  if (name.includes('[')) return false;
  const colon = name.indexOf(':');
  if (colon >= 0 && !DIGITS_RE.test(name.slice(colon + 1))) return false;
  return REGISTRY_HOST_CHAR_RE.test(name);
}

interface Repo {
  registry: string;
  repository: string;
}

/** ggcr NewRepository. */
function newRepository(name: string): Result<Repo> {
  if (name.length === 0) return { error: 'a repository name must be specified' };
  let registry = '';
  let repo = name;
  const slash = name.indexOf('/');
  if (slash >= 0) {
    const first = name.slice(0, slash);
    // The first component is a registry only if it looks like a host.
    if (first.includes('.') || first.includes(':')) {
      registry = first;
      repo = name.slice(slash + 1);
    }
  }
  const repoErr = checkElement('repository', repo, REPOSITORY_RE, REPOSITORY_CHARS, 2, 255);
  if (repoErr !== undefined) return { error: repoErr };
  if (!isValidRegistry(registry)) {
    return { error: `registries must be valid RFC 3986 URI authorities: ${registry}` };
  }
  if (registry === '' || registry === DOCKER_HUB_ALIAS) registry = DEFAULT_REGISTRY;
  const repository =
    registry === DEFAULT_REGISTRY && !repo.includes('/') ? `${DEFAULT_NAMESPACE}/${repo}` : repo;
  return { registry, repository };
}

interface TagRef extends Repo {
  tag: string;
  /** The input without ":tag". */
  base: string;
}

/** ggcr NewTag; `tag` is TagStr() ("latest" when absent or empty). */
function newTag(name: string): Result<TagRef> {
  let base = name;
  let tag = '';
  // A last ":" segment holding a "/" belongs to a registry port, not a tag.
  const colon = name.lastIndexOf(':');
  if (colon >= 0 && !name.includes('/', colon + 1)) {
    base = name.slice(0, colon);
    tag = name.slice(colon + 1);
  }
  if (tag !== '') {
    const tagErr = checkElement('tag', tag, TAG_RE, TAG_CHARS, 1, 127);
    if (tagErr !== undefined) return { error: tagErr };
  }
  const repo = newRepository(base);
  if (isError(repo)) return repo;
  return { ...repo, tag: tag === '' ? DEFAULT_TAG : tag, base };
}

interface DigestRef extends Repo {
  digest: string;
  /** The input without "@digest" (may still hold ":tag"). */
  base: string;
}

/** ggcr NewDigest; a tag next to the digest is dropped. */
function newDigest(name: string): Result<DigestRef> {
  const parts = name.split('@');
  if (parts.length !== 2) {
    return {
      error: `a digest must contain exactly one '@' separator (e.g. registry/repository@digest) saw: ${name}`
    };
  }
  const [base, digest] = parts as [string, string];
  const digestErr = checkElement('digest', digest, DIGEST_RE, DIGEST_CHARS, 71, 71);
  if (digestErr !== undefined) return { error: digestErr };
  // ggcr re-parses Tag.Context().Name(), which can fail where the tag parse passed (long
  // single-component Docker Hub names overflow 255 once "library/" is added).
  const tagged = newTag(base);
  const repo = newRepository(isError(tagged) ? base : `${tagged.registry}/${tagged.repository}`);
  if (isError(repo)) return repo;
  return { ...repo, digest, base };
}

type Parsed = ({ kind: 'tag' } & TagRef) | ({ kind: 'digest' } & DigestRef);

function parse(ref: string): Result<Parsed> & { hint?: string } {
  if (ref.startsWith('http://') || ref.startsWith('https://')) {
    return {
      error: `image reference must not contain a URL scheme (http:// or https://): ${ref}; to connect to a registry over plain HTTP, use name.Insecure`
    };
  }
  const tagged = newTag(ref);
  if (!isError(tagged)) return { kind: 'tag', ...tagged };
  const digested = newDigest(ref);
  if (!isError(digested)) return { kind: 'digest', ...digested };
  // ggcr reports only the summary; keep the specific cause as a hint.
  return {
    error: `could not parse reference: ${ref}`,
    hint: ref.includes('@') ? digested.error : tagged.error
  };
}

function parseOrThrow(ref: string): Parsed {
  const p = parse(ref);
  if (isError(p)) throw new ReferenceError(p.error, {}, p.hint);
  return p;
}

/**
 * go-containerregistry `name.ParseReference(ref)` with default options. A reference that carries
 * both a tag and a digest is a digest reference (its tag is dropped, as in ggcr).
 */
export function parseReference(ref: string): ImageReference {
  const p = parseOrThrow(ref);
  const out: ImageReference = {
    registry: p.registry,
    repository: p.repository,
    context: `${p.registry}/${p.repository}`
  };
  if (p.kind === 'tag') out.tag = p.tag;
  else out.digest = p.digest;
  return out;
}

/**
 * ToolHive's splitRepoTag: (Tag.Context().Name(), Tag.TagStr()). Throws ReferenceError when the
 * reference does not parse or is a digest reference.
 */
export function splitRepoTag(ref: string): { repo: string; tag: string } {
  const p = parseOrThrow(ref);
  if (p.kind !== 'tag') throw new ReferenceError(`reference ${goQuote(ref)} is not a tag`);
  return { repo: `${p.registry}/${p.repository}`, tag: p.tag };
}

/** Host to talk to for the OCI distribution API: index.docker.io → registry-1.docker.io, else the registry as is. */
export function registryApiHost(ref: ImageReference): string {
  return ref.registry === DEFAULT_REGISTRY ? DOCKER_HUB_API_HOST : ref.registry;
}

/**
 * Same image, new tag, keeping the user's spelling of registry/repository: only the tag (and a
 * digest, which would pin the old image) is replaced. Throws ReferenceError when `original` does
 * not parse or `newTag` is not a valid tag.
 */
export function withTag(original: string, newTag: string): string {
  const tagErr = checkElement('tag', newTag, TAG_RE, TAG_CHARS, 1, 127);
  if (tagErr !== undefined) throw new ReferenceError(`invalid tag ${goQuote(newTag)}`, {}, tagErr);
  const p = parseOrThrow(original);
  let name = p.base;
  if (p.kind === 'digest') {
    // Drop a ":tag" before the "@" exactly where ggcr would have read one.
    const tagged = newTagBase(name);
    if (tagged !== undefined) name = tagged;
  }
  return `${name}:${newTag}`;
}

/** The part of `name` before ":tag" when ggcr's NewTag accepts it with an explicit tag. */
function newTagBase(name: string): string | undefined {
  const t = newTag(name);
  return isError(t) ? undefined : t.base;
}

const UNICODE_PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const GO_SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v'
};

/**
 * Go's `%q` (strconv.Quote): double quotes, backslash escapes, non-printable runes as \x / \u / \U.
 * Matches JSON.stringify for printable text, which is what references normally are.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
      continue;
    }
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && cp < 0x7f) {
      out += ch;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate reaches Go as U+FFFD (invalid UTF-8 is replaced when JSON is decoded).
      out += '\uFFFD';
      continue;
    }
    if (UNICODE_PRINT_RE.test(ch)) {
      out += ch;
      continue;
    }
    const short = GO_SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}
