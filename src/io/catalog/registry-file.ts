// A registry file, read on libuv's thread pool: the run starts the read before it scans the
// manifests, so that reading a 10 MB document overlaps parsing them instead of following it.
import { closeSync, fstatSync, openSync, read, readFileSync, readSync } from 'node:fs';
import { RegistryError } from '../../core/catalog/errors.js';

/** The text of a registry file whose read may still be under way. */
export interface RegistryFileRead {
  /** Rejects with a RegistryError; a run that never asks for the text never sees one. */
  text(): Promise<string>;
}

function readError(error: unknown, path: string): RegistryError {
  if (error instanceof RegistryError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new RegistryError(
      'registry-not-found',
      'registry file not found',
      { file: path },
      'check --registry / registry (a path, an https:// URL or an API base URL)',
      undefined,
      { cause: error }
    );
  }
  return new RegistryError(
    'registry-invalid-source',
    `cannot read the registry file: ${code ?? String(error)}`,
    { file: path },
    undefined,
    undefined,
    {
      cause: error
    }
  );
}

/** The size of the open file, refused before any of it is read when it is a directory or over the limit. */
function checkedSize(fd: number, path: string, maxBytes: number): number {
  const info = fstatSync(fd);
  if (info.isDirectory())
    throw new RegistryError('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
  if (info.size > maxBytes) {
    throw new RegistryError('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, {
      file: path
    });
  }
  return info.size;
}

/** Reads the whole file in this thread (a pipe or device has no size to read up to). */
function readWhole(path: string, maxBytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    checkedSize(fd, path, maxBytes);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    throw readError(error, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Starts reading `path`: opened and sized now (a missing file or one over the limit is never read),
 * its bytes read in one request on the thread pool. A file that is not regular, or whose size
 * changes meanwhile, is read again in this thread when the text is asked for.
 */
export function startRegistryFileRead(path: string, maxBytes: number): RegistryFileRead {
  let bytes: Promise<Buffer | undefined>;
  try {
    const fd = openSync(path, 'r');
    let size: number;
    try {
      size = checkedSize(fd, path, maxBytes);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    bytes = new Promise((resolve, reject) => {
      const buffer = Buffer.allocUnsafe(size);
      read(fd, buffer, 0, size, 0, (error, n) => {
        try {
          if (error) return reject(readError(error, path));
          // One byte past the size read at the start means the file grew: read it whole instead.
          const whole = n === size && size > 0 && readSync(fd, Buffer.alloc(1), 0, 1, size) === 0;
          resolve(whole ? buffer : undefined);
        } catch (readFailure) {
          reject(readError(readFailure, path));
        } finally {
          closeSync(fd);
        }
      });
    });
  } catch (error) {
    bytes = Promise.reject(readError(error, path));
  }
  // Unobserved until asked for: a run whose manifests need no registry ignores a broken one.
  bytes.catch(() => undefined);
  return {
    text: async () => {
      const buffer = await bytes;
      return buffer ? buffer.toString('utf8') : readWhole(path, maxBytes);
    }
  };
}
