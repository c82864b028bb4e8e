import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { commandLines, HOSTILE, writeHostileWorkspace } from '../helpers/hostile-inputs.js';

// Debug on by default: debug lines carry registry names, images and sigstore_url too.
// A terminal wide enough that no cell wraps: each row is checked whole (wrapping has its own test).
async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = { TOOLHIVE_UPGRADE_DEBUG: '1' }, columns = 1000) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd, columns });
  return { code, stdout, stderr };
}

describe('the CLI prints manifest, file and registry strings as one line each, never as a workflow command', () => {
  const dir = writeHostileWorkspace();
  const args = (format: string) => ['check', '--registry', path.join(dir, 'registry.json'), '--fail-on', 'none', '--format', format, '.'];

  test('table: no line of stdout or stderr is a workflow command; every name is there, escaped', async () => {
    const { code, stdout, stderr } = await cli(args('table'), dir);
    expect(code).toBe(0);
    expect(commandLines(stdout)).toEqual([]);
    expect(commandLines(stderr)).toEqual([]);
    expect(stdout).toContain('x\\n::stop-commands::T');
    expect(stdout).toContain('x\\r::add-mask::y');
    expect(stdout).toContain('\\u202eevil');
    expect(stdout).toContain('##\\x5badd-mask]secret');
    expect(stdout).toContain('\\x3a:error::pwned');
    expect(stdout).toContain('ls\\u2028::stop-commands::L');
    expect(stdout).toContain('n\\n::warning::newline.yaml');
    expect(stdout).toContain('\\x3a:stop-commands::F.yaml');
    expect(stdout).toContain('NEW\\n::stop-commands::T1');
    expect(stdout).toContain('evil.example\\n::add-mask::sig');
    expect(stdout).toContain('127.0.0.1:1/x/beta:2.0.0\\n::stop-commands::T2');
    // The skipped entry `bad\n::stop-commands::K` is no longer logged: the registry converts only the
    // entries manifests name. Every stderr line is still checked above.
    // One table row per workload, plus the header: nothing split a row.
    const table = stdout.split('\n\n')[0].split('\n');
    expect(table).toHaveLength(1 + 8);
    expect(stdout).toMatch(/^n\\n::warning::newline\.yaml:\d+: not valid YAML/m);
    // No raw control, bidi or zero-width character is left.
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u061c]/);
  });

  test.each([40, 60, 80, 120])('table at %i columns: wrapped cells and notes never start a workflow command, and fit', async (columns) => {
    const { stdout } = await cli(args('table'), dir, {}, columns);
    expect(commandLines(stdout)).toEqual([]);
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
  });

  test('json: the values are exact after parsing, and the text has no command and no raw bidi or separator', async () => {
    const { stdout, stderr } = await cli(args('json'), dir);
    expect(commandLines(stdout)).toEqual([]);
    expect(commandLines(stderr)).toEqual([]);
    expect(stdout).not.toMatch(/[\u0085\u2028\u2029\u202e]/);
    const names = (JSON.parse(stdout) as { workload_name?: string }[]).map((r) => r.workload_name);
    expect(names).toEqual(
      expect.arrayContaining([
        HOSTILE.newlineName,
        HOSTILE.carriageReturnName,
        HOSTILE.bidiName,
        HOSTILE.legacyMarkerName,
        HOSTILE.leadingCommandName,
        HOSTILE.lineSeparatorName
      ])
    );
  });

  test('markdown: no command line; names are shown with visible escapes', async () => {
    const { stdout, stderr } = await cli(args('markdown'), dir);
    expect(commandLines(stdout)).toEqual([]);
    expect(commandLines(stderr)).toEqual([]);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2060-\u2069\ufeff\u061c]/);
    expect(stdout).toContain('\\\\u202eevil');
  });

  test('an error naming a hostile path is one line', async () => {
    const { code, stderr } = await cli(['check', '--registry', path.join(dir, HOSTILE.newlineFile, 'missing.json'), '.'], dir, {});
    expect(code).toBe(2);
    expect(commandLines(stderr)).toEqual([]);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('n\\n::warning::newline.yaml');
  });
});
