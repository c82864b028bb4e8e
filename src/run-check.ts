import { readFileSync } from 'node:fs';
import type { Workload } from './core/manifest/workload.js';
import type { ManifestProblem } from './core/manifest/problem.js';
import { parseManifest } from './core/manifest/parse.js';
import type { LookupOutcome } from './core/registry/lookup.js';
import { type CheckedWorkload, checkAll, problemRow, sortRows } from './core/report.js';
import { discoverManifests } from './io/manifest-files.js';
import { openRegistry, type RegistrySourceOptions } from './io/registry-source.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface CheckRunOptions {
  /** Files, directories and globs, relative to `root`. */
  paths: string[];
  root: string;
  registry: RegistrySourceOptions;
  log: Logger;
}

export interface CheckRun {
  rows: CheckedWorkload[];
  /** Manifest texts by display path, kept for planning edits without reading twice. */
  texts: Map<string, string>;
  registrySource: string;
}

/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
export async function runCheck(options: CheckRunOptions): Promise<CheckRun> {
  const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
  for (const pattern of emptyPatterns) options.log.warning(`${pattern}: no manifest files match`);

  const texts = new Map<string, string>();
  const workloads: Workload[] = [];
  const problems: ManifestProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch (error) {
      problems.push({ file: file.path, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    const parsed = parseManifest(file.path, text, { explicit: file.explicit });
    if (parsed.workloads.length) texts.set(file.path, text);
    workloads.push(...parsed.workloads);
    problems.push(...parsed.problems);
  }
  options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems`);

  // Only registry-sourced workloads need the registry: a repo of raw images never waits on the network.
  const names = [...new Set(workloads.map((w) => w.registryServerName).filter((n) => n !== ''))];
  let lookups = new Map<string, LookupOutcome>();
  let registrySource = options.registry.source;
  if (names.length) {
    const provider = await openRegistry({ ...options.registry, log: options.log.debug });
    lookups = await provider.resolve(names);
    registrySource = provider.registry.source;
  }

  const rows = sortRows([...checkAll(workloads, lookups), ...problems.map(problemRow)]);
  return { rows, texts, registrySource };
}
