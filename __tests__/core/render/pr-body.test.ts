import { escapeMarkdown, inlineCode, markdownTable, tableCell } from '../../../src/core/render/markdown-escape.js';
import {
  GITHUB_BODY_LIMIT,
  imageTag,
  renderPullRequestBody,
  renderPullRequestTitle,
  workloadKey
} from '../../../src/core/render/pr-body.js';
import { upgrade } from '../../helpers/pr-support.js';

const text = '{\n  "image": "ghcr.io/example/server:1.0.0"\n}\n';
const base = {
  registrySource: 'https://registry.example/v0.1/servers',
  baseBranch: 'main',
  branch: 'toolhive-upgrade/all',
  grouping: 'all' as const
};

/**
 * Markdown with code spans removed: what GitHub would interpret as markup. CommonMark's rule: a run
 * of n backticks opens a span that the next run of exactly n backticks closes; backslash escapes
 * do not apply inside.
 */
function outsideCode(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    if (md[i] === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (md[i] !== '`') {
      out += md[i];
      i++;
      continue;
    }
    let n = 0;
    while (md[i + n] === '`') n++;
    const re = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    re.lastIndex = i + n;
    const close = re.exec(md);
    if (!close) {
      out += md.slice(i, i + n);
      i += n;
      continue;
    }
    i = close.index + n;
  }
  return out;
}

/** Cells of a table row, splitting on pipes not escaped by an odd run of backslashes (GFM's rule). */
function cells(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n - 1;
}

describe('PR title', () => {
  test('one upgrade names the workload and tag; several are counted; an override wins', () => {
    const u = upgrade({ file: 'a.json', text, name: 'osv', candidate: 'ghcr.io/example/server:1.2.0' });
    expect(renderPullRequestTitle([u])).toBe('Upgrade osv (a.json) to 1.2.0');
    expect(renderPullRequestTitle([{ ...u, workload: { ...u.workload, name: '' } }])).toBe('Upgrade a.json to 1.2.0');
    expect(renderPullRequestTitle([u, u])).toBe('Upgrade 2 ToolHive MCP servers');
    expect(renderPullRequestTitle([u], 'chore(deps): bump MCP servers\n')).toBe('chore(deps): bump MCP servers');
  });

  test('tags and digests', () => {
    expect(imageTag('localhost:5000/a/b:1.2.3')).toBe('1.2.3');
    expect(imageTag('localhost:5000/a/b')).toBe('localhost:5000/a/b');
    expect(imageTag(`a/b@sha256:${'ab'.repeat(32)}`)).toBe('sha256:abababababab');
  });
});

