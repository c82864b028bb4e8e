// Runs the BUILT action (dist/index.js) the way a GitHub runner does: inputs as INPUT_* variables,
// outputs and the job summary through the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the `name<<DELIMITER … DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    outputs[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

const BUILT_ACTION = path.join(repoRoot, 'dist', 'index.js');

export async function runBuiltAction(inputs: Record<string, string>, env: Record<string, string> = {}, cwd = repoRoot): Promise<ActionRun> {
  // A missing build fails the e2e tests with this line instead of skipping them or failing obscurely.
  if (!existsSync(BUILT_ACTION)) throw new Error(`${BUILT_ACTION} is missing: run \`npm run build\` before the e2e tests`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [BUILT_ACTION], {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: dir,
      ...inputEnv,
      ...env
    }
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** What a scheduled or dispatched run on `main` of the stand-in's repository has in its environment. */
export function branchRunEnv(
  gh: { fullName: string; owner: string; url: string; headOf(branch: string): string | null },
  dir: string
): Record<string, string> {
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main', full_name: gh.fullName } }));
  return {
    GITHUB_REPOSITORY: gh.fullName,
    GITHUB_REPOSITORY_OWNER: gh.owner,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_SHA: gh.headOf('main')!,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath
  };
}
