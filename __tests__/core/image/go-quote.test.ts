import { goQuote } from '../../../src/core/image/go-quote.js';

describe('goQuote (Go %q)', () => {
  test.each([
    ['ghcr.io/example/server:1.0.0', '"ghcr.io/example/server:1.0.0"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\n\t\r', '"\\n\\t\\r"'],
    ['\x07\b\f\v', '"\\a\\b\\f\\v"'],
    ['\x01', '"\\x01"'],
    ['\x7f', '"\\x7f"'],
    ['é', '"é"'],
    ['😀', '"😀"'],
    ['\u00a0', '"\\u00a0"'],
    ['\u200b', '"\\u200b"'],
    ['\u{e0001}', '"\\U000e0001"'],
    ['\ud800', '"\uFFFD"']
  ])('goQuote(%j) = %s', (input, want) => {
    expect(goQuote(input)).toBe(want);
  });

  test('printable ASCII matches JSON.stringify', () => {
    let s = '';
    for (let c = 0x20; c < 0x7f; c++) s += String.fromCharCode(c);
    expect(goQuote(s)).toBe(JSON.stringify(s));
  });
});
