// Server-name conventions shared by the converters and the API lookup (toolhive-core
// registry/converters/utils.go).

/** The namespace ToolHive gives legacy keys and bare names: `fetch` → `io.github.stacklok/fetch`. */
export const STACKLOK_NAMESPACE = 'io.github.stacklok';

/** server.json `_meta` key for publisher extensions, and ToolHive's publisher namespace under it. */
export const PUBLISHER_PROVIDED_KEY = 'io.modelcontextprotocol.registry/publisher-provided';
export const TOOLHIVE_PUBLISHER_NAMESPACE = STACKLOK_NAMESPACE;

export function buildReverseDNSName(simpleName: string): string {
  return simpleName.includes('/') ? simpleName : `${STACKLOK_NAMESPACE}/${simpleName}`;
}

/** `io.github.stacklok/fetch` → `fetch`; anything without exactly one `/` is returned as is. */
export function extractServerName(reverseDNSName: string): string {
  const parts = reverseDNSName.split('/');
  return parts.length === 2 ? parts[1]! : reverseDNSName;
}
