import type { Workload } from './workload.js';
import { type Field, FieldError, describeType, spanOf, stringField } from './fields.js';
import { optsOut } from '../policy/opt-out.js';
import { formatSecretParameter } from '../check/secret-parameter.js';

/**
 * MCPServer resources carry no registry reference (toolhive-formats §3.2), so this Action reads its
 * own annotation to link a resource to a registry entry. Without it the workload is, like a RunConfig
 * without `registry_server_name`, `not-registry-sourced`.
 */
export const REGISTRY_SERVER_ANNOTATION = 'toolhive-upgrade/registry-server-name';

const API_GROUP = 'toolhive.stacklok.dev/';

export function isMcpServer(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const { apiVersion, kind } = doc as Record<string, unknown>;
  return kind === 'MCPServer' && typeof apiVersion === 'string' && apiVersion.startsWith(API_GROUP);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FieldError(`"${path}" must be a mapping, found ${describeType(value)}`);
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FieldError(`"${path}" must be a list, found ${describeType(value)}`);
  return value.map((item, i) => record(item, `${path}[${i}]`));
}

function optionalString(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new FieldError(`"${path}" must be a string, found ${describeType(value)}`);
  return value;
}

/**
 * The workload an MCPServer describes, mapped the way the operator renders its RunConfig
 * (toolhive-formats §3.1). `imageField` is `spec.image` with its position.
 */
export function mcpServerWorkload(
  text: string,
  doc: Record<string, unknown>,
  imageField: Field | undefined,
  file: string,
  documentIndex: number
): Workload {
  const metadata = record(doc.metadata, 'metadata');
  const annotations = record(metadata.annotations, 'metadata.annotations');
  const spec = record(doc.spec, 'spec');
  if (imageField === undefined) throw new FieldError('"spec.image" is missing: an MCPServer needs the container image it runs');
  const image = stringField(imageField, 'spec.image');

  const secrets = list(spec.secrets, 'spec.secrets').map((s, i) => {
    const name = optionalString(s.name, `spec.secrets[${i}].name`);
    const target = optionalString(s.targetEnvName, `spec.secrets[${i}].targetEnvName`) || optionalString(s.key, `spec.secrets[${i}].key`);
    return formatSecretParameter({ name, target });
  });

  const profile = record(spec.permissionProfile, 'spec.permissionProfile');
  const profileType = optionalString(profile.type, 'spec.permissionProfile.type') || 'builtin';
  const permissionProfileNameOrPath =
    profileType === 'configmap'
      ? `/etc/toolhive/profiles/${optionalString(profile.key, 'spec.permissionProfile.key')}`
      : optionalString(profile.name, 'spec.permissionProfile.name');

  // One object literal, optional members assigned after: every workload has the same shape.
  const workload: Workload = {
    kind: 'mcpserver',
    file,
    documentIndex,
    name: optionalString(metadata.name, 'metadata.name'),
    image,
    imageSpan: spanOf(text, imageField),
    registryServerName: optionalString(annotations[REGISTRY_SERVER_ANNOTATION], `metadata.annotations.${REGISTRY_SERVER_ANNOTATION}`),
    transport: optionalString(spec.transport, 'spec.transport') || 'stdio',
    permissionProfileNameOrPath: Object.keys(profile).length === 0 ? '' : permissionProfileNameOrPath,
    envVarNames: list(spec.env, 'spec.env').map((e, i) => optionalString(e.name, `spec.env[${i}].name`)),
    secrets
  };
  if (imageField.viaAlias) workload.imageViaAlias = true;
  if (optsOut(annotations)) workload.optOut = 'annotation';
  return workload;
}
