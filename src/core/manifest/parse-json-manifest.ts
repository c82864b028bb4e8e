// A JSON manifest (a RunConfig, as `thv export` writes it) into workloads. Kept apart from the
// YAML path so that a run over JSON files never loads the YAML library.
import type { Workload } from './workload.js';
import type { ManifestProblem } from './problem.js';
import { FieldError } from './fields.js';
import { lineColumnAt } from '../text/text-position.js';
import { describeOffset, parseJsonDocument } from './parse-json.js';
import { looksLikeRunConfig, runConfigWorkload } from './runconfig.js';

export interface ParsedManifest {
  workloads: Workload[];
  problems: ManifestProblem[];
}

export interface ParseOptions {
  /**
   * The user named this file: anything that is not a manifest is a problem. Files met while scanning
   * a directory are skipped silently unless they look like a manifest.
   */
  explicit: boolean;
}

export const NOT_A_MANIFEST = 'not a ToolHive RunConfig or MCPServer manifest (expected "image" and "name" keys, or kind: MCPServer)';

// While scanning, a file that does not parse is reported only when it looks like a broken manifest;
// tsconfig.json with comments is not ours to judge.
const MENTIONS_IMAGE_JSON = /"image"\s*:/i;

export function fieldProblem(file: string, text: string, error: unknown, documentIndex?: number, name?: string): ManifestProblem {
  if (!(error instanceof FieldError)) throw error;
  return { file, documentIndex, name, message: error.message, ...(error.offset === undefined ? {} : lineColumnAt(text, error.offset)) };
}

/** A file that can only be JSON (core/manifest/parse syntaxOf): a run over nothing else needs no YAML parser. */
export function isJsonManifestName(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/** Parses one JSON file's text into workloads; never throws for bad input. */
export function parseJsonManifest(file: string, text: string, options: ParseOptions): ParsedManifest {
  const doc = parseJsonDocument(text);
  if (!doc.ok) {
    if (!options.explicit && !MENTIONS_IMAGE_JSON.test(text)) return { workloads: [], problems: [] };
    return { workloads: [], problems: [{ file, message: doc.message, ...describeOffset(text, doc.offset) }] };
  }
  const isObject = doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value);
  if (!isObject || !looksLikeRunConfig(doc.has)) {
    return options.explicit ? { workloads: [], problems: [{ file, message: NOT_A_MANIFEST }] } : { workloads: [], problems: [] };
  }
  try {
    return { workloads: [runConfigWorkload(text, doc.lookup, file, 0)], problems: [] };
  } catch (error) {
    const name = doc.lookup('name')?.value;
    return { workloads: [], problems: [fieldProblem(file, text, error, undefined, typeof name === 'string' ? name : undefined)] };
  }
}
