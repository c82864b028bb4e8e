// The PR-mode job summary's list of upgrades that were found but not proposed, with the reason, so
// "Pull request: none" is never the whole story. Pure.

import type { CheckResult, UpgradeAvailable } from '../check/result.js';
import { escapeMarkdown, inlineCode } from './markdown-escape.js';

/** Upgrades the check found but PR mode does not propose (`proposal.propose === false`). */
export function heldBackUpgrades(rows: readonly CheckResult[]): UpgradeAvailable[] {
  return rows.filter((r): r is UpgradeAvailable => r.status === 'upgrade-available' && !r.proposal.propose);
}

/** Why an upgrade is held back, in plain text: the policy rule that holds it, else verification. */
export function heldBackReason(row: UpgradeAvailable): string {
  if (row.held_by) return `held by policy ${row.held_by}`;
  const v = row.verification;
  const why = v?.status === 'unverified' && v.reason ? v.reason : `signature ${v?.status ?? 'not checked'}`;
  return `verify: ${row.proposal.effectiveMode} proposes verified candidates only; ${why}`;
}

/** Most rows listed; the rest are counted (the table, annotations and `results` output have them all). */
export const HELD_BACK_SHOWN = 50;

/** A short section, or '' when nothing is held back. */
export function renderHeldBack(
  rows: readonly CheckResult[],
  reasonOf: (row: UpgradeAvailable) => string = heldBackReason,
  shown = HELD_BACK_SHOWN
): string {
  const held = heldBackUpgrades(rows);
  if (held.length === 0) return '';
  const lines = [`### Upgrades held back (${held.length})`, '', 'Found, but not proposed in a pull request:', ''];
  for (const row of held.slice(0, shown)) {
    const name = escapeMarkdown(row.workload_name || row.file);
    const where = inlineCode(`${row.file}${row.line ? `:${row.line}` : ''}`);
    lines.push(
      `- ${name} (${where}): ${inlineCode(row.current_image)} → ${inlineCode(row.candidate_image)}: ${escapeMarkdown(reasonOf(row))}`
    );
  }
  if (held.length > shown) lines.push(`- …and ${held.length - shown} more (see the table above and the \`results\` output)`);
  return `${lines.join('\n')}\n`;
}
