// ggcr's checkElement and the alphabets of a reference's parts (repository, tag, digest).

// The alphabets are quoted verbatim in ggcr's error messages.
const REPOSITORY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-./';
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-.ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGEST_CHARS = 'sh:0123456789abcdef';
const REPOSITORY_RE = /^[a-z0-9_\-./]*$/;
const TAG_RE = /^[A-Za-z0-9_\-.]*$/;
const DIGEST_RE = /^[sh:0-9a-f]*$/;

function countRunes(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** ggcr checkElement: length in runes first, then the alphabet. */
function checkElement(kind: string, element: string, re: RegExp, allowed: string, min: number, max: number): string | undefined {
  const charsOk = re.test(element);
  // An accepted alphabet is ASCII, so .length is the rune count.
  if (charsOk && element.length >= min && element.length <= max) return undefined;
  const n = charsOk ? element.length : countRunes(element);
  if (n < min || n > max) return `${kind} must be between ${min} and ${max} characters in length: ${element}`;
  return `${kind} can only contain the characters \`${allowed}\`: ${element}`;
}

/** Why `repo` is not a repository path, or undefined. */
export const checkRepository = (repo: string): string | undefined =>
  checkElement('repository', repo, REPOSITORY_RE, REPOSITORY_CHARS, 2, 255);

/** Why `tag` is not a tag, or undefined. */
export const checkTag = (tag: string): string | undefined => checkElement('tag', tag, TAG_RE, TAG_CHARS, 1, 127);

/** Why `digest` is not a digest (only length and alphabet, as in ggcr), or undefined. */
export const checkDigest = (digest: string): string | undefined => checkElement('digest', digest, DIGEST_RE, DIGEST_CHARS, 71, 71);
