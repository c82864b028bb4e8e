import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  MAX_ANNOTATIONS,
  MAX_MANIFEST_BYTES,
  MAX_PULL_REQUESTS,
  PULL_REQUEST_OPTION_NAMES,
  REGISTRY_DEADLINE_SECONDS,
  RUN_OPTION_NAMES,
  TIMEOUT_SECONDS
} from '../../src/app/options.js';
import { repoRoot } from '../helpers/fixtures.js';

test('action.yml declares exactly the inputs the Action reads, each with a description', () => {
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description?: string; default?: string }>;
  };
  expect(Object.keys(action.inputs).sort()).toEqual([...RUN_OPTION_NAMES, ...PULL_REQUEST_OPTION_NAMES].sort());
  for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
  expect(action.inputs['allow-empty'].default).toBe('false');
  // The runner passes these defaults as if the user wrote them: they must be the code's defaults.
  expect(action.inputs['registry-deadline'].default).toBe(String(REGISTRY_DEADLINE_SECONDS.default));
  expect(action.inputs['max-manifest-bytes'].default).toBe(String(MAX_MANIFEST_BYTES.default));
  expect(action.inputs.timeout.default).toBe(String(TIMEOUT_SECONDS.default));
  expect(action.inputs['max-annotations'].default).toBe(String(MAX_ANNOTATIONS.default));
  expect(action.inputs['max-pull-requests'].default).toBe(String(MAX_PULL_REQUESTS.default));
});
