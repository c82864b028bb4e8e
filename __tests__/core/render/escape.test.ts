import { escapeJsonText } from '../../../src/core/render/escape/json-output.js';
import { safeLogger, terminalLine } from '../../../src/core/render/escape/terminal.js';
import { utf8Bytes } from '../../../src/core/render/escape/utf8-bytes.js';
import { annotationMessage, annotationProperties } from '../../../src/core/render/escape/workflow-command.js';
import { escapeMarkdown, inlineCode, oneLine, tableCell } from '../../../src/core/render/markdown-escape.js';
import { commandLines, outputLines } from '../../helpers/hostile-inputs.js';

const LINE_BREAKS = ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'];
/** [U+XXXX label, character] pairs, so test names print no raw control. */
const labelled = (chars: string[]): [string, string][] =>
  chars.map((c) => [[...c].map((u) => `U+${u.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' '), c]);
const INVISIBLE = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060'
];

describe('terminalLine', () => {
  test.each(labelled(LINE_BREAKS))('a line break %s cannot start a new line', (_label, br) => {
    const out = terminalLine(`x${br}::stop-commands::T`);
    expect(outputLines(out)).toHaveLength(1);
    expect(commandLines(out)).toEqual([]);
  });

  test('controls are shown the way JavaScript writes them', () => {
    expect(terminalLine('a\nb\rc\td\u001be\u007ff\u0085g\u0000')).toBe('a\\nb\\rc\\td\\x1be\\x7ff\\x85g\\x00');
    expect(terminalLine('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z');
  });

  test.each(labelled(INVISIBLE))('bidi and zero-width character %s is shown as an escape', (_label, ch) => {
    const out = terminalLine(`a${ch}b`);
    expect(out).toBe(`a\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}b`);
  });

  test('a leading `::` (after spaces) and the legacy `##[` marker are escaped; ordinary text is unchanged', () => {
    expect(terminalLine('::add-mask::x')).toBe('\\x3a:add-mask::x');
    expect(terminalLine('  ::add-mask::x')).toBe('  \\x3a:add-mask::x');
    expect(terminalLine('a ##[set-output name=x;]1')).toBe('a ##\\x5bset-output name=x;]1');
    expect(terminalLine('[::1]:5000/a/b:1.0 名前 🚀 a:b')).toBe('[::1]:5000/a/b:1.0 名前 🚀 a:b');
    expect(terminalLine('Ünïcödé — “quotes”')).toBe('Ünïcödé — “quotes”');
  });

  test('astral format characters (tags) and lone surrogates are escaped too', () => {
    expect(terminalLine('a\u{e0041}b')).toBe('a\\u{e0041}b');
    expect(terminalLine('a\ud800b')).toBe('a\\ud800b');
  });

  test('safeLogger makes every message one line before the sink sees it', () => {
    const seen: string[] = [];
    const log = safeLogger({ info: (m) => seen.push(`I ${m}`), warning: (m) => seen.push(`W ${m}`), debug: (m) => seen.push(`D ${m}`) });
    log.info('registry: skipped a\n::stop-commands::T');
    log.warning('::error::x');
    log.debug('sigstore: img\r::add-mask::y');
    expect(seen).toEqual(['I registry: skipped a\\n::stop-commands::T', 'W \\x3a:error::x', 'D sigstore: img\\r::add-mask::y']);
  });
});

describe('workflow-command channel', () => {
  test('the message and title are one line; the file stays the real path (the runner unescapes it)', () => {
    expect(annotationMessage('x\n::stop-commands::T')).toBe('x\\n::stop-commands::T');
    expect(annotationProperties({ title: 'a\u202eb\nc', file: 'dir/n\n::x.yaml', startLine: 3 })).toEqual({
      title: 'a\\u202eb\\nc',
      file: 'dir/n\n::x.yaml',
      startLine: 3
    });
    expect(annotationProperties({ file: 'a.json' })).toEqual({ file: 'a.json' });
  });
});

describe('JSON text', () => {
  test('separators, bidi and the legacy marker become \\u escapes; the parsed value is unchanged', () => {
    const value = { name: 'a\u2028b\u2029c\u0085d\u202ee\u200bf ##[add-mask]g \u{e0041} 名前' };
    const text = escapeJsonText(JSON.stringify(value));
    expect(text).not.toMatch(/[\u0085\u2028\u2029\u202e\u200b]|##\[|\u{e0041}/u);
    expect(JSON.parse(text)).toEqual(value);
    expect(escapeJsonText(JSON.stringify({ a: '名前 🚀' }))).toBe('{"a":"名前 🚀"}');
  });
});

describe('markdown channel', () => {
  test('bidi and zero-width characters are shown as escapes, so a name cannot be disguised', () => {
    expect(oneLine('\u202eevil\u200b')).toBe('\\u202eevil\\u200b');
    expect(inlineCode('a\u2066b')).toBe('`a\\u2066b`');
    expect(escapeMarkdown('a\u202eb')).toBe('a\\\\u202eb');
  });

  test('no control character or separator can end a table row', () => {
    for (const br of LINE_BREAKS) {
      expect(outputLines(tableCell(`a${br}| b`))).toHaveLength(1);
      expect(outputLines(inlineCode(`a${br}b`))).toHaveLength(1);
      expect(outputLines(escapeMarkdown(`a${br}b`))).toHaveLength(1);
    }
    expect(oneLine('a\u001bb\u0000c')).toBe('a\\x1bb\\x00c');
  });

  test('code spans cannot carry the legacy `##[` marker into a job log', () => {
    expect(inlineCode('##[add-mask]x')).toBe('`##\\x5badd-mask]x`');
  });
});

describe('utf8Bytes', () => {
  test('counts UTF-8 bytes as GitHub does', () => {
    for (const s of ['', 'abc', 'é', '日本語', '🚀', 'a🚀b日', '\ud800']) {
      expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });
});
