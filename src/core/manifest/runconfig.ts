import type { Workload } from './workload.js';
import { optsOut } from '../policy/opt-out.js';
import { type FieldLookup, FieldError, mapKeysField, spanOf, stringField, stringListField } from './fields.js';

// Keys only a RunConfig has; with `name` or `image` they tell a RunConfig from any other JSON/YAML
// file met while scanning a directory (package.json has a `name`, too).
const RUNCONFIG_KEYS = [
  'schema_version',
  'registry_server_name',
  'registry_api_url',
  'registry_url',
  'remote_url',
  'cmd_args',
  'container_name',
  'base_name',
  'transport',
  'target_port',
  'permission_profile',
  'permission_profile_name_or_path',
  'env_vars',
  'secrets',
  'isolate_network',
  'proxy_mode',
  'middleware_configs',
  'container_labels'
];

export function looksLikeRunConfig(has: (key: string) => boolean): boolean {
  const hasImage = has('image');
  const hasName = has('name');
  if (!hasImage && !hasName) return false;
  if (hasImage && hasName) return true;
  return RUNCONFIG_KEYS.some(has);
}

/** A RunConfig's checker-relevant fields (pkg/runner/config.go). Throws FieldError on a wrong type. */
export function runConfigWorkload(text: string, get: FieldLookup, file: string, documentIndex: number): Workload {
  const imageField = get('image');
  if (imageField === undefined && get('remote_url') === undefined) {
    throw new FieldError('"image" is missing: a RunConfig needs the container image it runs');
  }
  const image = stringField(imageField, 'image');
  // Built as one object literal, optional members assigned after: every workload has the same shape.
  const workload: Workload = {
    kind: 'runconfig',
    file,
    documentIndex,
    name: stringField(get('name'), 'name'),
    image,
    imageSpan: imageField ? spanOf(text, imageField) : { offset: 0, length: 0, line: 1, column: 1 },
    registryServerName: stringField(get('registry_server_name'), 'registry_server_name'),
    transport: stringField(get('transport'), 'transport'),
    permissionProfileNameOrPath: stringField(get('permission_profile_name_or_path'), 'permission_profile_name_or_path'),
    envVarNames: mapKeysField(get('env_vars'), 'env_vars'),
    secrets: stringListField(get('secrets'), 'secrets')
  };
  if (imageField?.viaAlias) workload.imageViaAlias = true;
  if (optsOut(get('container_labels')?.value)) workload.optOut = 'label';
  return workload;
}
