// A manifest we could not read. It becomes an `invalid` row, so one bad file never hides the others.

export interface ManifestProblem {
  file: string;
  line?: number;
  column?: number;
  /** Index of the YAML document in a multi-document file, when the problem is inside one. */
  documentIndex?: number;
  /** Workload name, when the manifest got far enough to have one. */
  name?: string;
  message: string;
}
