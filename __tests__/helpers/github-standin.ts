// A local stand-in for the GitHub REST endpoints PR mode uses, on 127.0.0.1 with a random port.
// Git data lives in a REAL bare repository (written with git plumbing), so tests can `git clone`
// the branch the Action made and inspect its commit byte for byte; PRs, comments and labels live in
// memory. Every request is logged (to count calls), and faults can be injected per route.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, existsSync, symlinkSync, chmodSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LoggedRequest {
  method: string;
  /** Decoded path without the query, e.g. `/repos/o/r/branches/toolhive-upgrade/all`. */
  path: string;
  /** Route name, e.g. `GET branch`, `POST tree`; stable for counting. */
  route: string;
  /** Path as requested, before the GHES `/api/v3` prefix is stripped. */
  rawPath: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  at: number;
  authorization: string | undefined;
}

export interface FaultRule {
  /** Route name as in LoggedRequest.route (e.g. `POST pulls`), or a predicate. */
  route: string | ((r: { method: string; path: string; route: string }) => boolean);
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Extra fields for the JSON error body (e.g. `errors`). */
  extra?: Record<string, unknown>;
}

export interface StandinPull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  draft: boolean;
  head: string;
  base: string;
  labels: string[];
  assignees: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  merged: boolean;
  /** Head SHA when closed (the branch may be gone since). */
  closedHeadSha?: string;
  createdAt: number;
  /** Login of who opened it (`user.login`). */
  user: string;
}

export interface StandinComment {
  id: number;
  issue: number;
  body: string;
  /** Login of who wrote it (`user.login`). */
  user: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface StandinOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch. */
  files: Record<string, string>;
  /** Symbolic links of the first commit: path → link target (committed as mode 120000). */
  symlinks?: Record<string, string>;
  /** Files of `files` committed as executable (mode 100755). */
  executables?: string[];
  /** The login every API token acts as (GraphQL `viewer`, `user.login` of what it creates). Default `github-actions[bot]`. */
  viewer?: string;
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Seed Person',
  GIT_AUTHOR_EMAIL: 'seed@example.test',
  GIT_COMMITTER_NAME: 'Seed Person',
  GIT_COMMITTER_EMAIL: 'seed@example.test'
};

function git(cwd: string, args: string[], input?: string, env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    input,
    env: { ...process.env, ...GIT_ENV, ...env },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe']
  }).replace(/\n$/, '');
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message);
  }
}

export class GitHubStandin {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly bareDir: string;
  readonly requests: LoggedRequest[] = [];
  readonly pulls = new Map<number, StandinPull>();
  readonly comments: StandinComment[] = [];
  /** Every commit created through the API, with whether author/committer were passed. */
  readonly apiCommits: { sha: string; hadAuthor: boolean; hadCommitter: boolean }[] = [];
  /** Branch names where updates fail as GitHub's branch protection does. */
  readonly protectedBranches = new Set<string>();
  /** Entries a recursive tree listing returns before it is `truncated` (GitHub: 100,000). */
  treeListingLimit = 100_000;
  /** The login API calls act as; `viewer` answers with it unless `viewerFails` is set. */
  viewer: string;
  /** Like GitHub for a GITHUB_TOKEN with `GET /user`: the viewer query is refused. */
  viewerFails = false;
  private readonly root: string;
  private readonly faults: FaultRule[] = [];
  private server!: Server;
  private port = 0;
  private nextNumber = 1;
  private nextCommentId = 1000;
  private clock = 0;

