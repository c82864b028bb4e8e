// Opens the registry the run checks against: a local file, a registry JSON document over HTTPS,
// or an MCP registry API (including toolhive-registry-server's /registry/{name} prefix).
// `auto` picks like `thv config set-registry`: file path, `.json` URL, else probe the API.
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegistry } from '../../core/catalog/build.js';
import { RegistryError } from '../../core/catalog/errors.js';
import { parseJsonText } from './json-text.js';
import { type RegistryProvider, staticProvider } from './providers.js';
import { redactUrl } from '../http/redact.js';
import { logged } from './log-registry.js';
import { DEFAULT_MAX_BYTES, type RegistrySourceOptions } from './source-options.js';

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

export async function openRegistry(opts: RegistrySourceOptions): Promise<RegistryProvider> {
  const source = opts.source.trim();
  const log = opts.log ?? (() => undefined);
  const kind = opts.kind ?? 'auto';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (source === '')
    throw new RegistryError(
      'registry-invalid-source',
      'the registry source is empty',
      {},
      'set --registry / registry to a file, URL or API base URL'
    );

  if (kind === 'file' || (kind === 'auto' && !/^https?:\/\//i.test(source))) {
    let path = source;
    if (/^file:\/\//i.test(source)) {
      try {
        path = fileURLToPath(source);
      } catch {
        throw new RegistryError(
          'registry-invalid-source',
          `not a usable file URL: ${source}`,
          {},
          'use file:///absolute/path or a plain path'
        );
      }
    } else if (kind === 'auto' && SCHEME.test(source) && !existsSync(resolve(opts.cwd ?? '', source))) {
      throw new RegistryError(
        'registry-invalid-source',
        `unsupported registry source scheme in ${redactUrl(source)}`,
        {},
        'use a file path, an https:// URL or an API base URL'
      );
    }
    return staticProvider(logged(loadFile(path, resolve(opts.cwd ?? '', path), maxBytes), log));
  }

  // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
  const { openRemoteRegistry } = await import('./remote.js');
  return openRemoteRegistry(source, kind, opts, maxBytes, log);
}

/**
 * Reads `readPath`; messages name the file as `path`, as the user gave it. Read in one synchronous
 * call: nothing else runs meanwhile, and the chunked promise read of a 10 MB document costs more
 * than its parse.
 */
function loadFile(path: string, readPath: string, maxBytes: number) {
  let text: string;
  let fd: number | undefined;
  try {
    fd = openSync(readPath, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory())
      throw new RegistryError('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
    if (info.size > maxBytes) {
      throw new RegistryError('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, {
        file: path
      });
    }
    text = readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new RegistryError(
        'registry-not-found',
        'registry file not found',
        { file: path },
        'check --registry / registry (a path, an https:// URL or an API base URL)'
      );
    }
    throw new RegistryError('registry-invalid-source', `cannot read the registry file: ${code ?? String(error)}`, { file: path });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new RegistryError('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, {
      file: path,
      line: parsed.line
    });
  }
  return buildRegistry(parsed.value, path);
}
