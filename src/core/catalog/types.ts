// ToolHive's internal registry metadata (toolhive-core registry/types), the shape lookups and the
// checker work on after a registry document (upstream or legacy) has been normalised.

export interface EnvVar {
  name: string;
  description?: string;
  required?: boolean;
  secret?: boolean;
  default?: string;
}

export interface NetworkPermissions {
  mode?: string;
  outbound?: { insecure_allow_all?: boolean; allow_host?: string[]; allow_port?: number[] };
  inbound?: { allow_host?: string[] };
}

export interface PermissionProfile {
  name?: string;
  read?: string[];
  write?: string[];
  network?: NetworkPermissions;
  privileged?: boolean;
}

export interface Provenance {
  sigstore_url?: string;
  repository_uri?: string;
  repository_ref?: string;
  signer_identity?: string;
  runner_environment?: string;
  cert_issuer?: string;
  attestation?: { predicate_type?: string; predicate?: unknown };
}

/** ToolHive `Metadata` (popularity and, from a registry server, Kubernetes origin). */
export interface ServerPopularity {
  stars?: number;
  last_updated?: string;
  kubernetes?: { kind?: string; namespace?: string; name?: string; uid?: string; image?: string; transport?: string };
}

/** A remote server's HTTP header input (ToolHive `Header`). */
export interface RemoteHeader {
  name: string;
  description?: string;
  required: boolean;
  secret?: boolean;
  default?: string;
  choices?: string[];
}

/** ToolHive `OAuthConfig` of a remote server. */
export interface OAuthConfig {
  issuer?: string;
  authorize_url?: string;
  token_url?: string;
  client_id?: string;
  scopes?: string[];
  use_pkce?: boolean;
  oauth_params?: Record<string, string>;
  callback_port?: number;
  resource?: string;
}

/** Display-only catalogue fields both entry kinds carry (ToolHive BaseServerMetadata); never used for verdicts. */
export interface CatalogueFields {
  tools?: string[];
  tags?: string[];
  overview?: string;
  metadata?: ServerPopularity;
  custom_metadata?: Record<string, unknown>;
  stateless?: boolean;
}

/** A container-image entry (ToolHive `ImageMetadata`). */
export interface ImageMetadata extends CatalogueFields {
  kind: 'image';
  name: string;
  title?: string;
  description?: string;
  image: string;
  transport: string;
  target_port?: number;
  proxy_port?: number;
  env_vars: EnvVar[];
  args?: string[];
  permissions?: PermissionProfile;
  provenance?: Provenance;
  status?: string;
  tier?: string;
  repository_url?: string;
  docker_tags?: string[];
}

/** A remote (URL) entry (ToolHive `RemoteServerMetadata`); the checker only needs to know it is not an image. */
export interface RemoteServerMetadata extends CatalogueFields {
  kind: 'remote';
  name: string;
  title?: string;
  description?: string;
  url: string;
  transport: string;
  env_vars: EnvVar[];
  status?: string;
  tier?: string;
  repository_url?: string;
  proxy_port?: number;
  headers?: RemoteHeader[];
  oauth_config?: OAuthConfig;
}

export type ServerMetadata = ImageMetadata | RemoteServerMetadata;

/** A loaded registry, keyed by canonical entry name (last duplicate wins, as in ToolHive). */
export interface Registry {
  servers: Map<string, ImageMetadata>;
  remoteServers: Map<string, RemoteServerMetadata>;
  /** Where it came from, for messages and PR footers (a path or URL; never a token). */
  source: string;
  format: 'upstream' | 'legacy';
  /** Entries dropped because ToolHive could not convert them (name + why), for a debug log. */
  skipped: { name: string; reason: string }[];
}
