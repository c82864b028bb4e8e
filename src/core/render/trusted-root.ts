/** Which sigstore trusted root checked the signatures, in words ('tuf', 'embedded' or a file path). */
export function describeTrustedRoot(root: string, quote: (s: string) => string = (s) => s): string {
  if (root === 'tuf') return 'the public-good sigstore trusted root (TUF)';
  if (root === 'embedded') return 'the public-good sigstore trusted root shipped with @sigstore/tuf (TUF was unreachable)';
  return `the trusted root ${quote(root)}`;
}
