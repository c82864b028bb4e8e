// Shapes the OCI client returns.
import type { ImageRef } from './image-ref.js';

/** The part of an image reference that names a repository on a registry. */
export type Repo = Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface Manifest {
  digest: string;
  mediaType?: string;
  bytes: Buffer;
  json: Record<string, unknown>;
}

export interface Referrers {
  source: 'referrers-api' | 'tag-schema' | 'none';
  descriptors: Descriptor[];
}

export const LIMITS = {
  manifest: 4 * 1024 * 1024,
  token: 64 * 1024,
  referrerPages: 5,
  referrers: 20
};
