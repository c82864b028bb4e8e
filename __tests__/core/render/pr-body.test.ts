import { escapeMarkdown, inlineCode, markdownTable, tableCell } from '../../../src/core/render/markdown-escape.js';
import { GITHUB_BODY_LIMIT, imageTag, renderPullRequestBody, renderPullRequestTitle, workloadKey } from '../../../src/core/render/pr-body.js';
import { upgrade } from '../../helpers/pr-support.js';

const text = '{\n  "image": "ghcr.io/example/server:1.0.0"\n}\n';
const base = { registrySource: 'https://registry.example/v0.1/servers', baseBranch: 'main', branch: 'toolhive-upgrade/all', grouping: 'all' as const };

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
    expect(renderPullRequestTitle([u])).toBe('Upgrade ToolHive MCP server osv to 1.2.0');
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
    file: 'servers/wl.json', text, name: 'wl', candidate: 'ghcr.io/example/server:1.2.0',
    added: [
      { name: 'NEW_VAR', required: true, description: 'Token scope' },
      { name: 'API_TOKEN', required: true, secret: true, default: 'leak-me-required' },
      { name: 'LOG_FORMAT', required: false, default: 'json', description: 'Log output format' },
      { name: 'NEW_SECRET', required: false, secret: true, default: 'leak-me' },
      { name: 'PLAIN', required: false },
    ],
    removed: [{ name: 'OLD_FLAG', required: false }],
    transport: { from: 'stdio', to: 'streamable-http' },
    permissionProfile: { from: 'none', to: 'network' },
    verification: {
      status: 'verified', digest: `sha256:${'1'.repeat(64)}`, trusted_root: 'tuf',
      signer: { repository: 'https://github.com/StacklokLabs/osv-mcp', workflow: '/.github/workflows/release.yml', ref: 'refs/tags/v1.2.0' },
    },
  });
  const plain = upgrade({
    file: 'servers/other.yaml', text: 'image: ghcr.io/x/y:0.1.0\n', token: 'ghcr.io/x/y:0.1.0', kind: 'mcpserver', name: 'other',
    candidate: 'ghcr.io/x/y:0.2.0', verification: { status: 'unverified', reason: 'no signature found for the candidate' },
  });

  const body = renderPullRequestBody({ ...base, upgrades: [drift, plain] });

  test('a table of workload, file, current → candidate', () => {
    expect(body).toContain('| Workload | File | Current → candidate | Notes |');
    expect(body).toContain('| `wl` | `servers/wl.json` | `ghcr.io/example/server:1.0.0` → `ghcr.io/example/server:1.2.0` | needs 2 values, transport, permissions, ✅ verified |');
    expect(body).toContain('| `other` | `servers/other.yaml` | `ghcr.io/x/y:0.1.0` → `ghcr.io/x/y:0.2.0` | ⚠️ not verified |');
  });

  test('drift, one line each; required ones need a value before merge', () => {
    expect(body).toContain('> 2 new required variables need a value before merge');
    expect(body).toContain('- **`NEW_VAR`**: new required variable, **needs a value before merge**. Token scope');
    expect(body).toMatch(/- \*\*`API_TOKEN`\*\*: new required secret variable, \*\*needs a value before merge\*\*\. Add it as a ToolHive secret/);
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
      '- Provenance: ✅ **verified**, digest `sha256:1111111111111111111111111111111111111111111111111111111111111111`, signed by `https://github.com/StacklokLabs/osv-mcp`, workflow `/.github/workflows/release.yml`, ref `refs/tags/v1.2.0`, trusted root `tuf`.',
    );
    expect(body).toContain('- Provenance: ⚠️ **not verified**: no signature found for the candidate.');
  });

  test('footer names the registry and how to stop or regroup', () => {
    expect(body).toContain('from the registry `https://registry.example/v0.1/servers`');
    expect(body).toContain('set `mode: check`');
    expect(body).toContain('set `grouping: per-workload`');
    expect(body).toContain('`branch-prefix`');
  });

  test('defaults written into the manifest are said so; skipped files say why', () => {
    const notes = new Map([[workloadKey(drift), { added: ['LOG_FORMAT'] }], [workloadKey(plain), { added: [], skipped: 'defaults are only written into RunConfig JSON files' }]]);
    const withNotes = renderPullRequestBody({ ...base, upgrades: [drift, plain], envDefaults: notes });
    expect(withNotes).toContain('- `LOG_FORMAT`: new optional variable, added to `env_vars` with its default `json`.');
    expect(withNotes).toContain('- Defaults were not written into this file: defaults are only written into RunConfig JSON files.');
  });

  test('is the same text on every render (so re-runs do not edit the PR)', () => {
    expect(renderPullRequestBody({ ...base, upgrades: [drift, plain] })).toBe(body);
  });
});

describe('nothing from the registry or a manifest can inject markup', () => {
  const evil = upgrade({
    file: 'a|b<i>.json', text, name: '<img src=x onerror=alert(1)>|`x`', candidate: 'ghcr.io/example/server:1.2.0`<b>',
    added: [{ name: '[x](https://evil.example)', required: true, description: '**bold** <script>alert(1)</script> [click](https://evil.example) @octocat #1\n# heading\n| a | b |' }],
    transport: { from: 'stdio', to: '<marquee>' },
    verification: { status: 'unverified', reason: '<details open>@admin</details>' },
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

  test('the table keeps four cells per row', () => {
    const rows = body.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBe(3);
    for (const row of rows) expect(cells(row)).toBe(4);
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
        file: `servers/s${i}.json`, text, name: `server-${i}`, candidate: 'ghcr.io/example/server:1.2.0',
        added: Array.from({ length: 3 }, (_x, j) => ({ name: `VAR_${j}`, required: false, description: long })),
      }));
    const body = renderPullRequestBody({ ...base, upgrades: many });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT - 200);
    expect(body).toContain("This description was cut to fit GitHub's 65,536-character limit");
    expect(body).toContain('Proposed by toolhive-upgrade-action');
  });
});
