import { renderMarkdownSummary } from '../../../src/core/render/summary.js';
import { imageChange } from '../../../src/core/render/image-change.js';
import { splitWritten } from '../../../src/core/image/written-reference.js';
import { blobUrl } from '../../../src/core/render/source-link.js';
import { invalidManifest, upgradeAvailable, upToDate } from '../../helpers/check-results.js';

const SHA = 'a'.repeat(40);
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/deploy', sha: SHA };

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| '));
}

describe('job summary table', () => {
  const rows = [
    upgradeAvailable({
      workload_name: 'app',
      current_image: 'ghcr.io/acme/app:1.0.1',
      candidate_image: 'ghcr.io/acme/app:1.0.3',
      file: 'deploy/a.json',
      line: 7
    }),
    upToDate({
      workload_name: 'same',
      current_image: 'ghcr.io/acme/app:1.0.3',
      candidate_image: 'ghcr.io/acme/app:1.0.3',
      file: 'deploy/b.json'
    }),
    upgradeAvailable({
      workload_name: 'moved',
      current_image: 'ghcr.io/old/app:1.0.1',
      candidate_image: 'ghcr.io/new/app:2.0.0',
      file: 'deploy/c.json'
    })
  ];

  test('one image column: the repository once, then the tags; full references when the repository changes', () => {
    const md = renderMarkdownSummary(rows, { registrySource: 'registry.json', failOn: [] });
    const [header, , app, same, moved] = tableRows(md);
    expect(header).toBe('| Workload | Status | Image | Notes | File |');
    expect(app).toContain('| `ghcr.io/acme/app`: `1.0.1` → `1.0.3` |');
    expect(same).toContain('| `ghcr.io/acme/app:1.0.3` |');
    expect(moved).toContain('| `ghcr.io/old/app:1.0.1` → `ghcr.io/new/app:2.0.0` |');
  });

  test('without the commit, files are plain text', () => {
    const md = renderMarkdownSummary(rows, { registrySource: 'registry.json', failOn: [] });
    expect(tableRows(md)[2]).toMatch(/\| `deploy\/a\.json:7` \|$/);
    expect(md).not.toContain('](');
  });

  test('with the commit, each file links to its line there', () => {
    const md = renderMarkdownSummary(rows, { registrySource: 'registry.json', failOn: [], sourceLinks: LINKS });
    expect(tableRows(md)[2]).toMatch(
      new RegExp(`\\| \\[\`deploy/a\\.json:7\`\\]\\(https://github\\.com/acme/deploy/blob/${SHA}/deploy/a\\.json#L7\\) \\|$`)
    );
  });

  test('an invalid manifest without a line links to the file', () => {
    const md = renderMarkdownSummary([invalidManifest({ file: 'x.yaml', line: undefined })], {
      registrySource: 'r',
      failOn: [],
      sourceLinks: LINKS
    });
    expect(md).toContain(`[\`x.yaml\`](https://github.com/acme/deploy/blob/${SHA}/x.yaml)`);
  });
});

describe('file links', () => {
  test('path segments are percent-encoded, so a file name cannot end the link or add markup', () => {
    const url = blobUrl(LINKS, 'dir with space/a)(b]<c>#?.json', 3);
    expect(url).toBe(`https://github.com/acme/deploy/blob/${SHA}/dir%20with%20space/a%29%28b%5D%3Cc%3E%23%3F.json#L3`);
    const md = renderMarkdownSummary([upToDate({ file: 'a)[x](evil)<b>.json' })], { registrySource: 'r', failOn: [], sourceLinks: LINKS });
    expect(md).toContain(`[\`a)[x](evil)<b>.json:3\`](https://github.com/acme/deploy/blob/${SHA}/a%29%5Bx%5D%28evil%29%3Cb%3E.json#L3)`);
  });

  test('no link for paths outside the repository or an unexpected environment', () => {
    for (const file of ['/etc/a.json', '../a.json', 'a/../../b.json', 'C:/a.json', 'a\\b.json', ''])
      expect(blobUrl(LINKS, file, 1)).toBeUndefined();
    expect(blobUrl({ ...LINKS, sha: 'main' }, 'a.json')).toBeUndefined();
    expect(blobUrl({ ...LINKS, repository: 'acme/deploy/../x' }, 'a.json')).toBeUndefined();
    expect(blobUrl({ ...LINKS, serverUrl: 'javascript:alert(1)' }, 'a.json')).toBeUndefined();
    expect(blobUrl({ serverUrl: 'https://github.com', repository: 'acme/deploy' }, 'a.json')).toBeUndefined();
    expect(blobUrl(undefined, 'a.json')).toBeUndefined();
    expect(blobUrl({ ...LINKS, serverUrl: 'https://ghe.example.com/' }, './a.json', 2)).toBe(
      `https://ghe.example.com/acme/deploy/blob/${SHA}/a.json#L2`
    );
  });
});

describe('image change', () => {
  test('splits tags and digests as written', () => {
    expect(splitWritten('localhost:5000/a/b:1.2')).toEqual({ repository: 'localhost:5000/a/b', version: '1.2' });
    expect(splitWritten('localhost:5000/a/b')).toEqual({ repository: 'localhost:5000/a/b', version: '' });
    expect(splitWritten('a/b@sha256:00')).toEqual({ repository: 'a/b', version: 'sha256:00' });
  });

  test('text with backticks or pipes stays inside its code span', () => {
    expect(imageChange('a/b:1`x', 'a/b:2')).toBe('`a/b`: ``1`x`` → `2`');
    expect(imageChange(undefined, undefined)).toBe('–');
    expect(imageChange('a/b', 'a/c')).toBe('`a/b` → `a/c`');
  });
});
