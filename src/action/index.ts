// The Action's entry. This file also runs as the registry worker (io/catalog/registry-worker.ts
// starts it), which needs none of the Action's modules.
import { isRegistryWorker } from '../io/catalog/registry-worker-role.js';

if (isRegistryWorker()) {
  const { serveRegistry } = await import('../io/catalog/registry-worker-thread.js');
  serveRegistry();
} else {
  const [core, { runAction }, { runCheck }, { registryWorkerLoader }] = await Promise.all([
    import('@actions/core'),
    import('./main.js'),
    import('../app/run-check.js'),
    import('../io/catalog/registry-worker.js')
  ]);
  const registryLoader = registryWorkerLoader(new URL(import.meta.url));
  await runAction(core, process.env, (options) => runCheck({ ...options, registryLoader }));
}
