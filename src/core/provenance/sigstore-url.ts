// Which sigstore instance an entry's `sigstore_url` names. Only the public-good instance is
// supported (the only value in real catalog data); a user-supplied trusted root replaces it. Pure.

export const PUBLIC_GOOD_TUF_HOST = 'tuf-repo-cdn.sigstore.dev';

export type SigstoreInstance = { kind: 'public-good' } | { kind: 'unsupported'; host: string };

export function classifySigstoreUrl(url: string | undefined): SigstoreInstance {
  // ToolHive compares the bare string; tolerate a scheme and a trailing slash, nothing else.
  const host = (url ?? '')
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  if (host === '' || host === PUBLIC_GOOD_TUF_HOST) return { kind: 'public-good' };
  return { kind: 'unsupported', host };
}
