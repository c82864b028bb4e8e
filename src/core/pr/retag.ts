// PR mode and apply change only the tag of the reference the manifest spells: the registry and repository
// stay exactly as written. The check may call an image on another spelling an upgrade (parity
// with thv); proposing it would move the workload to another registry, so that stays a finding.

import { runtimeRepository } from '../image/container-runtime-name.js';
import { nameOf, tagOf } from '../image/written-reference.js';

export type Retag = { ok: true; image: string } | { ok: false; reason: string };

/** The manifest's reference with the candidate's tag, or why that would not be the candidate image. */
export function retag(current: string, candidate: string): Retag {
  const tag = tagOf(candidate);
  if (tag === undefined) return { ok: false, reason: `the candidate ${candidate} has no tag to move to` };
  if (current.includes('@')) return { ok: false, reason: `${current} is pinned by digest; upgrades only change tags` };
  if (runtimeRepository(current) !== runtimeRepository(candidate)) {
    return {
      ok: false,
      reason: `the registry names ${nameOf(candidate)}, the manifest pulls ${nameOf(current)} (${runtimeRepository(current)} to a container runtime); upgrades only change the tag, never the registry or repository`
    };
  }
  return { ok: true, image: `${nameOf(current)}:${tag}` };
}
