// The registry worker itself: loads the file source with the in-process code, resolves names as
// the run sends them, and answers once with every outcome the run asked for.
import { parentPort, workerData } from 'node:worker_threads';
import { RegistryError } from '../../core/catalog/errors.js';
import { openRegistry, type RegistryProvider } from './open-catalog.js';
import type { FromRegistryWorker, RegistryWorkerData, SentError, ToRegistryWorker } from './registry-worker-protocol.js';

function sent(error: unknown): SentError {
  if (error instanceof RegistryError) {
    return { message: error.message, registry: { code: error.code, place: error.place, hint: error.hint, status: error.status } };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function serveRegistry(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRegistry runs on a worker thread');
  const { options } = workerData as RegistryWorkerData;
  const post = (message: FromRegistryWorker) => port.postMessage(message);
  // Each distinct outcome (two names can find one entry) as JSON text, written as it is resolved:
  // while the run is still reading manifests, not while it waits for the answer.
  const outcomes = new Map<string, number>();
  const distinct = new Map<object, number>();
  const texts: string[] = [];
  let failure: SentError | undefined;
  const opened: Promise<RegistryProvider | undefined> = openRegistry({
    ...options,
    log: (message) => post({ type: 'log', message })
  }).catch((error: unknown) => {
    failure = sent(error);
    return undefined;
  });
  // One message at a time, in order: a `resolve` waits for the `want`s before it.
  let queue = Promise.resolve();
  port.on('message', (message: ToRegistryWorker) => {
    queue = queue.then(async () => {
      const provider = await opened;
      if (provider && !failure) {
        try {
          const fresh = message.names.filter((name) => !outcomes.has(name));
          if (fresh.length) {
            for (const [name, outcome] of await provider.resolve(fresh)) {
              // A short name and the full name find the same entry object: sent once.
              const key = outcome.kind === 'found' ? outcome.server : outcome;
              let index = distinct.get(key);
              if (index === undefined) {
                index = texts.push(JSON.stringify(outcome)) - 1;
                distinct.set(key, index);
              }
              outcomes.set(name, index);
            }
          }
        } catch (error) {
          failure = sent(error);
        }
      }
      if (message.type !== 'resolve') return;
      if (failure || !provider) post({ type: 'failed', error: failure ?? { message: 'the registry did not load' } });
      else {
        const order = message.names.map((name) => outcomes.get(name)!);
        post({ type: 'resolved', order, outcomes: `[${texts.join(',')}]`, source: provider.registry.source });
      }
    });
  });
}
