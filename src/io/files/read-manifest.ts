// Reads one discovered manifest, refusing files over the size limit before reading them: a
// 30 MB YAML file would otherwise take the whole run down with it (out of memory).
import { readFileSync, statSync } from 'node:fs';
import type { ManifestProblem } from '../../core/manifest/problem.js';
import type { ManifestFile } from './discover.js';

/** Largest manifest read by default (1 MiB): real RunConfigs and MCPServers are a few KB. */
export const DEFAULT_MAX_MANIFEST_BYTES = 1_048_576;

export type ManifestRead =
  | { kind: 'text'; text: string }
  /** A named file that cannot be read: an `invalid` row. */
  | { kind: 'problem'; problem: ManifestProblem }
  /** A file met while scanning that is over the limit: a warning, not a result. */
  | { kind: 'skipped'; warning: string };

export function readManifest(file: ManifestFile, maxBytes = DEFAULT_MAX_MANIFEST_BYTES): ManifestRead {
  const refuse = (size: number): ManifestRead => {
    const reason = `file is ${size} bytes, more than the ${maxBytes}-byte limit for a manifest`;
    return file.explicit ? { kind: 'problem', problem: { file: file.path, message: reason } } : { kind: 'skipped', warning: `${file.path}: skipped: ${reason}` };
  };
  let text: string;
  try {
    const { size } = statSync(file.absolute);
    if (size > maxBytes) return refuse(size);
    text = readFileSync(file.absolute, 'utf8');
  } catch (error) {
    return { kind: 'problem', problem: { file: file.path, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  // A file that grew after the stat still cannot get past the limit (UTF-16 units never outnumber bytes).
  if (text.length > maxBytes) return refuse(Buffer.byteLength(text));
  return { kind: 'text', text };
}
