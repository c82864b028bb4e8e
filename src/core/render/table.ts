import type { CheckResult } from '../check/result.js';
import { nameOf } from '../image/written-reference.js';
import { terminalLine } from './escape/terminal.js';
import { policyNotes } from './policy-notes.js';

// thv upgrade check's table (NAME STATUS CURRENT CANDIDATE NEW-ENV POSTURE), with the file:line
// each row comes from added last so a person can jump to it. It fits the terminal it is printed
// on: columns with nothing to say go first, then NEW-ENV and POSTURE move into the notes below
// the table, then the long cells wrap onto continuation lines.

export interface TableOptions {
  /** Columns available (the terminal's width); every line stays within it. */
  width?: number;
}

export const DEFAULT_TABLE_WIDTH = 120;
/** Narrower than this, the table is not worth fitting: lines may then run over. */
const MIN_WIDTH = 40;
const GAP = 3;

interface Column {
  header: string;
  /** Moved into the notes (with this label) when the table is too wide. */
  noteLabel?: string;
}

const COLUMNS: Column[] = [
  { header: 'NAME' },
  { header: 'STATUS' },
  { header: 'CURRENT' },
  { header: 'CANDIDATE' },
  { header: 'NEW-ENV', noteLabel: 'new env' },
  { header: 'POSTURE', noteLabel: 'posture' },
  { header: 'FILE' }
];

const NON_ASCII = /[^\x00-\x7f]/;

/** Width in characters (code points), cheap for the ASCII that image references are. */
function width(s: string): number {
  return NON_ASCII.test(s) ? [...s].length : s.length;
}

function dash(s: string | undefined): string {
  return s ? s : '-';
}

function where(row: CheckResult): string {
  return row.line ? `${row.file}:${row.line}` : row.file;
}

/** The candidate's tag alone when only the tag changes; the whole reference when the repository does. */
function candidateCell(row: CheckResult): string | undefined {
  const candidate = row.candidate_image;
  if (!candidate || !row.current_image || candidate.includes('@')) return candidate;
  const name = nameOf(candidate);
  return name === nameOf(row.current_image) && name.length < candidate.length ? candidate.slice(name.length + 1) : candidate;
}

/** A verification the user asked for: `skipped` means they turned it off, so it is not news. */
function shownVerification(row: CheckResult) {
  const v = row.verification;
  return v && v.status !== 'not-applicable' && v.status !== 'skipped' ? v : undefined;
}

function tableCells(row: CheckResult): string[] {
  const added = row.env_var_drift?.added?.map((e) => e.name) ?? [];
  const missing = row.missing_env_vars?.map((e) => `missing ${e.name}`) ?? [];
  const posture = row.config_drift ? '⚠ drift' : '';
  const verification = shownVerification(row);
  // Names, images, env var names and paths come from manifests and the registry: one line each.
  return [
    dash(row.workload_name),
    row.status + (verification ? ` [${verification.status}]` : ''),
    dash(row.current_image),
    dash(candidateCell(row)),
    dash([...added, ...missing].join(',')),
    dash(posture),
    where(row)
  ].map(terminalLine);
}

/** Reasons are long; they follow the table, one per workload, so the columns stay readable. */
function notes(rows: CheckResult[], cells: string[][], moved: number[]): string[] {
  const out: string[] = [];
  rows.forEach((row, r) => {
    const parts: string[] = [];
    for (const text of [row.reason, shownVerification(row)?.reason, ...policyNotes(row)]) {
      // The same words twice (a reason that repeats the verification's) say nothing new.
      if (text && !parts.includes(terminalLine(text))) parts.push(terminalLine(text));
    }
    for (const c of moved) if (cells[r]![c] !== '-') parts.push(`${COLUMNS[c]!.noteLabel}: ${cells[r]![c]}`);
    if (parts.length === 0) return;
    const name = row.workload_name ? `${terminalLine(row.workload_name)}: ` : '';
    out.push(`${terminalLine(where(row))}: ${name}${parts.join('; ')}`);
  });
  return out;
}

// Where a long cell may break: after a separator of image references, paths and lists.
const BREAK_AFTER = new Set(['/', ',', ':', '-', '_', ' ', '@']);

function firstAfterBlanks(chars: string[], from: number): string | undefined {
  let i = from;
  while (chars[i] === ' ') i++;
  return chars[i];
}

