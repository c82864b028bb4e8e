// Glob checks for policy files: a pattern that cannot mean what its author intended is an error
// when the file is read, not a rule that silently never matches.

export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'an empty glob matches nothing';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) return `unclosed "[" at position ${i + 1}`;
      i = end;
    } else if (c === '{') braces++;
    else if (c === '}') {
      if (braces === 0) return `"}" without "{" at position ${i + 1}`;
      braces--;
    }
  }
  if (braces > 0) return 'unclosed "{"';
  return undefined;
}
