import type { ReportRow } from '../report.js';

// thv upgrade check's table (NAME STATUS CURRENT CANDIDATE NEW-ENV POSTURE), with the file:line
// each row comes from added last so a person can jump to it.

const HEADER = ['NAME', 'STATUS', 'CURRENT', 'CANDIDATE', 'NEW-ENV', 'POSTURE', 'FILE'];

function dash(s: string | undefined): string {
  return s ? s : '-';
}

function tableCells(row: ReportRow): string[] {
  const added = row.env_var_drift?.added?.map((e) => e.name) ?? [];
  const missing = row.missing_env_vars?.map((e) => `missing ${e.name}`) ?? [];
  const posture = row.config_drift ? '⚠ drift' : '';
  const status = row.status === 'invalid' || row.status === 'unknown' ? `${row.status}${row.reason ? `: ${row.reason}` : ''}` : row.status;
  const verified = row.verification && row.verification.status !== 'not-applicable' ? ` [${row.verification.status}]` : '';
  return [
    dash(row.workload_name),
    status + verified,
    dash(row.current_image),
    dash(row.candidate_image),
    dash([...added, ...missing].join(',')),
    dash(posture),
    row.line ? `${row.file}:${row.line}` : row.file
  ];
}

/** Pads columns like Go's tabwriter (minwidth 0, padding 3). */
export function renderTable(rows: ReportRow[]): string {
  const lines = [HEADER, ...rows.map(tableCells)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((cells) => [...cells[i]].length)));
  return (
    lines
      .map((cells) =>
        cells
          .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length + 3)))
          .join('')
          .trimEnd()
      )
      .join('\n') + '\n'
  );
}