describe('PR body', () => {
  const drift = upgrade({
    file: 'servers/wl.json',
    text,
    name: 'wl',
    candidate: 'ghcr.io/example/server:1.2.0',
    added: [
      { name: 'NEW_VAR', required: true, description: 'Token scope' },
      { name: 'API_TOKEN', required: true, secret: true, default: 'leak-me-required' },
      { name: 'LOG_FORMAT', required: false, default: 'json', description: 'Log output format' },
      { name: 'NEW_SECRET', required: false, secret: true, default: 'leak-me' },
      { name: 'PLAIN', required: false }
    ],
    removed: [{ name: 'OLD_FLAG', required: false }],
    transport: { from: 'stdio', to: 'streamable-http' },
    permissionProfile: { from: 'none', to: 'network' },
    verification: {
      status: 'verified',
      digest: `sha256:${'1'.repeat(64)}`,
      trusted_root: 'tuf',
      signer: { repository: 'https://github.com/StacklokLabs/osv-mcp', workflow: '/.github/workflows/release.yml', ref: 'refs/tags/v1.2.0' }
    }
  });
  const plain = upgrade({
    file: 'servers/other.yaml',
    text: 'image: ghcr.io/x/y:0.1.0\n',
    token: 'ghcr.io/x/y:0.1.0',
    kind: 'mcpserver',
    name: 'other',
    candidate: 'ghcr.io/x/y:0.2.0',
    verification: { status: 'unverified', reason: 'no signature found for the candidate' }
  });

  const body = renderPullRequestBody({ ...base, upgrades: [drift, plain] });

  test('a table of workload, file, the image change (repository once) and the update type', () => {
    expect(body).toContain('| Workload | File | Change | Update | Notes |');
    expect(body).toContain(
      '| `wl` | `servers/wl.json` | `ghcr.io/example/server`: `1.0.0` → `1.2.0` | minor | needs 2 values, transport, permissions, ✅ verified |'
    );
    expect(body).toContain(
      '| `other` | `servers/other.yaml` | `ghcr.io/x/y`: `0.1.0` → `0.2.0` | minor |  ⚠️ not verified |'.replace('|  ', '| ')
    );
  });

  test('the update type: major, patch, prerelease, or – when the tags are not versions', () => {
    const kinds = [
      ['ghcr.io/example/server:2.0.0', 'major'],
      ['ghcr.io/example/server:1.0.1', 'patch'],
      ['ghcr.io/example/server:1.1.0-rc.1', 'prerelease'],
      ['ghcr.io/example/server:latest', '–']
    ].map(([candidate]) =>
      renderPullRequestBody({ ...base, upgrades: [upgrade({ file: 'a.json', text, name: 'a', candidate: candidate! })] })
    );
    expect(kinds[0]).toContain('| `ghcr.io/example/server`: `1.0.0` → `2.0.0` | major |');
    expect(kinds[1]).toContain('→ `1.0.1` | patch |');
    expect(kinds[2]).toContain('→ `1.1.0-rc.1` | prerelease |');
    expect(kinds[3]).toContain('→ `latest` | – |');
  });

  test('a new repository is shown in full on both sides', () => {
    const moved = upgrade({ file: 'a.json', text, name: 'a', candidate: 'ghcr.io/new-home/server:1.2.0' });
    expect(renderPullRequestBody({ ...base, upgrades: [moved] })).toContain(
      '| `ghcr.io/example/server:1.0.0` → `ghcr.io/new-home/server:1.2.0` | minor |'
    );
  });

  test('drift, one line each; required ones need a value before merge', () => {
    expect(body).toContain('> 2 new required variables need a value before merge');
    expect(body).toContain(
      '> 2 new required variables need a value before merge (listed below): variables the candidate requires that the manifest does not supply.'
    );
    expect(body).toContain(
      '- **`NEW_VAR`**: new required variable (the candidate requires it, the manifest does not supply it): **needs a value before merge**. Token scope'
    );
    expect(body).toMatch(
      /- \*\*`API_TOKEN`\*\*: new required secret variable \(the candidate requires it, the manifest does not supply it\): \*\*needs a value before merge\*\*\. Add it as a ToolHive secret/
    );
    expect(body).toContain('- `LOG_FORMAT`: new optional variable, default `json` (ToolHive uses it when unset). Log output format');
    expect(body).toContain('- `NEW_SECRET`: new optional secret variable; set it through `secrets` if you need it.');
    expect(body).toContain('- `PLAIN`: new optional variable, no default.');
    expect(body).toContain('- `OLD_FLAG`: no longer listed by the registry');
    expect(body).toContain('- Transport: the registry now lists `streamable-http`, the manifest keeps `stdio`');
    expect(body).toContain('- Permission profile: the registry now suggests `network`, the manifest keeps `none`');
  });

  test('secret defaults are never shown', () => {
    expect(body).not.toContain('leak-me');
  });

  test('verification: digest, signer and trusted root, or why not', () => {
    expect(body).toContain(
      '- Provenance: ✅ **verified**, digest `sha256:1111111111111111111111111111111111111111111111111111111111111111`, signed by `https://github.com/StacklokLabs/osv-mcp`, workflow `/.github/workflows/release.yml`, ref `refs/tags/v1.2.0`, trusted root `tuf`.'
    );
    expect(body).toContain('- Provenance: ⚠️ **not verified**: no signature found for the candidate.');
  });

  test('footer names the registry, then how to stop or regroup as a short list', () => {
    expect(body).toContain('from the registry `https://registry.example/v0.1/servers`');
    const footer = body.slice(body.lastIndexOf('\n---\n'));
    expect(footer.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Only the image values change; commits the Action did not make are never overwritten.',
      '- Stop these PRs: set `mode: check` (or remove the `mode: pr` step).',
      '- One PR per workload: set `grouping: per-workload`. Workflows that watch different manifests need different `branch-prefix` values.',
      '- Closing this PR without deleting its branch stops this exact upgrade from being proposed again; a newer candidate opens a new PR.'
    ]);
    expect(renderPullRequestBody({ ...base, grouping: 'per-workload', upgrades: [plain] })).toContain(
      '- One PR for all workloads: set `grouping: all`.'
    );
  });

  test('defaults written into the manifest are said so; skipped files say why', () => {
    const notes = new Map([
      [workloadKey(drift), { added: ['LOG_FORMAT'] }],
      [workloadKey(plain), { added: [], skipped: 'defaults are only written into RunConfig JSON files' }]
    ]);
    const withNotes = renderPullRequestBody({ ...base, upgrades: [drift, plain], envDefaults: notes });
    expect(withNotes).toContain('- `LOG_FORMAT`: new optional variable, added to `env_vars` with its default `json`.');
    expect(withNotes).toContain('- Defaults were not written into this file: defaults are only written into RunConfig JSON files.');
  });

  test('is the same text on every render (so re-runs do not edit the PR)', () => {
    expect(renderPullRequestBody({ ...base, upgrades: [drift, plain] })).toBe(body);
  });
});

