// What the upgrade policy and the registry's `Deprecated` status add to every output: a note per
// row (table, summary), the list of held upgrades (summary, PR body) and a line per deprecated
// entry in a PR. Renderers owned elsewhere call these with one line each.

import type { CheckResult, UpgradeAvailable } from '../check/result.js';
import { heldUpgrades } from '../policy/apply.js';
import { escapeMarkdown, inlineCode, oneLine, truncate } from './markdown-escape.js';

/** Held upgrades listed in full; the rest are counted (every one is in the JSON results). */
export const HELD_LIST_MAX = 50;

function deprecatedText(row: Pick<CheckResult, 'registry_server'>): string {
  return row.registry_server ? `registry entry ${row.registry_server} is deprecated` : 'registry entry is deprecated';
}

/** Plain notes for a row (the caller escapes them for its channel). */
export function policyNotes(row: CheckResult): string[] {
  const notes: string[] = [];
  if (row.held_by) notes.push(`${row.update_type} upgrade held by ${row.held_by}`);
  if (row.deprecated) notes.push(deprecatedText(row));
  return notes;
}

/** The same notes as Markdown, for a table cell. */
export function policyNotesMarkdown(row: CheckResult): string[] {
  const notes: string[] = [];
  if (row.held_by) notes.push(`${row.update_type} upgrade held by ${inlineCode(oneLine(row.held_by))}`);
  if (row.deprecated) notes.push(`⚠️ ${escapeMarkdown(oneLine(deprecatedText(row)))}`);
  return notes;
}

function heldItem(u: UpgradeAvailable): string {
  const where = inlineCode(`${u.file}${u.line ? `:${u.line}` : ''}`);
  const name = u.workload_name ? inlineCode(u.workload_name) : '–';
  return `- ${name} in ${where}: ${inlineCode(u.current_image)} → ${inlineCode(u.candidate_image)} (${u.update_type}), held by ${inlineCode(truncate(oneLine(u.held_by ?? ''), 300))}`;
}

/** Markdown lines listing the held upgrades under a heading; none when nothing was held. */
export function renderHeldUpgrades(held: readonly UpgradeAvailable[], heading = '### Held by the upgrade policy'): string[] {
  if (held.length === 0) return [];
  const shown = held.slice(0, HELD_LIST_MAX).map(heldItem);
  const more = held.length - shown.length;
  return [
    heading,
    '',
    `${held.length} upgrade${held.length === 1 ? ' was' : 's were'} found but not proposed:`,
    '',
    ...shown,
    ...(more > 0 ? [`- …and ${more} more (every one is in the \`results\` output)`] : []),
    ''
  ];
}

/** The held upgrades among a run's results, as summary lines. */
export function renderHeldSection(rows: readonly CheckResult[]): string[] {
  return renderHeldUpgrades(heldUpgrades(rows));
}

/** A PR-body line for an upgrade whose registry entry is deprecated. */
export function deprecatedLines(u: UpgradeAvailable): string[] {
  if (!u.deprecated) return [];
  return [
    `- ⚠️ The registry marks ${inlineCode(u.entry.name)} as **deprecated**: consider moving to its replacement instead of upgrading.`
  ];
}
