// `toolhive-upgrade apply`: the upgrades the check would propose, written into the manifests in
// place with the PR mode's byte-exact edits (core/pr/edit) and its tag-only rule (core/pr/retag),
// for CI systems other than GitHub, pre-commit hooks and local use. Only the image tokens change;
// a second run finds nothing to do.

import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult, UpgradeAvailable } from '../core/check/result.js';
import { EditError, applyEdits, replaceImage, type ImageEdit } from '../core/pr/edit.js';
import { proposableUpgrades } from '../core/pr/plan.js';
import { retag } from '../core/pr/retag.js';
import { UpgradeActionError } from '../core/errors.js';
import { runCheck, type CheckRunOptions, type VerifierFactory, loadCandidateVerifier } from './run-check.js';

/** An upgrade written (or, in a dry run, that would be). */
export interface AppliedUpgrade {
  upgrade: UpgradeAvailable;
  /** The image written: the manifest's own registry and repository with the candidate's tag. */
  image: string;
}

/** An upgrade the check found that is not written, and why. */
export interface SkippedUpgrade {
  upgrade: UpgradeAvailable;
  reason: string;
  /** True when the user asked for it to be left alone (the upgrade policy): not a failure. */
  deliberate: boolean;
}

export interface FileEdit {
  /** As results name it (relative to the run's root). */
  file: string;
  absolute: string;
  before: string;
  after: string;
}

export interface ApplyOutcome {
  results: CheckResult[];
  registrySource: string;
  applied: AppliedUpgrade[];
  skipped: SkippedUpgrade[];
  files: FileEdit[];
  /** Whether files were written (false in a dry run). */
  written: boolean;
}

/** A file that could not be written; the files before it in the run were. */
export class ApplyWriteError extends UpgradeActionError<'apply-write-failed'> {}

/** Why each upgrade is not applied, and the new image of each that is. Pure but for reading the files. */
export function planApply(
  results: readonly CheckResult[],
  readText: (file: string) => string
): { applied: AppliedUpgrade[]; skipped: SkippedUpgrade[]; files: Omit<FileEdit, 'absolute'>[] } {
  const proposable = new Set(proposableUpgrades(results));
  const applied: AppliedUpgrade[] = [];
  const skipped: SkippedUpgrade[] = [];
  for (const r of results) {
    if (r.status !== 'upgrade-available') continue;
    if (!proposable.has(r)) {
      const held = !r.proposal.propose;
      skipped.push({
        upgrade: r,
        reason: held
          ? `held back by verification (--verify ${r.proposal.effectiveMode})${r.verification.reason ? `: ${r.verification.reason}` : ''}`
          : 'held back by the upgrade policy',
        deliberate: !held
      });
      continue;
    }
    const target = retag(r.current_image, r.candidate_image);
    if (!target.ok) {
      skipped.push({ upgrade: r, reason: target.reason, deliberate: false });
      continue;
    }
    try {
      replaceImage(readText(r.workload.file), r.workload.imageSpan, target.image, r.workload.image, r.workload.file);
      applied.push({ upgrade: r, image: target.image });
    } catch (error) {
      // A span that no longer matches means the file changed under us: stop rather than guess.
      if (!(error instanceof EditError) || error.code !== 'edit-unsupported-style') throw error;
      skipped.push({ upgrade: r, reason: error.describe(), deliberate: false });
    }
  }
  const byFile = new Map<string, ImageEdit[]>();
  for (const { upgrade, image } of applied) {
    const edits = byFile.get(upgrade.workload.file) ?? [];
    edits.push({ span: upgrade.workload.imageSpan, from: upgrade.workload.image, to: image });
    byFile.set(upgrade.workload.file, edits);
  }
  const files = [...byFile].map(([file, edits]) => {
    const before = readText(file);
    return { file, before, after: applyEdits(before, edits, file) };
  });
  return { applied, skipped, files: files.filter((f) => f.after !== f.before) };
}

/** Replaces `file` in one step (a temporary file in the same directory, renamed over it), keeping its mode. */
export function writeFileAtomically(file: string, content: string): void {
  const mode = statSync(file).mode & 0o7777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx', mode });
    // The umask may have narrowed the mode on creation.
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new ApplyWriteError(
      'apply-write-failed',
      `cannot write the upgraded manifest: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { file },
      undefined,
      { cause: error }
    );
  }
}

export interface ApplyOptions extends CheckRunOptions {
  /** Report what would change, write nothing. */
  dryRun: boolean;
}

/** Checks like `check`, then writes every upgrade the check would propose into its manifest. */
export async function runApply(options: ApplyOptions, createVerifier: VerifierFactory = loadCandidateVerifier): Promise<ApplyOutcome> {
  const run = await runCheck(options, createVerifier);
  const texts = new Map<string, string>();
  const absolute = (file: string) => path.resolve(options.root, file);
  const readText = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) {
      text = readFileSync(absolute(file), 'utf8');
      texts.set(file, text);
    }
    return text;
  };
  const plan = planApply(run.results, readText);
  const files = plan.files.map((f) => ({ ...f, absolute: absolute(f.file) }));
  if (!options.dryRun) for (const f of files) writeFileAtomically(f.absolute, f.after);
  return {
    results: run.results,
    registrySource: run.registrySource,
    applied: plan.applied,
    skipped: plan.skipped,
    files,
    written: !options.dryRun
  };
}

/** 0: everything proposable applied and no manifest invalid; 1 otherwise. */
export function applyExitCode(outcome: ApplyOutcome): 0 | 1 {
  const failed = outcome.skipped.some((s) => !s.deliberate) || outcome.results.some((r) => r.status === 'invalid');
  return failed ? 1 : 0;
}
