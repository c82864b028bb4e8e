// A manifest can opt out of upgrades on its own, next to the workload it describes: a RunConfig
// through `container_labels`, an MCPServer through `metadata.annotations`.

export const OPT_OUT_KEY = 'toolhive-upgrade/ignore';

/** Whether a label/annotation map says `toolhive-upgrade/ignore: "true"` (an unquoted YAML `true` too). */
export function optsOut(map: unknown): boolean {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return false;
  const value = (map as Record<string, unknown>)[OPT_OUT_KEY];
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}
