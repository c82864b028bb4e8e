// Reads one discovered manifest, refusing files over the size limit before reading them whole: a
// 30 MB YAML file would otherwise take the whole run down with it (out of memory).
import { closeSync, fstatSync, openSync, readFileSync, readvSync } from 'node:fs';
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

// Most manifests fit in one read of this size; only a file that fills it is stat'ed before the
// rest is read. Cheaper than a stat per file (a Stats object each), and nothing over the limit
// is ever read past this probe.
const PROBE_BYTES = 64 * 1024;
// The probe buffer, made once, in the one-element list readvSync takes: readSync checks its
// arguments through wrappers that allocate about 280 bytes per call, garbage for thousands of files.
let probeList: [Buffer] | undefined;

function refuse(file: ManifestFile, size: number, maxBytes: number): ManifestRead {
  const reason = `file is ${size} bytes, more than the ${maxBytes}-byte limit for a manifest`;
  return file.explicit
    ? { kind: 'problem', problem: { file: file.path, message: reason } }
    : { kind: 'skipped', warning: `${file.path}: skipped: ${reason}` };
}

export function readManifest(file: ManifestFile, maxBytes = DEFAULT_MAX_MANIFEST_BYTES): ManifestRead {
  let fd: number | undefined;
  try {
    fd = openSync(file.absolute, 'r');
    probeList ??= [Buffer.allocUnsafe(PROBE_BYTES)];
    const probe = probeList[0];
    const head = readvSync(fd, probeList);
    if (head < PROBE_BYTES) return head > maxBytes ? refuse(file, head, maxBytes) : { kind: 'text', text: probe.toString('utf8', 0, head) };
    const stats = fstatSync(fd);
    // A device or pipe (`/dev/zero`) has no size to check and may never end.
    if (!stats.isFile()) return { kind: 'problem', problem: { file: file.path, message: 'not a regular file' } };
    if (stats.size > maxBytes) return refuse(file, stats.size, maxBytes);
    // A file that grew after the stat still cannot get past the limit.
    const whole = Buffer.concat([probe.subarray(0, head), readFileSync(fd)]);
    return whole.length > maxBytes ? refuse(file, whole.length, maxBytes) : { kind: 'text', text: whole.toString('utf8') };
  } catch (error) {
    return {
      kind: 'problem',
      problem: { file: file.path, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
