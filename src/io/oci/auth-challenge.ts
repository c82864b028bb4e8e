// WWW-Authenticate challenges (RFC 7235), as registries send them on 401.

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse WWW-Authenticate: one or more `scheme k=v, k="v"` challenges (token68 ignored). */
export function parseChallenges(value: string): Challenge[] {
  const out: Challenge[] = [];
  let cur: Challenge | undefined;
  let i = 0;
  const isTok = (c: string): boolean => /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(c);
  const skip = (chars: RegExp): void => {
    while (i < value.length && chars.test(value[i])) i++;
  };
  while (i < value.length) {
    skip(/[\s,]/);
    const start = i;
    while (i < value.length && isTok(value[i])) i++;
    if (i === start) {
      i++; // stray character: skip it rather than loop forever
      continue;
    }
    const name = value.slice(start, i);
    skip(/[ \t]/);
    if (value[i] !== '=') {
      cur = { scheme: name.toLowerCase(), params: {} };
      out.push(cur);
      continue;
    }
    i++;
    skip(/[ \t]/);
    let v = '';
    if (value[i] === '"') {
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < value.length) i++;
        v += value[i++];
      }
      i++;
    } else {
      const vs = i;
      while (i < value.length && value[i] !== ',' && !/\s/.test(value[i])) i++;
      v = value.slice(vs, i);
    }
    if (cur) cur.params[name.toLowerCase()] = v;
  }
  return out;
}
