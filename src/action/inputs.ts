import type * as Core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';
import { DEFAULT_FAIL_ON_CHECK, DEFAULT_FAIL_ON_PR, type FailOnKey, parseFailOn } from '../core/check/fail-on.js';
import { DEFAULT_REGISTRY_URL, type RegistryKind } from '../io/catalog/open-catalog.js';
import { credentialSecrets, parseRegistryCredentials } from '../core/image/registry-credentials.js';
import { VERIFY_MODES } from '../core/provenance/verification.js';
import type { VerifyOptions } from '../app/run-check.js';

export type ActionCore = Pick<
  typeof Core,
  'getInput' | 'getBooleanInput' | 'setOutput' | 'setFailed' | 'setSecret' | 'info' | 'warning' | 'error' | 'notice' | 'debug' | 'summary'
>;

export interface ActionInputs {
  mode: 'check' | 'pr';
  paths: string[];
  registry: string;
  registryKind: RegistryKind;
  registryToken?: string;
  registryCa?: string;
  timeoutMs: number;
  failOn: FailOnKey[];
  maxAnnotations: number;
  verify: VerifyOptions;
}

/** Splits a list input written as lines, commas or both. */
export function listInput(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(core: ActionCore, name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError('invalid-input', `input ${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function positiveNumber(core: ActionCore, name: string, fallback: number): number {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new ConfigurationError('invalid-input', `input ${name}: ${JSON.stringify(raw)} is not a non-negative number`);
  return n;
}

export function readInputs(core: ActionCore): ActionInputs {
  const registryToken = core.getInput('registry-token') || undefined;
  if (registryToken) core.setSecret(registryToken);
  const mode = oneOf(core, 'mode', ['check', 'pr'] as const, 'check');
  return {
    mode,
    paths: listInput(core.getInput('paths') || '.'),
    registry: core.getInput('registry').trim() || DEFAULT_REGISTRY_URL,
    registryKind: oneOf(core, 'registry-type', ['auto', 'file', 'url', 'api'] as const, 'auto'),
    registryToken,
    registryCa: core.getInput('registry-ca').trim() || undefined,
    timeoutMs: positiveNumber(core, 'timeout', 30) * 1000,
    failOn: parseFailOn(core.getInput('fail-on'), mode === 'pr' ? DEFAULT_FAIL_ON_PR : DEFAULT_FAIL_ON_CHECK),
    maxAnnotations: positiveNumber(core, 'max-annotations', 10),
    verify: readVerifyInputs(core, positiveNumber(core, 'timeout', 30) * 1000)
  };
}

function readVerifyInputs(core: ActionCore, timeoutMs: number): VerifyOptions {
  const credentials = parseRegistryCredentials(core.getInput('registry-credentials'));
  for (const secret of credentialSecrets(credentials)) core.setSecret(secret);
  const mode = core.getInput('verify').trim();
  return {
    mode: mode ? oneOf(core, 'verify', VERIFY_MODES, 'enabled') : undefined,
    trustedRootFile: core.getInput('trusted-root').trim() || undefined,
    credentials,
    insecureHosts: listInput(core.getInput('insecure-registries')),
    timeoutMs
  };
}
