// Opens the registry the run checks against: a local file, a registry JSON document over HTTPS,
// or an MCP registry API (including toolhive-registry-server's /registry/{name} prefix).
// `auto` picks like `thv config set-registry`: file path, `.json` URL, else probe the API.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRegistry } from '../../core/catalog/build.js';
import { RegistryError } from '../../core/catalog/errors.js';
import { parseJsonText } from './json-text.js';
import { type RegistryProvider, staticProvider } from './providers.js';
import { redactUrl } from '../http/redact.js';
import { logged } from './log-registry.js';
import { startRegistryFileRead } from './registry-file.js';
import { DEFAULT_MAX_BYTES, type RegistryKind, type RegistrySourceOptions } from './source-options.js';

export { RegistryError } from '../../core/catalog/errors.js';
export type { LookupOutcome } from '../../core/catalog/lookup.js';
export type { RegistryProvider } from './providers.js';
export { catalogSecrets } from './secrets.js';
export {
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_REGISTRY_URL,
  type RegistryKind,
  type RegistrySourceOptions
} from './source-options.js';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** A registry source ready to open: a file's read is already under way, nothing else is fetched yet. */
export interface PreparedRegistry {
  open(): Promise<RegistryProvider>;
}

function invalidSource(message: string, hint: string): RegistryError {
  return new RegistryError('registry-invalid-source', message, {}, hint);
}

/** The local path a file source names; undefined for a URL or API source. */
function filePath(source: string, kind: RegistryKind): string | undefined {
  if (kind !== 'file' && (kind !== 'auto' || /^https?:\/\//i.test(source))) return undefined;
  if (/^file:\/\//i.test(source)) {
    try {
      return fileURLToPath(source);
    } catch {
      throw invalidSource(`not a usable file URL: ${source}`, 'use file:///absolute/path or a plain path');
    }
  }
  if (kind === 'auto' && SCHEME.test(source) && !existsSync(source)) {
    throw invalidSource(
      `unsupported registry source scheme in ${redactUrl(source)}`,
      'use a file path, an https:// URL or an API base URL'
    );
  }
  return source;
}

/**
 * Starts what can start before the manifests are read: a registry file is read on the thread pool
 * meanwhile. A remote source is not contacted until `open()`: a repository of raw images never
 * waits on the network. Problems with the source surface from `open()`.
 */
export function prepareRegistry(opts: RegistrySourceOptions): PreparedRegistry {
  const source = opts.source.trim();
  const log = opts.log ?? (() => undefined);
  const kind = opts.kind ?? 'auto';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let path: string | undefined;
  try {
    if (source === '') throw invalidSource('the registry source is empty', 'set --registry / registry to a file, URL or API base URL');
    path = filePath(source, kind);
  } catch (error) {
    return { open: () => Promise.reject(error) };
  }
  if (path !== undefined) {
    const file = startRegistryFileRead(path, maxBytes);
    const local = path;
    return { open: async () => staticProvider(logged(parseRegistryFile(await file.text(), local), log)) };
  }
  return {
    open: async () => {
      // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
      const { openRemoteRegistry } = await import('./remote.js');
      return openRemoteRegistry(source, kind, opts, maxBytes, log);
    }
  };
}

export function openRegistry(opts: RegistrySourceOptions): Promise<RegistryProvider> {
  return prepareRegistry(opts).open();
}

function parseRegistryFile(text: string, path: string) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new RegistryError('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, {
      file: path,
      line: parsed.line
    });
  }
  return buildRegistry(parsed.value, path);
}
