// What a verification outcome means for proposing the candidate, per verify mode (ToolHive's names).
// Pure.

import type { Verification, VerifyMode } from './verification.js';

export interface ProposalDecision {
  propose: boolean;
  /** 'warning': proposed but flagged (PR, summary, annotation); 'error': not proposed, annotated. */
  flag: 'none' | 'warning' | 'error';
  effectiveMode: VerifyMode;
}

/** Default when the input is unset: enabled for entries that publish provenance, warn otherwise. */
export function effectiveVerifyMode(mode: VerifyMode | undefined, hasProvenance: boolean): VerifyMode {
  return mode ?? (hasProvenance ? 'enabled' : 'warn');
}

export function decideProposal(mode: VerifyMode | undefined, hasProvenance: boolean, v: Verification): ProposalDecision {
  const effectiveMode = effectiveVerifyMode(mode, hasProvenance);
  if (effectiveMode === 'disabled') return { propose: true, flag: 'none', effectiveMode };
  const verified = v.status === 'verified';
  if (effectiveMode === 'enabled') {
    // Fail closed: anything short of a verified signature (including no provenance) is not proposed.
    return verified ? { propose: true, flag: 'none', effectiveMode } : { propose: false, flag: 'error', effectiveMode };
  }
  return { propose: true, flag: verified ? 'none' : 'warning', effectiveMode };
}
