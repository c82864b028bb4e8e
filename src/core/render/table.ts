import type { CheckResult } from '../check/result.js';
import { terminalLine } from './escape/terminal.js';
import { policyNotes } from './policy-notes.js';

// thv upgrade check's table (NAME STATUS CURRENT CANDIDATE NEW-ENV POSTURE), with the file:line
// each row comes from added last so a person can jump to it.

const HEADER = ['NAME', 'STATUS', 'CURRENT', 'CANDIDATE', 'NEW-ENV', 'POSTURE', 'FILE'];

function dash(s: string | undefined): string {
  return s ? s : '-';
}

function tableCells(row: CheckResult): string[] {
  const added = row.env_var_drift?.added?.map((e) => e.name) ?? [];
  const missing = row.missing_env_vars?.map((e) => `missing ${e.name}`) ?? [];
  const posture = row.config_drift ? '⚠ drift' : '';
  const verified = row.verification && row.verification.status !== 'not-applicable' ? ` [${row.verification.status}]` : '';
  // Names, images, env var names and paths come from manifests and the registry: one line each.
  return [
    dash(row.workload_name),
    row.status + verified,
    dash(row.current_image),
    dash(row.candidate_image),
    dash([...added, ...missing].join(',')),
    dash(posture),
    row.line ? `${row.file}:${row.line}` : row.file
  ].map(terminalLine);
}

/** Reasons are long; they follow the table, one line each, so the columns stay readable. */
function notes(rows: CheckResult[]): string[] {
  return rows
    .filter((row) => row.reason || row.verification?.reason || row.held_by || row.deprecated)
    .map((row) => {
      const where = row.line ? `${row.file}:${row.line}` : row.file;
      const reason = [row.reason, row.verification?.reason, ...policyNotes(row)].filter(Boolean).join('; ');
      return terminalLine(`${where}: ${row.workload_name ? `${row.workload_name}: ` : ''}${reason}`);
    });
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Width in characters (code points), cheap for the ASCII that image references are. */
function width(s: string): number {
  return NON_ASCII.test(s) ? [...s].length : s.length;
}

/** Pads columns like Go's tabwriter (minwidth 0, padding 3). */
export function renderTable(rows: CheckResult[]): string {
  const lines = [HEADER, ...rows.map(tableCells)];
  const widths = HEADER.map(() => 0);
  for (const cells of lines) for (let i = 0; i < cells.length; i++) widths[i] = Math.max(widths[i], width(cells[i]));
  const table = lines.map((cells) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - width(c) + 3)))
      .join('')
      .trimEnd()
  );
  const extra = notes(rows);
  return [...table, ...(extra.length ? ['', ...extra] : [])].join('\n') + '\n';
}
