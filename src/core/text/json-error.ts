// Where a text stops being JSON. JSON.parse's messages do not always carry a position (and V8's
// quote the input), so after a failed parse this scanner walks the RFC 8259 grammar, as JSON.parse
// applies it, to the first offending character. Pure; callers parse first and locate only on failure.

export interface JsonErrorLocation {
  /** UTF-16 offset of the first character that cannot be JSON (the text's length at end of input). */
  offset: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {}
}

const OBJECT = 0;
const ARRAY = 1;

/** Offset and reason of the first JSON syntax error (RFC 8259 grammar, as JSON.parse applies it). */
export function locateJsonError(text: string): JsonErrorLocation {
  const n = text.length;
  let i = 0;
  const fail = (reason: string): never => {
    throw new Stop(i, i >= n ? 'unexpected end of input' : reason);
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character in string (escape it)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail('invalid escape in string');
      } else i++;
    }
  };

  /** A scalar at `i`; containers are handled by the caller's loop. */
  const scalar = (c: string | undefined): void => {
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      number.lastIndex = i;
      const m = number.exec(text);
      if (!m) fail('invalid number');
      i += m![0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail(c === '\ufeff' ? 'byte order mark (save the file as UTF-8 without BOM)' : `unexpected character ${JSON.stringify(c)}`);
  };

  const memberName = () => {
    ws();
    if (text[i] !== '"') fail('expected a double-quoted property name');
    string();
    ws();
    if (text[i] !== ':') fail("expected ':' after property name");
    i++;
  };

  // An explicit stack of open containers: hostile input nests thousands deep, and a recursive
  // descent would overflow the call stack on it.
  const value = (): void => {
    const open: number[] = [];
    let expectValue = true;
    for (;;) {
      if (expectValue) {
        ws();
        const c = text[i];
        if (c === '{' || c === '[') {
          i++;
          ws();
          const close = c === '{' ? '}' : ']';
          if (text[i] === close) {
            i++;
          } else {
            open.push(c === '{' ? OBJECT : ARRAY);
            if (c === '{') memberName();
            continue;
          }
        } else {
          scalar(c);
        }
        expectValue = false;
      }
      if (open.length === 0) return;
      const top = open[open.length - 1];
      ws();
      if (text[i] === ',') {
        i++;
        if (top === OBJECT) memberName();
        expectValue = true;
        continue;
      }
      if (text[i] === (top === OBJECT ? '}' : ']')) {
        i++;
        open.pop();
        continue;
      }
      fail(top === OBJECT ? "expected ',' or '}' after property value" : "expected ',' or ']' after array element");
    }
  };

  try {
    value();
    ws();
    if (i < n) fail('unexpected content after the JSON value');
    return { offset: n, reason: 'invalid JSON' };
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}
