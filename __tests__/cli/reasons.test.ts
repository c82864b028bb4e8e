// Reasons that tell the user what to do: a mistyped registry name gets the close entry names, an
// MCPServer without the link annotation gets the annotation to add. The reason is what the table,
// the summary and the annotations print.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { legacyRegistry, legacyServer } from '../helpers/registry-documents.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd, columns: 200 });
  return { code, stdout, stderr };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-reasons-'));
  writeFileSync(
    path.join(dir, 'registry.json'),
    legacyRegistry({ fetch: legacyServer('ghcr.io/x/fetch:1.0.0'), time: legacyServer('ghcr.io/x/time:1.0.0') })
  );
  const runConfig = (name: string, server?: string) =>
    JSON.stringify({ name, image: `ghcr.io/x/${name}:1.0.0`, ...(server ? { registry_server_name: server } : {}) });
  writeFileSync(path.join(dir, 'a-typo.json'), runConfig('typo', 'io.github.stacklok/fecth'));
  writeFileSync(path.join(dir, 'b-far.json'), runConfig('far', 'io.github.stacklok/notion'));
  writeFileSync(path.join(dir, 'c-raw.json'), runConfig('raw'));
  writeFileSync(
    path.join(dir, 'd-mcpserver.yaml'),
    'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: unlinked\nspec:\n  image: ghcr.io/x/fetch:1.0.0\n'
  );
  return dir;
}

const LINK =
  'not linked to a registry entry: add the annotation toolhive-upgrade/registry-server-name: <entry name> to check it for upgrades';

test('json: the reasons, and none where there is nothing to suggest (thv leaves it empty)', async () => {
  const dir = workspace();
  const { stdout } = await cli(['check', '--registry', path.join(dir, 'registry.json'), '--format', 'json', '--fail-on', 'none', '.'], dir);
  const byName = Object.fromEntries(
    (JSON.parse(stdout) as { workload_name: string; status: string; reason?: string }[]).map((r) => [r.workload_name, r])
  );
  expect(byName.typo).toMatchObject({
    status: 'server-not-found',
    reason: 'no registry entry named io.github.stacklok/fecth (did you mean io.github.stacklok/fetch?)'
  });
  expect(byName.far.status).toBe('server-not-found');
  expect(byName.far.reason).toBeUndefined();
  expect(byName.raw.status).toBe('not-registry-sourced');
  expect(byName.raw.reason).toBeUndefined();
  expect(byName.unlinked).toMatchObject({ status: 'not-registry-sourced', reason: LINK });
});

test('table: the reasons are the notes under the table', async () => {
  const dir = workspace();
  const { stdout } = await cli(['check', '--registry', path.join(dir, 'registry.json'), '--fail-on', 'none', '.'], dir);
  expect(stdout).toContain(
    'a-typo.json:1: typo: no registry entry named io.github.stacklok/fecth (did you mean io.github.stacklok/fetch?)\n'
  );
  expect(stdout).toContain(`d-mcpserver.yaml:6: unlinked: ${LINK}\n`);
});

test('markdown: the summary prints the reason', async () => {
  const dir = workspace();
  const { stdout } = await cli(
    ['check', '--registry', path.join(dir, 'registry.json'), '--format', 'markdown', '--fail-on', 'none', '.'],
    dir
  );
  // Markdown escapes its punctuation: read the cells as a renderer would.
  const shown = stdout.replace(/\\(.)/g, '$1');
  expect(shown).toMatch(
    /^\| typo \|.*\| no registry entry named io.github.stacklok\/fecth \(did you mean io.github.stacklok\/fetch\?\) \|/m
  );
  expect(shown).toMatch(new RegExp(`^\\| unlinked \\|.*\\| ${LINK.replace(/[<>]/g, '.')} \\|`, 'm'));
});
