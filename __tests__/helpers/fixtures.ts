// Fixtures are copies of public ToolHive files (see __tests__/fixtures/SOURCES.md), kept in this
// repository so that a clone with nothing beside it runs every test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(repoRoot, '__tests__', 'fixtures');

export function fixturePath(rel: string): string {
  return path.join(fixturesDir, rel);
}

export function readFixture(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

export function readFixtureJson<T = unknown>(rel: string): T {
  return JSON.parse(readFixture(rel)) as T;
}
