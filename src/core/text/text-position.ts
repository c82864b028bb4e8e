// Offsets are cheap to carry; line/column are what a person (and a GitHub annotation) needs.

export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// A file with many documents asks for many positions in the same text: index its lines once, so
// the cost stays linear in the file's size rather than growing with documents × size.
let indexedText: string | undefined;
let indexedStarts: number[] = [];

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  if (text !== indexedText) {
    // A short scan beats building an index for a single position in a small file.
    if (offset < 4096) return scanTo(text, offset);
    indexedText = text;
    indexedStarts = lineStarts(text);
  }
  const starts = indexedStarts;
  let lo = 0;
  let hi = starts.length - 1;
  // The last line start at or before the offset (a newline itself belongs to the line it ends).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function scanTo(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  let i = text.indexOf('\n');
  while (i !== -1 && i < offset) {
    line++;
    lineStart = i + 1;
    i = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}
