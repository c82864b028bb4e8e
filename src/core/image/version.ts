// Port of golang.org/x/mod/semver (IsValid, Canonical, Compare) and ToolHive's normalizeSemver
// (pkg/workloads/upgrade/version.go). npm `semver` is not used: it rejects the vMAJOR / vMAJOR.MINOR
// shorthands that x/mod accepts and coerces forms that x/mod rejects, and the verdicts must match thv.

interface Parsed {
  major: string;
  minor: string;
  patch: string;
  /** What Canonical appends to a shorthand: ".0.0", ".0" or "". */
  short: string;
  prerelease: string;
  build: string;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// [0-9A-Za-z-]
const isIdentChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 45;

/** Length of the leading decimal number at `from` (no leading zeros), or -1. */
function intLength(v: string, from: number): number {
  if (from >= v.length || !isDigit(v.charCodeAt(from))) return -1;
  let i = from + 1;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  if (v.charCodeAt(from) === 48 && i !== from + 1) return -1;
  return i - from;
}

/** All-digit identifier with a leading zero (illegal in a prerelease). */
function isBadNum(s: string): boolean {
  if (s.length < 2 || s.charCodeAt(0) !== 48) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

function isNum(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** End index of a dot-separated identifier list starting after v[from] ('-' or '+'), or -1. */
function identListEnd(v: string, from: number, stopAtPlus: boolean, rejectBadNum: boolean): number {
  let i = from + 1;
  let start = i;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (stopAtPlus && c === 43) break;
    if (c === 46) {
      if (start === i || (rejectBadNum && isBadNum(v.slice(start, i)))) return -1;
      start = i + 1;
    } else if (!isIdentChar(c)) {
      return -1;
    }
  }
  if (start === i || (rejectBadNum && isBadNum(v.slice(start, i)))) return -1;
  return i;
}

function parse(v: string): Parsed | undefined {
  if (v.length === 0 || v.charCodeAt(0) !== 118 /* v */) return undefined;
  let pos = 1;
  let n = intLength(v, pos);
  if (n < 0) return undefined;
  const major = v.slice(pos, pos + n);
  pos += n;
  if (pos === v.length) return { major, minor: '0', patch: '0', short: '.0.0', prerelease: '', build: '' };
  if (v.charCodeAt(pos) !== 46) return undefined;
  n = intLength(v, ++pos);
  if (n < 0) return undefined;
  const minor = v.slice(pos, pos + n);
  pos += n;
  if (pos === v.length) return { major, minor, patch: '0', short: '.0', prerelease: '', build: '' };
  if (v.charCodeAt(pos) !== 46) return undefined;
  n = intLength(v, ++pos);
  if (n < 0) return undefined;
  const patch = v.slice(pos, pos + n);
  pos += n;
  let prerelease = '';
  let build = '';
  if (pos < v.length && v.charCodeAt(pos) === 45 /* - */) {
    const end = identListEnd(v, pos, true, true);
    if (end < 0) return undefined;
    prerelease = v.slice(pos, end);
    pos = end;
  }
  if (pos < v.length && v.charCodeAt(pos) === 43 /* + */) {
    const end = identListEnd(v, pos, false, false);
    if (end < 0) return undefined;
    build = v.slice(pos, end);
    pos = end;
  }
  if (pos !== v.length) return undefined;
  return { major, minor, patch, short: '', prerelease, build };
}

/** semver.IsValid: `v` required; vMAJOR and vMAJOR.MINOR are valid shorthands. */
export function isValid(v: string): boolean {
  return parse(v) !== undefined;
}

/** semver.Canonical: fills in .MINOR/.PATCH, drops build metadata; "" when invalid. */
export function canonical(v: string): string {
  const p = parse(v);
  if (!p) return '';
  if (p.build !== '') return v.slice(0, v.length - p.build.length);
  return v + p.short;
}

// Numbers have no leading zeros, so a longer one is larger.
function compareInt(x: string, y: string): -1 | 0 | 1 {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : 1;
}

function comparePrerelease(x: string, y: string): -1 | 0 | 1 {
  if (x === y) return 0;
  if (x === '') return 1;
  if (y === '') return -1;
  // Both start with '-'; drop it and walk the dot-separated identifiers.
  const xs = x.slice(1).split('.');
  const ys = y.slice(1).split('.');
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const dx = xs[i] as string;
    const dy = ys[i] as string;
    if (dx === dy) continue;
    const ix = isNum(dx);
    const iy = isNum(dy);
    if (ix !== iy) return ix ? -1 : 1;
    if (ix && dx.length !== dy.length) return dx.length < dy.length ? -1 : 1;
    return dx < dy ? -1 : 1;
  }
  return xs.length < ys.length ? -1 : 1;
}

/**
 * semver.Compare: -1 if a < b, 0 if equal, +1 if a > b. An invalid version is less than any
 * valid one; two invalid versions are equal.
 */
export function compare(a: string, b: string): -1 | 0 | 1 {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa && !pb) return 0;
  if (!pa) return -1;
  if (!pb) return 1;
  return (
    compareInt(pa.major, pb.major) ||
    compareInt(pa.minor, pb.minor) ||
    compareInt(pa.patch, pb.patch) ||
    comparePrerelease(pa.prerelease, pb.prerelease)
  );
}

/**
 * ToolHive's normalizeSemver: "1.2.3" → "v1.2.3", "V1.2.3" → "v1.2.3", anything else unchanged.
 * Only the first character is looked at; validity is decided afterwards by isValid.
 */
export function normalizeSemver(tag: string): string {
  if (tag === '') return tag;
  const c = tag.charCodeAt(0);
  if (c === 118 /* v */) return tag;
  if (c === 86 /* V */) return 'v' + tag.slice(1);
  if (isDigit(c)) return 'v' + tag;
  return tag;
}
