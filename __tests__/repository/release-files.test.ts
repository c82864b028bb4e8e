// What a release needs that CI can check: the licence file says what package.json says, and the
// changelog has a place for the next release's notes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/fixtures.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; version: string };

/** SPDX id of a licence text, for the licences this project could carry. */
function spdxOf(text: string): string | undefined {
  if (/Apache License\s+Version 2\.0, January 2004/.test(text) && /END OF TERMS AND CONDITIONS/.test(text)) return 'Apache-2.0';
  if (/^\s*MIT License/.test(text) || /Permission is hereby granted, free of charge/.test(text)) return 'MIT';
  return undefined;
}

test('LICENSE is the full text of the licence package.json names', () => {
  const license = read('LICENSE');
  expect(spdxOf(license)).toBe(pkg.license);
  // The whole text, not a header: all nine sections of the terms.
  for (let section = 1; section <= 9; section++) expect(license).toMatch(new RegExp(`^\\s*${section}\\. [A-Z]`, 'm'));
});

test('CHANGELOG follows Keep a Changelog with an Unreleased section, or lists the current version', () => {
  const changelog = read('CHANGELOG.md');
  expect(changelog).toMatch(/^# Changelog$/m);
  expect(changelog).toContain('keepachangelog.com');
  const unreleased = /^## \[Unreleased\]$/m.test(changelog);
  const versioned = new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog);
  expect(unreleased || versioned).toBe(true);
  // Every release heading has a date and a link target.
  for (const [, version] of changelog.matchAll(/^## \[([^\]]+)\]/gm)) {
    if (version !== 'Unreleased')
      expect(changelog).toMatch(new RegExp(`^## \\[${version!.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelog).toMatch(new RegExp(`^\\[${version!.replace(/\./g, '\\.')}\\]: https://`, 'm'));
  }
});

test('RELEASING names the steps a release needs', () => {
  const releasing = read('RELEASING.md');
  for (const step of ['npm run build', 'npm run check-dist', 'git tag -a v1.', 'git push --force origin v1'])
    expect(releasing).toContain(step);
});
