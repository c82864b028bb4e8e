// The commit message carries git trailers that let a later run recognise its own commit without
// trusting author names (which differ between GITHUB_TOKEN, App and PAT tokens).

import { oneLine, truncate } from '../render/markdown-escape.js';
import type { UpgradeAvailable } from '../check/result.js';

export const TRAILER_BASE = 'Toolhive-Upgrade-Base';
export const TRAILER_TREE = 'Toolhive-Upgrade-Tree';
export const TRAILER_CONTENT = 'Toolhive-Upgrade-Content';

export interface OwnershipTrailers {
  /** The base commit the Action built on; must be the commit's only parent. */
  base: string;
  /** The tree the Action wrote; a different tree means someone amended the commit. */
  tree: string;
  /** Digest of the changed files' paths and contents, to decide "nothing changed" without writing. */
  content: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Plain text for a commit message line: no line breaks, so a name cannot forge a trailer line. */
function commitText(text: string, max = 200): string {
  return truncate(oneLine(text), max);
}

/**
 * `custom` (the `commit-message` input): its first line replaces the subject, its other lines (if
 * any) the generated list of upgrades. Our trailers always form the last paragraph, so a custom
 * message can neither drop nor forge them (only the last paragraph is read).
 */
export function buildCommitMessage(
  title: string,
  upgrades: readonly UpgradeAvailable[],
  trailers: OwnershipTrailers,
  custom?: string
): string {
  const customLines = (custom ?? '').replace(/\r\n?/g, '\n').trim().split('\n');
  const subject = custom?.trim() ? commitText(customLines[0]!, 72 * 2) : commitText(title, 72 * 2);
  const customBody = customLines.slice(1).join('\n').trim();
  const lines = customBody
    ? [customBody]
    : upgrades.map(
        (u) =>
          `- ${commitText(u.workload.name, 100)} (${commitText(u.workload.file, 200)}): ${commitText(u.current_image)} -> ${commitText(u.candidate_image)}`
      );
  return [
    subject,
    '',
    ...lines,
    '',
    `${TRAILER_BASE}: ${trailers.base}`,
    `${TRAILER_TREE}: ${trailers.tree}`,
    `${TRAILER_CONTENT}: ${trailers.content}`,
    ''
  ].join('\n');
}

/** Our trailers from the last paragraph of `message`, or undefined unless each appears exactly once and well-formed. */
export function parseOwnershipTrailers(message: string): OwnershipTrailers | undefined {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .split(/\n[ \t]*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const found = new Map<string, string[]>();
  for (const line of last.split('\n')) {
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    found.set(key, [...(found.get(key) ?? []), m[2]!]);
  }
  const one = (key: string): string | undefined => {
    const values = found.get(key.toLowerCase());
    return values?.length === 1 ? values[0] : undefined;
  };
  const base = one(TRAILER_BASE);
  const tree = one(TRAILER_TREE);
  const content = one(TRAILER_CONTENT);
  if (!base || !tree || !content || !SHA.test(base) || !SHA.test(tree) || !/^sha256:[0-9a-f]{64}$/.test(content)) return undefined;
  return { base, tree, content };
}
