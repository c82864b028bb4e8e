import { unifiedDiff } from '../../../src/core/text/unified-diff.js';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('unifiedDiff', () => {
  test('equal texts: nothing', () => {
    expect(unifiedDiff('f', 'a\n', 'a\n')).toBe('');
  });

  test('one changed line with three lines of context', () => {
    const before = numbered(10);
    const after = [...before];
    after[4] = 'LINE 5';
    expect(unifiedDiff('f.yaml', before.join('\n') + '\n', after.join('\n') + '\n')).toBe(
      [
        '--- a/f.yaml',
        '+++ b/f.yaml',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+LINE 5',
        ' line 6',
        ' line 7',
        ' line 8',
        ''
      ].join('\n')
    );
  });

  test('changes far apart get their own hunks; close ones share one', () => {
    const before = numbered(30);
    const after = [...before];
    after[1] = 'x';
    after[5] = 'y';
    after[25] = 'z';
    const diff = unifiedDiff('f', before.join('\n') + '\n', after.join('\n') + '\n');
    expect(diff.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,9 +1,9 @@', '@@ -23,7 +23,7 @@']);
  });

  test('a last line without a newline is marked, and CRLF is not shown as a change', () => {
    const diff = unifiedDiff('f', 'a\r\nb\r\nimage: x:1', 'a\r\nb\r\nimage: x:2');
    expect(diff).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,3 +1,3 @@',
        ' a',
        ' b',
        '-image: x:1',
        '\\ No newline at end of file',
        '+image: x:2',
        '\\ No newline at end of file',
        ''
      ].join('\n')
    );
  });

  test('a change in the number of lines is one hunk between the common lines', () => {
    const diff = unifiedDiff('f', 'a\nb\nc\n', 'a\nb1\nb2\nc\n');
    expect(diff).toBe(['--- a/f', '+++ b/f', '@@ -1,3 +1,4 @@', ' a', '-b', '+b1', '+b2', ' c', ''].join('\n'));
  });
});
