import { runBuiltAction } from '../helpers/run-action.js';

// The examples' candidates are real ghcr.io images: verifying them needs the internet (see the provenance tests).
const examples = { paths: 'examples/manifests', registry: 'examples/registry.json', verify: 'disabled' };

describe('dist/index.js in check mode', () => {
  test('fails the step on the default fail-on, with outputs, summary and annotations on manifest lines', async () => {
    const run = await runBuiltAction(examples);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::4 workloads matched fail-on \(upgrade-available, server-not-found, missing-env, invalid, unverified\)/
    );
    expect(run.stdout).toContain(
      '::error title=ToolHive upgrade check%3A upgrade-available,file=examples/manifests/fetch.json,line=3::fetch: upgrade available ghcr.io/stackloklabs/gofetch/server:1.0.1 → ghcr.io/stackloklabs/gofetch/server:1.0.3'
    );
    expect(run.stdout).toMatch(
      /::error title=ToolHive upgrade check%3A missing-env,file=examples\/manifests\/k8s\/notion.yaml,line=11::notion: missing required environment variables: NOTION_TOKEN/
    );
    expect(run.stdout).toMatch(/::warning title=ToolHive upgrade check%3A unknown,file=examples\/manifests\/time.json,line=3::/);

    expect(run.outputs['upgrades-available']).toBe('2');
    expect(JSON.parse(run.outputs.counts)).toMatchObject({
      'up-to-date': 2,
      'upgrade-available': 2,
      unknown: 1,
      invalid: 1,
      'missing-env': 1
    });
    const results = JSON.parse(run.outputs.results) as { workload_name: string; status: string; file: string; line: number }[];
    expect(results).toHaveLength(7);
    expect(results.find((r) => r.workload_name === 'github')).toMatchObject({
      status: 'upgrade-available',
      file: 'examples/manifests/github.json',
      line: 3
    });

    expect(run.summary).toContain('## ToolHive workload upgrade check');
    expect(run.summary).toMatch(
      /\| github \| ⬆️ upgrade-available \| `ghcr.io\/github\/github-mcp-server`: `v0.28.1` → `v0.30.3` \| new optional env `GITHUB_HOST`/
    );
    expect(run.summary).toContain('env `LEGACY_FLAG` no longer declared');
    // Values from env_vars never appear anywhere.
    for (const text of [run.stdout, run.summary, run.outputs.results]) expect(text).not.toMatch(/"on"|LEGACY_FLAG=on/);
  });

  test('fail-on none passes; a bad input fails with one clear message', async () => {
    expect((await runBuiltAction({ ...examples, 'fail-on': 'none' })).code).toBe(0);
    const bad = await runBuiltAction({ ...examples, 'fail-on': 'stale' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::input fail-on: unknown value "stale" (use a comma list of');
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('the registry token is masked and never printed', async () => {
    const run = await runBuiltAction({
      ...examples,
      registry: 'http://127.0.0.1:9/registry.json',
      'registry-token': 'tok-SECRET-123',
      timeout: '1'
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::add-mask::tok-SECRET-123');
    expect(run.stdout.replace('::add-mask::tok-SECRET-123', '')).not.toContain('tok-SECRET-123');
    expect(run.stdout).toMatch(/::error::.*127\.0\.0\.1:9/);
  });
});
