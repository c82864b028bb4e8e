import { locateJsonError } from '../../../src/core/text/json-error.js';

describe('locateJsonError', () => {
  test('reasons for the first syntax error', () => {
    expect(locateJsonError('{"a": "x\ny"}').reason).toMatch(/control character/);
    expect(locateJsonError('\ufeff{}').reason).toMatch(/byte order mark/);
    expect(locateJsonError('{"a": tru}').reason).toBe('unexpected character "t"');
    expect(locateJsonError('{"a": 1} x').reason).toBe('unexpected content after the JSON value');
    expect(locateJsonError('{"a": ').reason).toBe('unexpected end of input');
  });

  test('offsets point at the offending character', () => {
    expect(locateJsonError('{"a": 1,}')).toEqual({ offset: 8, reason: 'expected a double-quoted property name' });
    expect(locateJsonError('[1 2]')).toEqual({ offset: 3, reason: "expected ',' or ']' after array element" });
    expect(locateJsonError('{"a" 1}')).toEqual({ offset: 5, reason: "expected ':' after property name" });
    expect(locateJsonError('"\\x"')).toEqual({ offset: 1, reason: 'invalid escape in string' });
    expect(locateJsonError('"abc')).toEqual({ offset: 4, reason: 'unexpected end of input' });
  });

  test('finds the error in input nested deeper than the call stack allows', () => {
    const text = `{"data":${'['.repeat(100_000)}${']'.repeat(99_999)}}`;
    expect(locateJsonError(text)).toEqual({ offset: text.length - 1, reason: "expected ',' or ']' after array element" });
    const closed = `{"data":${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(locateJsonError(closed)).toEqual({ offset: closed.length, reason: 'unexpected end of input' });
  });

  test('nested objects and arrays are walked to the first error', () => {
    expect(locateJsonError('{"a": [1, {"b": [true, null, "x"]}, {}], "c": {"d": []}, "e": 1 2}')).toEqual({
      offset: 64,
      reason: "expected ',' or '}' after property value"
    });
    expect(locateJsonError('[{"a": 1}, [2, [3, {"b": }]]]')).toEqual({ offset: 25, reason: 'unexpected character "}"' });
  });
});
