// The base commit's tree, read once per run and only when a PR needs a new commit: its sha (the
// Git Data API's `base_tree`) and its entries, against which every file a PR edits is checked
// (core/pr/committed) so a PR carries only edits of committed content.

import { requireCommitted, type CommittedEntry } from '../core/pr/committed.js';
import type { FileChange } from '../core/pr/plan.js';
import type { FileContent, GitHubClient, TreeEntry } from '../io/github/client.js';

export class BaseTree {
  private treeSha: Promise<string> | undefined;
  private listing: Promise<{ entries: Map<string, TreeEntry>; truncated: boolean }> | undefined;
  /** Non-recursive listings by tree sha, for repositories too large for one recursive listing. */
  private readonly subtrees = new Map<string, Promise<TreeEntry[]>>();

  constructor(
    private readonly gh: GitHubClient,
    private readonly baseSha: string
  ) {}

  sha(): Promise<string> {
    this.treeSha ??= this.gh.getCommitTree(this.baseSha);
    return this.treeSha;
  }

  private async entry(path: string): Promise<CommittedEntry | undefined> {
    this.listing ??= this.sha().then(async (sha) => {
      const { entries, truncated } = await this.gh.getTree(sha, true);
      return { entries: new Map(entries.map((e) => [e.path, e])), truncated };
    });
    const { entries, truncated } = await this.listing;
    const found = entries.get(path);
    if (found || !truncated) return found;
    // GitHub cut the listing short: walk down to the file one directory at a time.
    let tree = await this.sha();
    const parts = path.split('/');
    for (const [i, part] of parts.entries()) {
      let list = this.subtrees.get(tree);
      if (!list) this.subtrees.set(tree, (list = this.gh.getTree(tree, false).then((t) => t.entries)));
      const e = (await list).find((x) => x.path === part);
      if (!e || i === parts.length - 1) return e;
      if (e.type !== 'tree') return undefined;
      tree = e.sha;
    }
    return undefined;
  }

  /**
   * The files to commit, each with the mode it has in the base commit. Refuses (naming the file)
   * when the workspace text a file was edited from (by repository path) is not that commit's
   * regular-file content.
   */
  async committedEdits(files: readonly FileChange[], workspaceTextByPath: ReadonlyMap<string, string>): Promise<FileContent[]> {
    const out: FileContent[] = [];
    for (const f of files) {
      const mode = requireCommitted(f.path, workspaceTextByPath.get(f.path) ?? '', await this.entry(f.path), this.baseSha);
      out.push({ ...f, mode });
    }
    return out;
  }
}
