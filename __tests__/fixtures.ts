// Shared fixtures live in ../shared/fixtures (read-only); tests read them by path, never copy them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedFixtures = process.env.SHARED_FIXTURES ?? path.resolve(repoRoot, '..', 'shared', 'fixtures');

export function fixturePath(rel: string): string {
  return path.join(sharedFixtures, rel);
}

export function readFixture(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

export function readFixtureJson<T = unknown>(rel: string): T {
  return JSON.parse(readFixture(rel)) as T;
}
