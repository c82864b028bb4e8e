// A registry file read, parsed and converted on a worker thread while the run reads the
// manifests: on a large registry that work is as long as reading thousands of manifests, and the
// second core would otherwise sit idle. Remote sources load in process (registry-load.ts).
import { Worker } from 'node:worker_threads';
import { RegistryError } from '../../core/catalog/errors.js';
import type { LookupOutcome } from '../../core/catalog/lookup.js';
import { placeOf } from '../../core/catalog/format.js';
import { isFileSource } from './open-catalog.js';
import { loadRegistryInProcess, type RegistryLoad, type RegistryLoader } from './registry-load.js';
import type { FromRegistryWorker, RegistryWorkerData, SentError } from './registry-worker-protocol.js';
import { REGISTRY_WORKER_ROLE } from './registry-worker-role.js';

/** Loads file sources on a worker started from `script`, an entry that serves the worker role (registry-worker-role.ts). */
export function registryWorkerLoader(script: string | URL): RegistryLoader {
  return (options) => (isFileSource(options) ? startRegistryWorker(script, options) : loadRegistryInProcess(options));
}

function rebuilt(error: SentError): Error {
  const r = error.registry;
  return r ? new RegistryError(r.code, error.message, r.place, r.hint, r.status) : new Error(error.message);
}

function startRegistryWorker(script: string | URL, options: Parameters<RegistryLoader>[0]): RegistryLoad {
  const log = options.log ?? (() => undefined);
  const data: RegistryWorkerData = {
    role: REGISTRY_WORKER_ROLE,
    options: { source: options.source, kind: options.kind, maxBytes: options.maxBytes }
  };
  // The run's own flags (a --require, a profiler) are not the worker's.
  const worker = new Worker(script, { workerData: data, execArgv: [] });
  // Only a pending answer keeps the process alive: a run that stops early does not wait for it.
  worker.unref();
  let asked: string[] = [];
  const answer = new Promise<{ lookups: Map<string, LookupOutcome>; source: string }>((resolve, reject) => {
    worker.on('message', (message: FromRegistryWorker) => {
      if (message.type === 'log') log(message.message);
      else if (message.type === 'resolved') {
        const outcomes = JSON.parse(message.outcomes) as LookupOutcome[];
        resolve({ lookups: new Map(asked.map((name, i) => [name, outcomes[message.order[i]!]!])), source: message.source });
      } else reject(rebuilt(message.error));
    });
    worker.on('error', (error) =>
      reject(new RegistryError('registry-invalid-source', `the registry could not be loaded: ${error.message}`, placeOf(options.source)))
    );
    worker.on('exit', (code) =>
      reject(new RegistryError('registry-invalid-source', `the registry loader stopped (exit code ${code})`, placeOf(options.source)))
    );
  });
  // Reported by resolve() only: a run that needs no registry never hears of a broken one.
  answer.catch(() => undefined);
  const wanted = new Set<string>();
  return {
    want(names) {
      const fresh = names.filter((name) => !wanted.has(name));
      for (const name of fresh) wanted.add(name);
      if (fresh.length) worker.postMessage({ type: 'want', names: fresh });
    },
    async resolve(names) {
      worker.ref();
      asked = [...names];
      worker.postMessage({ type: 'resolve', names: asked });
      try {
        return await answer;
      } finally {
        void worker.terminate();
      }
    },
    cancel() {
      void worker.terminate();
    }
  };
}