describe('release notes and compare links', () => {
  const at = (repositoryUrl: string | undefined, candidate = 'ghcr.io/example/server:1.2.0') =>
    renderPullRequestBody({ ...base, upgrades: [upgrade({ file: 'a.json', text, name: 'a', candidate, repositoryUrl })] });

  test("a github.com repository links the candidate's release and the compare view", () => {
    for (const url of [
      'https://github.com/acme/server',
      'https://github.com/acme/server.git',
      'https://www.github.com/acme/server/tree/main/cmd'
    ]) {
      expect(at(url)).toContain(
        '- Source: [release notes for `1.2.0`](https://github.com/acme/server/releases/tag/1.2.0) · [compare `1.0.0...1.2.0`](https://github.com/acme/server/compare/1.0.0...1.2.0).'
      );
    }
  });

  test('no link, and why, when the repository is not on github.com, missing, or the candidate has no tag', () => {
    expect(at('https://gitlab.com/acme/server')).toContain(
      '- Source: no release notes link (the repository `https://gitlab.com/acme/server` is not on github.com).'
    );
    expect(at('https://github.com.evil.example/acme/server')).toContain('no release notes link (the repository');
    expect(at('https://github.com/acme')).toContain('no release notes link (the repository');
    expect(at(undefined)).toContain('- Source: no release notes link (the registry entry names no repository).');
    expect(at('https://github.com/acme/server', `ghcr.io/example/server@sha256:${'a'.repeat(64)}`)).toContain(
      'no release notes link (the candidate is pinned by digest, not a tag)'
    );
  });

  test('a hostile repository URL or tag cannot break out of the link', () => {
    const body = at('https://github.com/acme/server)<b>[x](https://evil.example)', 'ghcr.io/example/server:1.2.0');
    expect(outsideCode(body)).not.toContain('](https://evil.example)');
    expect(outsideCode(body)).not.toMatch(/(^|[^\\])</);
    const tag = at('https://github.com/acme/server', 'ghcr.io/example/server:1.2.0)[x](evil)<b>');
    expect(tag).toContain('(https://github.com/acme/server/releases/tag/1.2.0%29%5Bx%5D%28evil%29%3Cb%3E)');
    expect(outsideCode(tag)).not.toContain('](evil)');
    expect(outsideCode(tag)).not.toMatch(/(^|[^\\])</);
  });
});

describe('nothing from the registry or a manifest can inject markup', () => {
  const evil = upgrade({
    file: 'a|b<i>.json',
    text,
    name: '<img src=x onerror=alert(1)>|`x`',
    candidate: 'ghcr.io/example/server:1.2.0`<b>',
    added: [
      {
        name: '[x](https://evil.example)',
        required: true,
        description: '**bold** <script>alert(1)</script> [click](https://evil.example) @octocat #1\n# heading\n| a | b |'
      }
    ],
    transport: { from: 'stdio', to: '<marquee>' },
    verification: { status: 'unverified', reason: '<details open>@admin</details>' }
  });
  const body = renderPullRequestBody({ ...base, registrySource: 'https://r.example/<x>`', upgrades: [evil] });

  test('no raw HTML outside code spans except our own <sub> footer', () => {
    const raw = outsideCode(body).replace(/<\/?sub>/g, '');
    expect(raw).not.toMatch(/(^|[^\\])</);
  });

  test('links, emphasis, headings and mentions are escaped', () => {
    expect(body).toContain('\\*\\*bold\\*\\*');
    expect(body).toContain('\\[click\\]\\(https\\:\\/\\/evil\\.example\\)');
    expect(body).toContain('\\@\u200bocatocat'.replace('ocatocat', 'octocat'));
    expect(body).not.toMatch(/^# heading/m);
    expect(outsideCode(body)).not.toMatch(/(^|[^\\])\[x\]\(/);
  });

  test('the table keeps five cells per row', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBe(3);
    for (const row of rows) expect(cells(row)).toBe(5);
  });

  test('backticks in values cannot close their code span early', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('')).toBe('` `');
  });

  test('escape helpers', () => {
    expect(escapeMarkdown('a_b*c <d> @e #f\nline')).toBe('a\\_b\\*c \\<d\\> \\@\u200be \\#\u200bf line');
    expect(tableCell('`a|b` \\| c\\\\|d')).toBe('`a\\|b` \\| c\\\\\\|d');
    expect(markdownTable(['h'], [['x|y']])).toBe('| h |\n| --- |\n| x\\|y |');
  });
});

describe('size limit', () => {
  test('bodies over 65,536 characters are cut with a note, keeping the footer', () => {
    const long = 'd'.repeat(290);
    const many = Array.from({ length: 400 }, (_, i) =>
      upgrade({
        file: `servers/s${i}.json`,
        text,
        name: `server-${i}`,
        candidate: 'ghcr.io/example/server:1.2.0',
        added: Array.from({ length: 3 }, (_x, j) => ({ name: `VAR_${j}`, required: false, description: long }))
      })
    );
    const body = renderPullRequestBody({ ...base, upgrades: many });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT - 200);
    expect(body).toContain("This description was cut to fit GitHub's 65,536-character limit");
    expect(body).toContain('Proposed by toolhive-upgrade-action');
  });
});