  private constructor(options: StandinOptions) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'mcp-deploy';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.viewer = options.viewer ?? 'github-actions[bot]';
    this.root = mkdtempSync(path.join(tmpdir(), 'gh-standin-'));
    this.bareDir = path.join(this.root, 'origin.git');
    git(this.root, ['init', '-q', '--bare', '-b', this.defaultBranch, this.bareDir]);
    const work = this.tempDir('seed');
    git(work, ['init', '-q', '-b', this.defaultBranch]);
    for (const [file, content] of Object.entries(options.files)) this.writeWorkFile(work, file, content);
    for (const file of options.executables ?? []) chmodSync(path.join(work, file), 0o755);
    for (const [file, target] of Object.entries(options.symlinks ?? {})) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      symlinkSync(target, path.join(work, file));
    }
    git(work, ['add', '-A']);
    // A fixed date: equal files give an equal seed commit, so two stand-ins can be compared run for run.
    git(work, ['commit', '-q', '-m', 'Seed manifests'], undefined, {
      GIT_AUTHOR_DATE: '1700000000 +0000',
      GIT_COMMITTER_DATE: '1700000000 +0000'
    });
    git(work, ['push', '-q', this.bareDir, `HEAD:refs/heads/${this.defaultBranch}`]);
    rmSync(work, { recursive: true, force: true });
  }

  static async start(options: StandinOptions): Promise<GitHubStandin> {
    const s = new GitHubStandin(options);
    await s.listen();
    return s;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.root, { recursive: true, force: true });
  }

  // ---- test helpers -------------------------------------------------------------------------

  fail(rule: FaultRule): void {
    this.faults.push({ times: 1, ...rule });
  }

  /** The next request on `route` gets GitHub's secondary-rate-limit answer: 403 with Retry-After. */
  secondaryRateLimit(route: FaultRule['route'], retryAfterSeconds = 1): void {
    this.fail({
      route,
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': String(retryAfterSeconds) }
    });
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  /** Route names of the logged requests, in order. */
  routes(): string[] {
    return this.requests.map((r) => r.route);
  }

  tempDir(name: string): string {
    const dir = mkdtempSync(path.join(this.root, `${name}-`));
    return dir;
  }

  headOf(branch: string): string | null {
    try {
      return git(this.bareDir, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`]);
    } catch {
      return null;
    }
  }

  branches(): string[] {
    const out = git(this.bareDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']);
    return out === '' ? [] : out.split('\n');
  }

  commit(sha: string): CommitInfo {
    const raw = git(this.bareDir, ['cat-file', 'commit', sha]);
    const [header, ...rest] = raw.split('\n\n');
    const lines = header!.split('\n');
    return {
      sha,
      tree: lines.find((l) => l.startsWith('tree '))!.slice(5),
      parents: lines.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      message: `${rest.join('\n\n')}\n`
    };
  }

  /** Exact bytes of `file` at `rev` in the bare repository. */
  show(rev: string, file: string): Buffer {
    return execFileSync('git', ['show', `${rev}:${file}`], { cwd: this.bareDir, env: { ...process.env, ...GIT_ENV } });
  }

  /** A real `git clone` of one branch into a temp dir, or into `dir` (as actions/checkout with `path:`). */
  clone(branch: string, into?: string): string {
    const dir = into ?? path.join(this.tempDir('clone'), 'repo');
    git(this.root, ['clone', '-q', '--branch', branch, this.bareDir, dir]);
    return dir;
  }

  /** Commits `files` (path → content) on top of `branch` as a person would, with a real `git push`. */
  pushCommit(branch: string, files: Record<string, string>, message: string): string {
    const dir = this.clone(branch);
    for (const [file, content] of Object.entries(files)) this.writeWorkFile(dir, file, content);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', message], undefined, { GIT_AUTHOR_NAME: 'A Person', GIT_COMMITTER_NAME: 'A Person' });
    git(dir, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
    return git(dir, ['rev-parse', 'HEAD']);
  }

  /** Creates (or moves) `branch` to point at `sha`, as a push of that commit would. */
  setBranch(branch: string, sha: string): void {
    git(this.bareDir, ['update-ref', `refs/heads/${branch}`, sha]);
  }

  /** `git log -p --all` of the bare repository: every commit on every branch, with its diff. */
  logAll(): string {
    return git(this.bareDir, ['log', '-p', '--all']);
  }

  /** A comment a person writes in the web UI (not through the Action's token). */
  personComment(issue: number, body: string, user = 'mallory'): StandinComment {
    const c = { id: this.nextCommentId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  /** A PR a person opens in the web UI from an existing branch. */
  personPull(head: string, title: string, user = 'a-person', base = this.defaultBranch): StandinPull {
    return this.openPull({ title, body: '', draft: false, head, base, user });
  }

  /** Files a new open PR under the next number, as GitHub does for the web UI and the API alike. */
  private openPull(fields: Pick<StandinPull, 'title' | 'body' | 'draft' | 'head' | 'base' | 'user'>): StandinPull {
    const pr: StandinPull = {
      number: this.nextNumber++,
      state: 'open',
      ...fields,
      labels: [],
      assignees: [],
      requestedReviewers: [],
      requestedTeams: [],
      merged: false,
      createdAt: ++this.clock
    };
    this.pulls.set(pr.number, pr);
    return pr;
  }

  /** Branches, heads' trees and messages, and PRs without numbers or SHAs that differ between equal runs. */
  snapshot(): unknown {
    return {
      branches: this.branches().map((b) => {
        const c = this.commit(this.headOf(b)!);
        return { branch: b, tree: c.tree, parents: c.parents, message: c.message };
      }),
      pulls: [...this.pulls.values()]
        .map((p) => ({
          state: p.state,
          title: p.title,
          body: p.body,
          draft: p.draft,
          head: p.head,
          base: p.base,
          labels: p.labels,
          assignees: p.assignees,
          requestedReviewers: p.requestedReviewers,
          requestedTeams: p.requestedTeams,
          merged: p.merged,
          user: p.user,
          headTree: p.state === 'open' ? this.commit(this.headOf(p.head)!).tree : undefined
        }))
        .sort((a, b) => (a.head < b.head ? -1 : a.head > b.head ? 1 : 0)),
      comments: this.comments.map((c) => ({ body: c.body, user: c.user, head: this.pulls.get(c.issue)?.head }))
    };
  }

  /** Merges a PR the way "Squash and merge" would: base gets the head's tree as a new commit. */
  squashMerge(number: number): string {
    const pr = this.pulls.get(number)!;
    const head = this.headOf(pr.head)!;
    const base = this.headOf(pr.base)!;
    const tree = this.commit(head).tree;
    const sha = git(this.bareDir, ['commit-tree', tree, '-p', base, '-m', pr.title]);
    git(this.bareDir, ['update-ref', `refs/heads/${pr.base}`, sha]);
    pr.state = 'closed';
    pr.merged = true;
    pr.closedHeadSha = head;
    return sha;
  }

  private writeWorkFile(dir: string, file: string, content: string): void {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const prefix = `/repos/${this.owner}/${this.repo}`;
    // GitHub Enterprise Server serves the API under /api/v3; accept both so tests can prove the base URL is honoured.
    const rawPath = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const decoded = decodeURIComponent(rawPath);
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const entry: LoggedRequest = {
      method,
      path: decoded,
      route: 'unknown',
      rawPath: url.pathname,
      query: url.searchParams,
      body,
      status: 0,
      at: Date.now(),
      authorization: req.headers.authorization
    };
    this.requests.push(entry);

    const send = (status: number, data?: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    try {
      // GraphQL lives at /graphql (GHES: /api/graphql); only the `viewer { login }` query is modelled.
      if (method === 'POST' && (decoded === '/graphql' || decoded === '/api/graphql')) {
        entry.route = 'POST graphql';
        const fault = this.takeFault(method, decoded, entry.route);
        if (fault) {
          send(fault.status, { message: fault.message ?? 'Injected failure', ...fault.extra }, fault.headers);
          return;
        }
        const query = String((body as { query?: unknown } | undefined)?.query ?? '');
        if (!/viewer\s*\{\s*login\s*\}/.test(query)) throw new HttpError(400, 'stand-in models only the viewer query');
        if (this.viewerFails) send(200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
        else send(200, { data: { viewer: { login: this.viewer } } });
        return;
      }
      if (!decoded.startsWith(`${prefix}/`)) throw new HttpError(404, 'Not Found');
      const rest = decoded.slice(prefix.length);
      const route = this.route(method, rest);
      entry.route = route.name;
      const fault = this.takeFault(method, decoded, route.name);
      if (fault) {
        send(
          fault.status,
          { message: fault.message ?? 'Injected failure', documentation_url: 'https://docs.github.com/rest', ...fault.extra },
          fault.headers
        );
        return;
      }
      const out = route.run(body as Record<string, unknown>, url.searchParams);
      send(out.status, out.data, out.headers);
    } catch (e) {
      if (e instanceof HttpError) send(e.status, { message: e.message, documentation_url: 'https://docs.github.com/rest', ...e.extra });
      else send(500, { message: `stand-in error: ${(e as Error).message}` });
    }
  }

  private takeFault(method: string, decoded: string, name: string): FaultRule | undefined {
    const fault = this.faults.find(
      (f) => (f.times ?? 1) > 0 && (typeof f.route === 'string' ? f.route === name : f.route({ method, path: decoded, route: name }))
    );
    if (fault) fault.times = (fault.times ?? 1) - 1;
    return fault;
  }

  private route(
    method: string,
    rest: string
  ): {
    name: string;
    run: (b: Record<string, unknown>, q: URLSearchParams) => { status: number; data?: unknown; headers?: Record<string, string> };
  } {
    let m: RegExpExecArray | null;
    const r = (
      name: string,
      run: (b: Record<string, unknown>, q: URLSearchParams) => { status: number; data?: unknown; headers?: Record<string, string> }
    ) => ({ name, run });
    if (method === 'GET' && (m = /^\/branches\/(.+)$/.exec(rest))) return r('GET branch', () => this.getBranch(m![1]!));
    if (method === 'GET' && (m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(rest)))
      return r('GET commit', () => ({ status: 200, data: this.commitJson(m![1]!) }));
    if (method === 'GET' && (m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(rest)))
      return r('GET tree', (_b, q) => this.getTree(m![1]!, q.has('recursive')));
    if (method === 'POST' && rest === '/git/trees') return r('POST tree', (b) => this.createTree(b));
    if (method === 'POST' && rest === '/git/commits') return r('POST commit', (b) => this.createCommit(b));
    if (method === 'POST' && rest === '/git/refs') return r('POST ref', (b) => this.createRef(b));
    if (method === 'PATCH' && (m = /^\/git\/refs\/heads\/(.+)$/.exec(rest))) return r('PATCH ref', (b) => this.updateRef(m![1]!, b));
    if (method === 'DELETE' && (m = /^\/git\/refs\/heads\/(.+)$/.exec(rest))) return r('DELETE ref', () => this.deleteRef(m![1]!));
    if (method === 'GET' && rest === '/pulls') return r('GET pulls', (_b, q) => this.listPulls(q));
    if (method === 'POST' && rest === '/pulls') return r('POST pulls', (b) => this.createPull(b));
    if (method === 'PATCH' && (m = /^\/pulls\/(\d+)$/.exec(rest))) return r('PATCH pull', (b) => this.updatePull(Number(m![1]), b));
    if (method === 'POST' && (m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(rest)))
      return r('POST reviewers', (b) => this.requestReviewers(Number(m![1]), b));
    if (method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(rest))) return r('PATCH issue', (b) => this.updateIssue(Number(m![1]), b));
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest)))
      return r('GET comments', (_b, q) => this.listComments(Number(m![1]), q));
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest)))
      return r('POST comment', (b) => this.createComment(Number(m![1]), b));
    return r(`${method} unknown`, () => {
      throw new HttpError(404, 'Not Found');
    });
  }

  private isCommit(sha: unknown): sha is string {
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) return false;
    try {
      return git(this.bareDir, ['cat-file', '-t', sha]) === 'commit';
    } catch {
      return false;
    }
  }

  private commitJson(sha: string): unknown {
    if (!this.isCommit(sha)) throw new HttpError(404, 'Not Found');
    const c = this.commit(sha);
    return { sha, message: c.message.replace(/\n$/, ''), tree: { sha: c.tree }, parents: c.parents.map((p) => ({ sha: p })) };
  }

  private getBranch(name: string) {
    const sha = this.headOf(name);
    if (!sha) throw new HttpError(404, 'Branch not found');
    const c = this.commit(sha);
    return {
      status: 200,
      data: {
        name,
        commit: {
          sha,
          commit: { message: c.message.replace(/\n$/, ''), tree: { sha: c.tree } },
          parents: c.parents.map((p) => ({ sha: p }))
        },
        protected: this.protectedBranches.has(name)
      }
    };
  }

  private getTree(sha: string, recursive: boolean) {
    let type = '';
    try {
      type = git(this.bareDir, ['cat-file', '-t', sha]);
    } catch {
      // unknown object
    }
    if (type !== 'tree' && type !== 'commit') throw new HttpError(404, 'Not Found');
    const out = execFileSync('git', ['ls-tree', '-z', ...(recursive ? ['-r', '-t'] : []), sha], {
      cwd: this.bareDir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8'
    });
    const all = out
      .split('\0')
      .filter((l) => l !== '')
      .map((line) => {
        const [meta, file] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
        const [mode, kind, object] = meta.split(' ');
        return { path: file, mode, type: kind, sha: object, url: `${this.url}/repos/${this.fullName}/git/${kind}s/${object}` };
      });
    const truncated = recursive && all.length > this.treeListingLimit;
    const tree = truncated ? all.slice(0, this.treeListingLimit) : all;
    const own = type === 'tree' ? sha : this.commit(sha).tree;
    return { status: 200, data: { sha: own, url: `${this.url}/repos/${this.fullName}/git/trees/${own}`, tree, truncated } };
  }

  private createTree(b: Record<string, unknown>) {
    const base = b.base_tree;
    if (base !== undefined) {
      let type = '';
      try {
        type = git(this.bareDir, ['cat-file', '-t', String(base)]);
      } catch {
        // unknown object
      }
      // GitHub wants a tree here; a commit SHA is refused, as documented.
      if (type !== 'tree') throw new HttpError(422, 'Invalid tree info', { errors: ['base_tree is not a valid tree oid'] });
    }
    const entries = Array.isArray(b.tree) ? (b.tree as Record<string, unknown>[]) : [];
    const index = path.join(this.root, `index-${process.hrtime.bigint()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (base !== undefined) git(this.bareDir, ['read-tree', String(base)], undefined, env);
      // Blobs for inline contents in one `hash-object --stdin-paths`, then one `update-index --index-info`.
      const staged = path.join(this.root, `blobs-${process.hrtime.bigint()}`);
      mkdirSync(staged);
      try {
        const inline: string[] = [];
        entries.forEach((e, i) => {
          const p = String(e.path ?? '');
          if (p === '' || p.startsWith('/') || p.split('/').some((s) => s === '..' || s === '.' || s === ''))
            throw new HttpError(422, 'Invalid tree info', { errors: [`invalid path ${p}`] });
          if (typeof e.content === 'string') {
            const f = path.join(staged, String(i));
            writeFileSync(f, e.content, 'utf8');
            inline.push(f);
          } else if (e.sha !== null && typeof e.sha !== 'string') throw new HttpError(422, 'Invalid tree info');
        });
        const blobs = inline.length
          ? git(this.bareDir, ['hash-object', '-w', '--no-filters', '--stdin-paths'], `${inline.join('\n')}\n`, env).split('\n')
          : [];
        let k = 0;
        const lines = entries.map((e) => {
          const p = String(e.path);
          if (e.sha === null) return `0 ${'0'.repeat(40)}\t${p}`;
          const blob = typeof e.content === 'string' ? blobs[k++]! : String(e.sha);
          return `${String(e.mode ?? '100644')} ${blob}\t${p}`;
        });
        if (lines.length) git(this.bareDir, ['update-index', '--index-info'], `${lines.join('\n')}\n`, env);
      } finally {
        rmSync(staged, { recursive: true, force: true });
      }
      const sha = git(this.bareDir, ['write-tree'], undefined, env);
      return { status: 201, data: { sha, tree: [] } };
    } finally {
      if (existsSync(index)) rmSync(index);
    }
  }

  private createCommit(b: Record<string, unknown>) {
    const tree = String(b.tree ?? '');
    const parents = Array.isArray(b.parents) ? (b.parents as string[]) : [];
    if (!parents.every((p) => this.isCommit(p))) throw new HttpError(422, 'Invalid parent');
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    // GitHub signs API commits made without author/committer as the token's bot identity.
    this.clock++;
    const date = `${1_750_000_000 + this.clock} +0000`;
    const sha = git(this.bareDir, args, String(b.message ?? ''), {
      GIT_AUTHOR_NAME: 'github-actions[bot]',
      GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    });
    this.apiCommits.push({ sha, hadAuthor: b.author !== undefined, hadCommitter: b.committer !== undefined });
    return { status: 201, data: { ...(this.commitJson(sha) as object), verification: { verified: true, reason: 'valid' } } };
  }

  private createRef(b: Record<string, unknown>) {
    const ref = String(b.ref ?? '');
    if (!ref.startsWith('refs/heads/')) throw new HttpError(422, 'Reference name must start with refs/heads/');
    const name = ref.slice('refs/heads/'.length);
    if (this.headOf(name)) throw new HttpError(422, 'Reference already exists');
    if (!this.isCommit(b.sha)) throw new HttpError(422, 'Object does not exist');
    git(this.bareDir, ['update-ref', ref, String(b.sha)]);
    return { status: 201, data: { ref, object: { sha: b.sha, type: 'commit' } } };
  }

  private updateRef(name: string, b: Record<string, unknown>) {
    const old = this.headOf(name);
    if (!old) throw new HttpError(422, 'Reference does not exist');
    if (!this.isCommit(b.sha)) throw new HttpError(422, 'Object does not exist');
    if (this.protectedBranches.has(name)) throw new HttpError(422, 'Protected branch update failed for refs/heads/' + name + '.');
    const sha = String(b.sha);
    if (!b.force) {
      try {
        git(this.bareDir, ['merge-base', '--is-ancestor', old, sha]);
      } catch {
        throw new HttpError(422, 'Update is not a fast forward');
      }
    }
    git(this.bareDir, ['update-ref', `refs/heads/${name}`, sha]);
    return { status: 200, data: { ref: `refs/heads/${name}`, object: { sha, type: 'commit' } } };
  }

  private deleteRef(name: string) {
    const old = this.headOf(name);
    if (!old) throw new HttpError(422, 'Reference does not exist');
    git(this.bareDir, ['update-ref', '-d', `refs/heads/${name}`]);
    // Like GitHub, deleting a head branch closes its open PRs.
    for (const pr of this.pulls.values()) {
      if (pr.head === name && pr.state === 'open') {
        pr.state = 'closed';
        pr.closedHeadSha = old;
      }
    }
    return { status: 204 };
  }

  pullJson(pr: StandinPull): Record<string, unknown> {
    const headSha = pr.state === 'open' ? this.headOf(pr.head) : (pr.closedHeadSha ?? this.headOf(pr.head));
    return {
      number: pr.number,
      html_url: `https://github.test/${this.fullName}/pull/${pr.number}`,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      draft: pr.draft,
      head: { ref: pr.head, sha: headSha, repo: { full_name: this.fullName } },
      base: { ref: pr.base, sha: this.headOf(pr.base) },
      labels: pr.labels.map((name) => ({ name })),
      assignees: pr.assignees.map((login) => ({ login })),
      requested_reviewers: pr.requestedReviewers.map((login) => ({ login })),
      requested_teams: pr.requestedTeams.map((slug) => ({ slug })),
      merged_at: pr.merged ? '2026-01-01T00:00:00Z' : null,
      user: { login: pr.user }
    };
  }

  private paginate<T>(items: T[], q: URLSearchParams, route: string): { status: number; data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
    const page = Number(q.get('page') ?? 1);
    const data = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      headers.link = `<${this.url}/repos/${this.owner}/${this.repo}${route}?${next.toString()}>; rel="next"`;
    }
    return { status: 200, data, headers };
  }

  private listPulls(q: URLSearchParams) {
    const state = q.get('state') ?? 'open';
    const head = q.get('head');
    const base = q.get('base');
    const items = [...this.pulls.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head || `${this.owner}:${p.head}` === head)
      .filter((p) => !base || p.base === base)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((p) => this.pullJson(p));
    return this.paginate(items, q, '/pulls');
  }

  private createPull(b: Record<string, unknown>) {
    const head = String(b.head ?? '').replace(new RegExp(`^${this.owner}:`), '');
    const base = String(b.base ?? '');
    const headSha = this.headOf(head);
    if (!headSha) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
    if (!this.headOf(base))
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] });
    if ([...this.pulls.values()].some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ message: `A pull request already exists for ${this.owner}:${head}.` }] });
    }
    if (String(b.body ?? '').length > 65536)
      throw new HttpError(422, 'Validation Failed', { errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
    const pr = this.openPull({
      title: String(b.title ?? ''),
      body: String(b.body ?? ''),
      draft: Boolean(b.draft),
      head,
      base,
      user: this.viewer
    });
    return { status: 201, data: this.pullJson(pr) };
  }

  private pull(number: number): StandinPull {
    const pr = this.pulls.get(number);
    if (!pr) throw new HttpError(404, 'Not Found');
    return pr;
  }

  private updatePull(number: number, b: Record<string, unknown>) {
    const pr = this.pull(number);
    if (typeof b.title === 'string') pr.title = b.title;
    if (typeof b.body === 'string') {
      if (b.body.length > 65536)
        throw new HttpError(422, 'Validation Failed', { errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
      pr.body = b.body;
    }
    if (b.state === 'closed' && pr.state === 'open') {
      pr.state = 'closed';
      pr.closedHeadSha = this.headOf(pr.head) ?? undefined;
    }
    return { status: 200, data: this.pullJson(pr) };
  }

  private requestReviewers(number: number, b: Record<string, unknown>) {
    const pr = this.pull(number);
    pr.requestedReviewers.push(...((b.reviewers as string[]) ?? []));
    pr.requestedTeams.push(...((b.team_reviewers as string[]) ?? []));
    return { status: 201, data: this.pullJson(pr) };
  }

  private updateIssue(number: number, b: Record<string, unknown>) {
    const pr = this.pull(number);
    if (Array.isArray(b.labels)) pr.labels = (b.labels as string[]).slice();
    if (Array.isArray(b.assignees)) pr.assignees = (b.assignees as string[]).slice();
    return { status: 200, data: { number } };
  }

  private listComments(number: number, q: URLSearchParams) {
    this.pull(number);
    const items = this.comments.filter((c) => c.issue === number).map((c) => ({ id: c.id, body: c.body, user: { login: c.user } }));
    return this.paginate(items, q, `/issues/${number}/comments`);
  }

  private createComment(number: number, b: Record<string, unknown>) {
    this.pull(number);
    const c = { id: this.nextCommentId++, issue: number, body: String(b.body ?? ''), user: this.viewer };
    this.comments.push(c);
    return { status: 201, data: { id: c.id, body: c.body, user: { login: c.user } } };
  }
}

/** Reads a file of a working tree as bytes (for byte-for-byte comparisons). */
export function readBytes(dir: string, file: string): Buffer {
  return readFileSync(path.join(dir, file));
}
