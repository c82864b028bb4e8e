import type { Workload } from './workload.js';
import type { ManifestProblem } from './problem.js';
import { FieldError } from './fields.js';
import { lineColumnAt } from '../text/text-position.js';
import { describeOffset, parseJsonDocument } from './parse-json.js';
import { parseYamlDocuments } from './parse-yaml.js';
import { looksLikeRunConfig, runConfigWorkload } from './runconfig.js';
import { isMcpServer, mcpServerWorkload } from './mcpserver.js';

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

export type ManifestSyntax = 'json' | 'yaml';

export function syntaxOf(file: string, text: string): ManifestSyntax {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

// While scanning, a file that does not parse is reported only when it looks like a broken manifest;
// tsconfig.json with comments or a random YAML fragment is not ours to judge.
const MENTIONS_IMAGE_JSON = /"image"\s*:/i;
const MENTIONS_IMAGE_YAML = /^\s*(image\s*:|kind\s*:\s*MCPServer\b)/m;

const NOT_A_MANIFEST = 'not a ToolHive RunConfig or MCPServer manifest (expected "image" and "name" keys, or kind: MCPServer)';

/** Parses one file's text into workloads; never throws for bad input. */
export function parseManifest(file: string, text: string, options: ParseOptions): ParsedManifest {
  return syntaxOf(file, text) === 'json' ? parseJsonManifest(file, text, options) : parseYamlManifest(file, text, options);
}

function fieldProblem(file: string, text: string, error: unknown, documentIndex?: number, name?: string): ManifestProblem {
  if (!(error instanceof FieldError)) throw error;
  return { file, documentIndex, name, message: error.message, ...(error.offset === undefined ? {} : lineColumnAt(text, error.offset)) };
}

function parseJsonManifest(file: string, text: string, options: ParseOptions): ParsedManifest {
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

function parseYamlManifest(file: string, text: string, options: ParseOptions): ParsedManifest {
  const parsed = parseYamlDocuments(text);
  if (!parsed.ok) {
    // Templates (Helm, Go text/template) are not manifests we can read or edit.
    if (!options.explicit && (text.includes('{{') || !MENTIONS_IMAGE_YAML.test(text))) return { workloads: [], problems: [] };
    const { message, line, column, documentIndex } = parsed;
    return { workloads: [], problems: [{ file, line, column, documentIndex: documentIndex > 0 ? documentIndex : undefined, message }] };
  }
  const workloads: Workload[] = [];
  const problems: ManifestProblem[] = [];
  for (const doc of parsed.documents) {
    const value = doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    try {
      if (isMcpServer(value)) {
        workloads.push(mcpServerWorkload(text, value as Record<string, unknown>, doc.nested(['spec', 'image']), file, doc.index));
      } else if (!('apiVersion' in value) && looksLikeRunConfig(doc.has)) {
        workloads.push(runConfigWorkload(text, doc.lookup, file, doc.index));
      }
    } catch (error) {
      problems.push(fieldProblem(file, text, error, parsed.documents.length > 1 ? doc.index : undefined));
    }
  }
  if (options.explicit && workloads.length === 0 && problems.length === 0) problems.push({ file, message: NOT_A_MANIFEST });
  return { workloads, problems };
}
