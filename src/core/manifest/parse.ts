import type { Workload } from './workload.js';
import type { ManifestProblem } from './problem.js';
import {
  NOT_A_MANIFEST,
  type ParsedManifest,
  type ParseOptions,
  fieldProblem,
  isJsonManifestName,
  parseJsonManifest
} from './parse-json-manifest.js';
import { parseYamlDocuments } from './parse-yaml.js';
import { looksLikeRunConfig, runConfigWorkload } from './runconfig.js';
import { isMcpServer, mcpServerWorkload } from './mcpserver.js';

export type { ParsedManifest, ParseOptions } from './parse-json-manifest.js';

export type ManifestSyntax = 'json' | 'yaml';

export function syntaxOf(file: string, text: string): ManifestSyntax {
  if (isJsonManifestName(file)) return 'json';
  const lower = file.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

// While scanning, a YAML file that does not parse is reported only when it looks like a broken
// manifest; a random YAML fragment is not ours to judge.
const MENTIONS_IMAGE_YAML = /^\s*(image\s*:|kind\s*:\s*MCPServer\b)/m;

/** Parses one file's text into workloads; never throws for bad input. */
export function parseManifest(file: string, text: string, options: ParseOptions): ParsedManifest {
  return syntaxOf(file, text) === 'json' ? parseJsonManifest(file, text, options) : parseYamlManifest(file, text, options);
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
