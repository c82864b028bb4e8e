// Release notes and compare links for an upgrade, as Renovate and Dependabot give reviewers. Built
// from the registry entry's repository URL when it is a github.com repository; nothing is fetched,
// so a link may lead to a missing page when the project tags its sources differently from its images.

import { encodePathSegment } from './source-link.js';

export interface ReleaseLinks {
  /** `https://github.com/OWNER/REPO/releases/tag/<candidate tag>` */
  releaseNotes: string;
  /** `https://github.com/OWNER/REPO/compare/<current tag>...<candidate tag>`, when both are tags. */
  compare?: string;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** `https://github.com/OWNER/REPO` for a github.com repository URL (`.git`, sub-paths and `www.` allowed), else undefined. */
export function githubRepositoryUrl(repositoryUrl: string | undefined): string | undefined {
  if (!repositoryUrl) return undefined;
  let url: URL;
  try {
    url = new URL(repositoryUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.port) return undefined;
  if (url.hostname !== 'github.com' && url.hostname !== 'www.github.com') return undefined;
  const [owner, rawRepo] = url.pathname.split('/').filter(Boolean);
  const repo = rawRepo?.replace(/\.git$/, '');
  if (!owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return undefined;
  return `https://github.com/${owner}/${repo}`;
}

/** Links for moving from `currentTag` to `candidateTag`, or undefined when the repository is not on github.com or there is no candidate tag. */
export function releaseLinks(
  repositoryUrl: string | undefined,
  currentTag: string | undefined,
  candidateTag: string | undefined
): ReleaseLinks | undefined {
  const base = githubRepositoryUrl(repositoryUrl);
  if (!base || !candidateTag) return undefined;
  const links: ReleaseLinks = { releaseNotes: `${base}/releases/tag/${encodePathSegment(candidateTag)}` };
  if (currentTag) links.compare = `${base}/compare/${encodePathSegment(currentTag)}...${encodePathSegment(candidateTag)}`;
  return links;
}
