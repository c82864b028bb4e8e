// Links from a report to a manifest line at the commit that was checked. The values come from the
// runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA); anything unexpected in
// them means no link rather than a link somewhere else.

/** Where the checked files live; every field must be present and well-formed for links to appear. */
export interface SourceLinks {
  serverUrl?: string;
  repository?: string;
  sha?: string;
}

const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/** encodeURIComponent plus the characters it leaves that end or confuse a markdown link destination. */
export function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `https://github.com/OWNER/REPO/blob/<sha>/<path>#L<line>`, or undefined when the location is not
 * complete or the file is not a plain repository-relative path.
 */
export function blobUrl(links: SourceLinks | undefined, file: string, line?: number): string | undefined {
  if (!links?.serverUrl || !links.repository || !links.sha) return undefined;
  if (!SERVER_URL.test(links.serverUrl) || !REPOSITORY.test(links.repository) || !SHA.test(links.sha)) return undefined;
  const path = file.replace(/^(\.\/)+/, '');
  const segments = path.split('/');
  if (path === '' || /^[A-Za-z]:/.test(path) || path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..'))
    return undefined;
  const repository = links.repository.split('/').map(encodePathSegment).join('/');
  const anchor = line && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${links.serverUrl.replace(/\/$/, '')}/${repository}/blob/${links.sha}/${segments.map(encodePathSegment).join('/')}${anchor}`;
}
