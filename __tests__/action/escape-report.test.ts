import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { resultsOutput, writeCheckReport } from '../../src/action/write-report.js';
import { runCheck } from '../../src/app/run-check.js';
import type { CheckResult } from '../../src/core/check/result.js';
import { safeLogger } from '../../src/core/render/escape/terminal.js';
import { commandLines, HOSTILE, outputLines, writeHostileWorkspace } from '../helpers/hostile-inputs.js';
import { parseOutputFile } from '../helpers/run-action.js';
import { upgradeAvailable, upToDate } from '../helpers/check-results.js';

// @actions/core remembers the summary file once it has found it: one pair of files for this file.
const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'thv-escape-report-'));
const runnerFiles = { GITHUB_OUTPUT: path.join(runnerDir, 'output'), GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary') };
const savedEnv = { GITHUB_OUTPUT: process.env.GITHUB_OUTPUT, GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY };
beforeAll(() => Object.assign(process.env, runnerFiles));
afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/**
 * Runs `fn` with the real @actions/core writing commands to a captured stdout and outputs and the
 * job summary to files, as on a runner.
 */
async function onRunner(fn: () => Promise<void>): Promise<{ stdout: string; outputs: Record<string, string>; summary: string }> {
  for (const file of Object.values(runnerFiles)) writeFileSync(file, '');
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  const read = (file: string) => readFileSync(file, 'utf8');
  return { stdout, outputs: parseOutputFile(read(runnerFiles.GITHUB_OUTPUT)), summary: read(runnerFiles.GITHUB_STEP_SUMMARY) };
}

/** Our own annotation and debug commands, one per line: `::error file=…,title=…::message`. */
const OWN_COMMAND = /^::(error|warning|debug)( [^:]*)?::/;

describe('the Action with hostile manifests, file names and registry strings', () => {
  test('stdout holds only our own commands, one line each; annotation messages and titles carry no line break', async () => {
    const dir = writeHostileWorkspace();
    const { stdout, outputs, summary } = await onRunner(async () => {
      const run = await runCheck({
        paths: ['.'],
        root: dir,
        registry: { source: path.join(dir, 'registry.json'), kind: 'file', timeoutMs: 5_000 },
        verify: { cacheDir: path.join(dir, 'sigstore-cache'), timeoutMs: 5_000 },
        log: safeLogger(core)
      });
      await writeCheckReport(
        core,
        run.results,
        ['upgrade-available', 'server-not-found', 'invalid', 'unknown'],
        { registrySource: run.registrySource },
        50
      );
    });
    const lines = outputLines(stdout).filter((l) => l !== '');
    const commands = commandLines(stdout);
    expect(commands.filter((l) => !OWN_COMMAND.test(l))).toEqual([]);
    expect(stdout).not.toContain('##[');
    const annotations = lines.filter((l) => /^::(error|warning) /.test(l));
    expect(annotations).toHaveLength(8);
    for (const line of annotations) {
      const title = /title=([^,:]*)/.exec(line)![1];
      const message = line.slice(line.indexOf('::', 2) + 2);
      // The runner turns %0A and %0D back into line breaks: only the file path may hold one.
      expect(`${title} ${message}`).not.toMatch(/%0A|%0D/);
    }
    expect(stdout).toContain('x\\n::stop-commands::T: upgrade available');
    expect(stdout).toContain('\\u202eevil: registry has no server');
    // The file property keeps the real path, escaped the way the runner unescapes it.
    expect(stdout).toContain('file=n%0A%3A%3Awarning%3A%3Anewline.yaml');
    expect(summary).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff]/);
    const names = (JSON.parse(outputs.results) as { workload_name?: string }[]).map((r) => r.workload_name);
    expect(names).toEqual(expect.arrayContaining([HOSTILE.newlineName, HOSTILE.bidiName, HOSTILE.lineSeparatorName]));
    expect(outputs.results).not.toMatch(/[\u2028\u2029\u202e]|##\[/);
  });
});

describe('GitHub size limits are UTF-8 bytes', () => {
  function multiByteRows(n: number, upgradeEvery = 10): CheckResult[] {
    return Array.from({ length: n }, (_, i) => {
      const where = {
        workload_name: `日本語🚀サーバー${'名'.repeat(20)}-${i}`,
        registry_server: 'io.github.例/サーバー',
        current_image: 'ghcr.io/例/サーバー:1.0.1',
        file: `配置/サーバー-${i}.json`,
        line: 3
      };
      return i % upgradeEvery === 0
        ? upgradeAvailable({ ...where, candidate_image: 'ghcr.io/例/サーバー:1.0.3' })
        : upToDate({ ...where, candidate_image: 'ghcr.io/例/サーバー:1.0.1' });
    });
  }

  test('the results output of multi-byte names stays within 1 MB', () => {
    const { json, omitted } = resultsOutput(multiByteRows(10_000, 2));
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(1_000_000);
    expect(omitted).toBeGreaterThan(5_000);
    // Packed close to the limit, not cut far below it.
    expect(Buffer.byteLength(json)).toBeGreaterThan(900_000);
    expect((JSON.parse(json) as { status: string }[]).every((r) => r.status === 'upgrade-available')).toBe(true);
  });

  test('written by the Action, the results output and the job summary stay under the byte limits', async () => {
    const { outputs, summary, stdout } = await onRunner(() =>
      writeCheckReport(core, multiByteRows(20_000), ['upgrade-available'], { registrySource: 'registry.json' }, 10)
    );
    expect(Buffer.byteLength(outputs.results)).toBeLessThanOrEqual(1_000_000);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_048_576);
    expect(summary).toMatch(/_\d+ more workloads not shown/);
    expect(stdout).toContain('the results output holds');
  });
});
