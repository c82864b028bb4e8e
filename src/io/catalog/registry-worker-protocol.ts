// Messages between a run and its registry worker (structured clones: plain data only).
import type { RegistryErrorCode } from '../../core/catalog/errors.js';
import type { ErrorPlace } from '../../core/errors.js';
import type { RegistrySourceOptions } from './source-options.js';

/** What the worker gets at its start: a local file source (no clock, sleep or log functions). */
export interface RegistryWorkerData {
  role: string;
  options: Pick<RegistrySourceOptions, 'source' | 'kind' | 'maxBytes'>;
}

export type ToRegistryWorker = { type: 'want'; names: string[] } | { type: 'resolve'; names: string[] };

/** A RegistryError, rebuilt on the run's side; any other failure keeps only its message. */
export interface SentError {
  registry?: { code: RegistryErrorCode; place: ErrorPlace; hint?: string; status?: number };
  message: string;
}

export type FromRegistryWorker =
  | { type: 'log'; message: string }
  /**
   * `outcomes` is the JSON text of the distinct outcomes (entries are plain JSON data): one native
   * parse on the run's side costs far less than a structured clone of the same objects. `order[i]`
   * is the index of the outcome of the i-th name asked for.
   */
  | { type: 'resolved'; order: number[]; outcomes: string; source: string }
  | { type: 'failed'; error: SentError };
