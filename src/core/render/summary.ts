import type { FailOnKey } from '../check/fail-on.js';
import type { CheckResult } from '../check/result.js';
import { failingFindings, findingsOf } from '../check/fail-on.js';
import { escapeMarkdown, inlineCode, markdownTable, tableRow } from './markdown-escape.js';
import { utf8Bytes } from './escape/utf8-bytes.js';
import { describeTrustedRoot } from './trusted-root.js';
import { imageChange } from './image-change.js';
import { blobUrl, type SourceLinks } from './source-link.js';
import { policyNotesMarkdown, renderHeldSection } from './policy-notes.js';

export interface SummaryContext {
  registrySource: string;
  failOn: FailOnKey[];
  /** Which sigstore trusted root verified candidates ('tuf', 'embedded' or a file). */
  trustedRoot?: string;
  /** PR mode: what happened to each pull request. */
  pullRequests?: { operation: string; number?: number; url?: string; branch: string; note?: string }[];
  /** GitHub refuses job summaries over 1 MiB; past this many UTF-8 bytes the table keeps the rows with findings first. */
  maxLength?: number;
  /** Where the checked commit lives: file cells link to their line there. Without it, files are plain text. */
  sourceLinks?: SourceLinks;
}

/** In UTF-8 bytes, as GitHub measures the job summary (1 MiB per step), with room to spare. */
export const SUMMARY_LIMIT = 1_000_000;

const STATUS_ICON: Record<string, string> = {
  'up-to-date': '✅',
  'upgrade-available': '⬆️',
  'not-registry-sourced': '➖',
  'server-not-found': '❓',
  unknown: '⚠️',
  invalid: '❌'
};

function code(s: string | undefined): string {
  return s ? inlineCode(s) : '–';
}

function driftNotes(row: CheckResult): string {
  const notes: string[] = [];
  for (const e of row.env_var_drift?.added ?? []) {
    notes.push(`new ${e.required ? 'required' : 'optional'}${e.secret ? ' secret' : ''} env ${code(e.name)}`);
  }
  for (const e of row.env_var_drift?.removed ?? []) notes.push(`env ${code(e.name)} no longer declared`);
  const t = row.config_drift?.transport;
  if (t) notes.push(`transport ${code(t.from)} → ${code(t.to)}`);
  const p = row.config_drift?.permission_profile;
  if (p) notes.push(`permission profile ${code(p.from)} → ${code(p.to)}`);
  for (const e of row.missing_env_vars ?? []) notes.push(`missing required env ${code(e.name)}`);
  if (row.reason) notes.push(escapeMarkdown(row.reason));
  notes.push(...policyNotesMarkdown(row));
  const v = row.verification;
  if (v && v.status !== 'not-applicable') {
    notes.push(v.status === 'verified' ? `verified ${code(v.digest)}` : `${v.status}${v.reason ? `: ${escapeMarkdown(v.reason)}` : ''}`);
  }
  return notes.join('<br>') || '–';
}

/** The job summary: counts, then one row per workload with its drift. */
export function renderMarkdownSummary(rows: CheckResult[], context: SummaryContext): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const failing = rows.filter((r) => failingFindings(r, context.failOn).length > 0).length;
  const lines: string[] = [];
  lines.push('## ToolHive workload upgrade check', '');
  lines.push(
    `${rows.length} workload${rows.length === 1 ? '' : 's'} checked against ${code(context.registrySource)}: ` +
      [...counts].map(([status, n]) => `${n} ${status}`).join(', ') +
      '.'
  );
  lines.push(
    failing === 0
      ? `Nothing matched fail-on (${context.failOn.join(', ') || 'none'}).`
      : `**${failing} workload${failing === 1 ? '' : 's'} matched fail-on** (${context.failOn.join(', ')}).`,
    ''
  );
  if (context.trustedRoot) {
    lines.push(`Candidate signatures were checked against ${describeTrustedRoot(context.trustedRoot, code)}.`, '');
  }
  for (const pr of context.pullRequests ?? []) {
    const link = pr.url ? `[#${pr.number}](${pr.url})` : code(pr.branch);
    lines.push(`- Pull request ${link}: ${pr.operation}${pr.note ? ` (${escapeMarkdown(pr.note)})` : ''}`);
  }
  if (context.pullRequests?.length) lines.push('');
  lines.push(...renderHeldSection(rows));
  if (rows.length === 0) return lines.join('\n') + '\n';
  const cells = (row: CheckResult): string[] => {
    const findings = findingsOf(row).filter((f) => f !== row.status);
    const status = `${STATUS_ICON[row.status] ?? ''} ${row.status}${findings.length ? ` (${findings.join(', ')})` : ''}`;
    const where = code(`${row.file}${row.line ? `:${row.line}` : ''}`);
    const url = blobUrl(context.sourceLinks, row.file, row.line);
    return [
      row.workload_name ? escapeMarkdown(row.workload_name) : '–',
      status,
      imageChange(row.current_image, row.candidate_image),
      driftNotes(row),
      url ? `[${where}](${url})` : where
    ];
  };
  const head = lines.join('\n') + '\n';
  // One image column and short notes: the table fits a laptop screen without scrolling sideways.
  const header = ['Workload', 'Status', 'Image', 'Notes', 'File'];
  const full = markdownTable(header, rows.map(cells));
  const limit = context.maxLength ?? SUMMARY_LIMIT;
  if (utf8Bytes(head) + utf8Bytes(full) + 1 <= limit) return `${head}${full}\n`;

  // Too long for GitHub: rows with findings first (in order), then as many others as fit.
  const ordered = [...rows.filter((r) => findingsOf(r).length > 0), ...rows.filter((r) => findingsOf(r).length === 0)];
  const kept: string[][] = [];
  const note = (omitted: number): string =>
    `\n\n_${omitted} more workload${omitted === 1 ? '' : 's'} not shown: the summary is capped at GitHub's size limit. Every workload is in the \`results\` output._\n`;
  // The note's count has at most as many digits as rows.length.
  let size = utf8Bytes(head) + utf8Bytes(markdownTable(header, [])) + utf8Bytes(note(rows.length));
  for (const row of ordered) {
    const c = cells(row);
    size += utf8Bytes(tableRow(c)) + 1;
    if (size > limit) break;
    kept.push(c);
  }
  return `${head}${markdownTable(header, kept)}${note(rows.length - kept.length)}`;
}
