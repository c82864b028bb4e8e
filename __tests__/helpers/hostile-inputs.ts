// A workspace whose manifests, file names and registry entry try to write GitHub workflow commands
// (`::stop-commands::`, `::add-mask::`, the legacy `##[…]`) and to disguise names with bidi controls.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { legacyRegistry, legacyServer } from './registry-documents.js';

export const HOSTILE = {
  newlineName: 'x\n::stop-commands::T',
  carriageReturnName: 'x\r::add-mask::y',
  bidiName: '\u202eevil',
  legacyMarkerName: '##[add-mask]secret',
  leadingCommandName: '::error::pwned',
  lineSeparatorName: 'ls\u2028::stop-commands::L',
  newlineFile: 'n\n::warning::newline.yaml',
  commandFile: '::stop-commands::F.yaml',
  envVarName: 'NEW\n::stop-commands::T1',
  sigstoreUrl: 'evil.example\n::add-mask::sig',
  candidateImage: '127.0.0.1:1/x/beta:2.0.0\n::stop-commands::T2',
  skippedEntry: 'bad\n::stop-commands::K'
} as const;

/** Splits like every reader that could see a new line there: LF, CR, VT, FF, NEL, LS, PS. */
export function outputLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
}

/**
 * Lines the GitHub runner would read as a workflow command: starting with `::` after leading
 * whitespace (ActionCommand.TryParseV2), or holding `##[` anywhere (the legacy TryParse).
 */
export function commandLines(text: string): string[] {
  return outputLines(text).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

/** A temp workspace with a registry file (registry.json) and hostile manifests; returns its path. */
export function writeHostileWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-hostile-'));
  writeFileSync(
    path.join(dir, 'registry.json'),
    legacyRegistry({
      alpha: legacyServer('127.0.0.1:1/x/alpha:2.0.0', {
        env_vars: [{ name: HOSTILE.envVarName, description: 'x', required: true }],
        provenance: {
          sigstore_url: HOSTILE.sigstoreUrl,
          repository_uri: 'https://github.com/a/b',
          signer_identity: '/.github/workflows/release.yml',
          runner_environment: 'github-hosted',
          cert_issuer: 'https://token.actions.githubusercontent.com'
        }
      }),
      beta: legacyServer(HOSTILE.candidateImage),
      [HOSTILE.skippedEntry]: null
    })
  );
  const manifest = (name: string, server: string, image: string) =>
    JSON.stringify({ schema_version: 'v0.1.0', name, image, registry_server_name: `io.github.stacklok/${server}`, transport: 'stdio' });
  writeFileSync(path.join(dir, 'm1.json'), manifest(HOSTILE.newlineName, 'alpha', '127.0.0.1:1/x/alpha:1.0.0'));
  writeFileSync(path.join(dir, 'm2.json'), manifest(HOSTILE.carriageReturnName, 'beta', '127.0.0.1:1/x/beta:1.0.0'));
  writeFileSync(path.join(dir, 'm3.json'), manifest(HOSTILE.bidiName, 'gamma', '127.0.0.1:1/x/g:1.0.0'));
  writeFileSync(path.join(dir, 'm4.json'), manifest(HOSTILE.legacyMarkerName, 'gamma', '127.0.0.1:1/x/g:1.0.0'));
  writeFileSync(path.join(dir, 'm5.json'), manifest(HOSTILE.leadingCommandName, 'gamma', '127.0.0.1:1/x/g:1.0.0'));
  writeFileSync(path.join(dir, 'm6.json'), manifest(HOSTILE.lineSeparatorName, 'gamma', '127.0.0.1:1/x/g:1.0.0'));
  // Not valid YAML: an `invalid` row whose note starts with the file name.
  const broken = 'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: broken\nspec:\n  image: [x\n';
  writeFileSync(path.join(dir, HOSTILE.newlineFile), broken);
  writeFileSync(path.join(dir, HOSTILE.commandFile), broken);
  return dir;
}
