// One workload found in a committed manifest, in the terms ToolHive's checker uses.

/** Where a value sits in its file: enough to annotate it and to replace exactly its characters. */
export interface SourceSpan {
  /** UTF-16 offset of the first character of the value token (the opening quote for quoted scalars). */
  offset: number;
  /** Length of the value token in UTF-16 code units, quotes included. */
  length: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
}

export type ManifestKind = 'runconfig' | 'mcpserver';

export interface Workload {
  kind: ManifestKind;
  /** Repository-relative (or as given) path of the manifest file, with `/` separators. */
  file: string;
  /** Index of the YAML document in a multi-document file (0 for JSON). */
  documentIndex: number;
  /** RunConfig `name` / MCPServer `metadata.name`. */
  name: string;
  image: string;
  imageSpan: SourceSpan;
  /**
   * The image comes through a YAML alias or merge key (`image: *img`, `<<: *base`): `imageSpan` is
   * the alias token, which is not a literal and must not be rewritten in place.
   */
  imageViaAlias?: boolean;
  /** RunConfig `registry_server_name`; for MCPServer the `toolhive-upgrade/registry-server-name` annotation. */
  registryServerName: string;
  transport: string;
  permissionProfileNameOrPath: string;
  /** Names of environment variables the workload sets itself (values are never kept). */
  envVarNames: string[];
  /** Raw secret parameters (`<name>,target=<ENV>`); for MCPServer rendered from `spec.secrets`. */
  secrets: string[];
  /** The manifest opted out of upgrades (RunConfig label / MCPServer annotation `toolhive-upgrade/ignore: "true"`). */
  optOut?: 'label' | 'annotation';
}
