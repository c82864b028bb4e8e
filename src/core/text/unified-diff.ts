// A unified diff (`diff -u`, `git diff`) of one file's text, for showing edits before they are
// written. The edits this tool makes change lines in place, so lines are compared one for one; a
// change in the number of lines is shown as one hunk between the common first and last lines.

interface Line {
  text: string;
  /** Whether the line ends with a line break (only the last line of a file may not). */
  terminated: boolean;
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split(/(?<=\n)/);
  // Line endings are not shown: a CRLF file's lines differ in their content, not in a `\r`.
  return parts.map((p) => ({ text: p.replace(/\r?\n$/, ''), terminated: p.endsWith('\n') }));
}

const NO_NEWLINE = '\\ No newline at end of file';

function same(a: Line | undefined, b: Line | undefined): boolean {
  return a !== undefined && b !== undefined && a.text === b.text && a.terminated === b.terminated;
}

/** Changed regions as [start, end) line ranges, identical in both texts when line counts match. */
function changedRanges(before: Line[], after: Line[]): { from: [number, number]; to: [number, number] }[] {
  if (before.length === after.length) {
    const ranges: { from: [number, number]; to: [number, number] }[] = [];
    for (let i = 0; i < before.length; i++) {
      if (same(before[i], after[i])) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.from[1] === i) {
        last.from[1] = i + 1;
        last.to[1] = i + 1;
      } else ranges.push({ from: [i, i + 1], to: [i, i + 1] });
    }
    return ranges;
  }
  let start = 0;
  while (start < before.length && start < after.length && same(before[start], after[start])) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && same(before[before.length - 1 - end], after[after.length - 1 - end]))
    end++;
  return [{ from: [start, before.length - end], to: [start, after.length - end] }];
}

function range(start: number, count: number): string {
  // diff -u numbers an empty range by the line before it.
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

function emit(prefix: string, line: Line, out: string[]): void {
  out.push(prefix + line.text);
  if (!line.terminated) out.push(NO_NEWLINE);
}

/** `--- a/<path>`, `+++ b/<path>` and the hunks; '' when the texts are equal. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ranges = changedRanges(a, b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let i = 0;
  while (i < ranges.length) {
    // Changes closer than twice the context share a hunk, as in diff -u.
    let j = i;
    while (j + 1 < ranges.length && ranges[j + 1]!.from[0] - ranges[j]!.from[1] <= 2 * context) j++;
    const fromStart = Math.max(0, ranges[i]!.from[0] - context);
    const toStart = Math.max(0, ranges[i]!.to[0] - context);
    const fromEnd = Math.min(a.length, ranges[j]!.from[1] + context);
    const toEnd = Math.min(b.length, ranges[j]!.to[1] + context);
    const hunk: string[] = [];
    let at = fromStart;
    for (let k = i; k <= j; k++) {
      const { from, to } = ranges[k]!;
      for (; at < from[0]; at++) emit(' ', a[at]!, hunk);
      for (let x = from[0]; x < from[1]; x++) emit('-', a[x]!, hunk);
      for (let x = to[0]; x < to[1]; x++) emit('+', b[x]!, hunk);
      at = from[1];
    }
    for (; at < fromEnd; at++) emit(' ', a[at]!, hunk);
    out.push(`@@ -${range(fromStart, fromEnd - fromStart)} +${range(toStart, toEnd - toStart)} @@`, ...hunk);
    i = j + 1;
  }
  return out.join('\n') + '\n';
}
