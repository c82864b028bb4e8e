// Offsets are cheap to carry; line/column are what a person (and a GitHub annotation) needs.

export interface LineColumn {
  line: number;
  column: number;
}

/** 1-based line and column of a UTF-16 offset. Scans only up to the offset: manifests are small. */
export function lineColumnAt(text: string, offset: number): LineColumn {
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
