// A legacy `servers[key]` entry straight to ImageMetadata: the result `thv registry convert`
// (legacy-to-upstream.ts) followed by ConvertServerJSON (server-json.ts) gives, without building
// and re-reading the intermediate server.json (the round trip cost tens of µs per entry).
//
// Why the decoded legacy values can be used as they are: the upstream phase reads them back from
// the publisher extension leniently, and every value the strict legacy decode produced already has
// the type that lenient read expects, so it comes back unchanged (status gains its "active" default;
// env vars survive the KeyValueInput form because makeEnvVar drops the same empty fields it omits).
// The one value the upstream phase can still refuse is the transport URL's port, read here by the
// same function. __tests__/core/catalog/legacy-direct.test.ts holds both paths equal.
import type { ImageMetadata } from './types.js';
import { putIf } from './go-json.js';
import { type LegacyImage, legacyPackageTransport, legacyServerName } from './legacy-to-upstream.js';
import { targetPort } from './server-json.js';

/** ImageMetadata of a decoded legacy entry; throws ConversionError where ConvertServerJSON would. */
export function legacyImageToMetadata(key: string, m: LegacyImage): ImageMetadata {
  const name = legacyServerName(key, m);
  const transport = legacyPackageTransport(m);
  const meta: ImageMetadata = { kind: 'image', name, image: m.image, transport: transport.type, env_vars: m.env_vars };
  putIf(meta, 'title', m.title);
  putIf(meta, 'description', m.description);
  putIf(meta, 'repository_url', m.repository_url);
  putIf(meta, 'target_port', targetPort(transport.url ?? '', name));
  // Publisher-extension fields, in the order ConvertServerJSON sets them.
  meta.status = m.status || 'active';
  putIf(meta, 'tier', m.tier);
  putIf(meta, 'tools', m.tools);
  putIf(meta, 'tags', m.tags);
  putIf(meta, 'overview', m.overview);
  if (m.metadata) meta.metadata = m.metadata;
  if (m.custom_metadata) meta.custom_metadata = m.custom_metadata;
  putIf(meta, 'stateless', m.stateless);
  if (m.permissions) meta.permissions = m.permissions;
  if (m.provenance) meta.provenance = m.provenance;
  putIf(meta, 'docker_tags', m.docker_tags);
  putIf(meta, 'proxy_port', m.proxy_port);
  putIf(meta, 'args', m.args);
  return meta;
}
