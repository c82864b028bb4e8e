// A PR edits only committed content: the workspace text must be the base commit's regular-file blob.
import { execFileSync } from 'node:child_process';
import { gitBlobSha, requireCommitted, UncommittedFileError } from '../../../src/core/pr/committed.js';

const BASE = 'a'.repeat(40);
const TEXT = '{\n  "image": "ghcr.io/acme/a:1.0.0"\n}\n';

function refusal(text: string, entry: Parameters<typeof requireCommitted>[2]): string {
  try {
    requireCommitted('deploy/a.json', text, entry, BASE);
  } catch (e) {
    expect(e).toBeInstanceOf(UncommittedFileError);
    return (e as UncommittedFileError).describe();
  }
  throw new Error('expected a refusal');
}

test('the blob id is the one git computes', () => {
  expect(gitBlobSha(TEXT)).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: TEXT, encoding: 'utf8' }).trim());
  expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
});

test('committed content passes and keeps its mode', () => {
  expect(requireCommitted('deploy/a.json', TEXT, { mode: '100644', type: 'blob', sha: gitBlobSha(TEXT) }, BASE)).toBe('100644');
  expect(requireCommitted('deploy/a.json', TEXT, { mode: '100755', type: 'blob', sha: gitBlobSha(TEXT) }, BASE)).toBe('100755');
});

test('an uncommitted change is refused naming the file and the commit', () => {
  const dirty = TEXT.replace('}', '  ,"DB_PASSWORD": "s3cret"\n}');
  const message = refusal(dirty, { mode: '100644', type: 'blob', sha: gitBlobSha(TEXT) });
  expect(message).toMatch(
    /^deploy\/a.json: differs from the commit GITHUB_SHA \(aaaaaaaaaaaa\) \(uncommitted changes in the workspace\); PR mode commits only what is committed/
  );
  expect(message).not.toContain('s3cret');
});

test('line endings converted on checkout are named as such', () => {
  expect(refusal(TEXT.replace(/\n/g, '\r\n'), { mode: '100644', type: 'blob', sha: gitBlobSha(TEXT) })).toMatch(
    /differs from the commit GITHUB_SHA \(aaaaaaaaaaaa\) in its line endings.*core.autocrlf/
  );
});

test('untracked files, symbolic links and submodules are refused', () => {
  expect(refusal(TEXT, undefined)).toMatch(/^deploy\/a.json: is not in the commit GITHUB_SHA .*untracked/);
  expect(refusal(TEXT, { mode: '120000', type: 'blob', sha: gitBlobSha('../secret.json') })).toMatch(
    /is a symbolic link in the commit GITHUB_SHA/
  );
  expect(refusal(TEXT, { mode: '160000', type: 'commit', sha: BASE })).toMatch(/is a submodule/);
});