/** `text` in pieces of at most `max` characters, broken after a separator when one is near. */
function wrap(text: string, max: number): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  while (chars.length > max) {
    let cut = max;
    for (let i = max; i > Math.floor(max / 2); i--) {
      if (BREAK_AFTER.has(chars[i - 1]!)) {
        cut = i;
        break;
      }
    }
    // A piece starting with `:` could start a line with `::` (a workflow command) after blanks.
    while (cut > 1 && firstAfterBlanks(chars, cut) === ':') cut--;
    pieces.push(chars.splice(0, cut).join('').trimEnd());
    while (chars[0] === ' ') chars.shift();
  }
  pieces.push(chars.join(''));
  return pieces;
}

/** A note over several lines: words kept whole where they fit, continuation lines indented. */
function wrapNote(note: string, max: number): string[] {
  const indent = '    ';
  const lines: string[] = [];
  let line = '';
  // Any word may start a continuation line: one starting with `::` is escaped as a line start would be.
  for (const word of note.split(' ').map(terminalLine)) {
    const room = max - (lines.length ? indent.length : 0);
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = width(word) > max - indent.length ? wrap(word, max - indent.length) : [word];
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces[pieces.length - 1]!;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

function naturalWidths(lines: string[][], columns: number[]): number[] {
  return columns.map((c) => Math.max(...lines.map((cells) => width(cells[c]!))));
}

function total(widths: number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
}

/** The columns to show and their widths, and the columns whose content moves to the notes. */
function layout(lines: string[][], maxWidth: number): { columns: number[]; widths: number[]; moved: number[] } {
  const body = lines.slice(1);
  // A column of dashes only says nothing: dropped first when space is short.
  let columns = COLUMNS.map((_, c) => c);
  const fits = () => total(naturalWidths(lines, columns)) <= maxWidth;
  if (fits()) return { columns, widths: naturalWidths(lines, columns), moved: [] };
  columns = columns.filter((c) => !COLUMNS[c]!.noteLabel || body.some((cells) => cells[c] !== '-'));
  const moved: number[] = [];
  for (const c of [5, 4]) {
    if (fits() || !columns.includes(c)) continue;
    columns = columns.filter((x) => x !== c);
    moved.push(c);
  }
  moved.sort((a, b) => a - b);
  const widths = naturalWidths(lines, columns);
  // Then the widest cells wrap, one character at a time off the widest column, down to its header
  // (and in a very narrow terminal, the headers too).
  for (const floor of [columns.map((c) => width(COLUMNS[c]!.header)), columns.map(() => 3)]) {
    while (total(widths) > maxWidth) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) if (widths[i]! > floor[i]! && (widest === -1 || widths[i]! > widths[widest]!)) widest = i;
      if (widest === -1) break;
      widths[widest]!--;
    }
  }
  return { columns, widths, moved };
}

/** Pads columns like Go's tabwriter (minwidth 0, padding 3), within `options.width` columns. */
export function renderTable(rows: CheckResult[], options: TableOptions = {}): string {
  const maxWidth = Math.max(MIN_WIDTH, options.width ?? DEFAULT_TABLE_WIDTH);
  const cells = rows.map(tableCells);
  const grid = [COLUMNS.map((c) => c.header), ...cells];
  const { columns, widths, moved } = layout(grid, maxWidth);
  const table: string[] = [];
  for (const row of grid) {
    const wrapped = columns.map((c, i) => wrap(row[c]!, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let l = 0; l < height; l++) {
      const line = wrapped
        .map((pieces, i) => {
          const piece = pieces[l] ?? '';
          return i === wrapped.length - 1 ? piece : piece + ' '.repeat(widths[i]! - width(piece) + GAP);
        })
        .join('')
        .trimEnd();
      table.push(line);
    }
  }
  const extra = notes(rows, cells, moved).flatMap((note) => wrapNote(note, maxWidth));
  // Cells are escaped, but a wrapped piece may start a line with `::` after blanks: escape again per line.
  const lines = [...table, ...(extra.length ? ['', ...extra] : [])].map(terminalLine);
  // A blank line after the notes keeps them apart from whatever the terminal prints next.
  return lines.join('\n') + (extra.length ? '\n\n' : '\n');
}
