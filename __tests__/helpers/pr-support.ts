// Builders for PR tests: spans found by searching the text (never stored offsets), and upgrades to propose.
import type { EnvVarInfo, UpgradeAvailable } from '../../src/core/check/result.js';
import type { SourceSpan, Workload } from '../../src/core/manifest/workload.js';
import { updateType } from '../../src/core/image/update-type.js';
import { tagOf } from '../../src/core/image/written-reference.js';
import { decideProposal } from '../../src/core/provenance/mode.js';
import type { Verification } from '../../src/core/provenance/verification.js';
import type { PullRequestPlanOptions } from '../../src/core/pr/plan.js';

export function spanAt(text: string, offset: number, length: number): SourceSpan {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { offset, length, line, column };
}

/** Span of the `occurrence`-th (0-based) exact `token` in `text`. */
export function spanOf(text: string, token: string, occurrence = 0): SourceSpan {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(token, at + 1);
    if (at === -1) throw new Error(`token ${token} #${occurrence} not found`);
  }
  return spanAt(text, at, token.length);
}

/** Span of the top-level JSON `"image"` string value (the first `"image"` key followed by a string). */
export function jsonImageSpan(text: string): { span: SourceSpan; value: string } {
  const m = /"image"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text);
  if (!m) throw new Error('no image');
  const offset = m.index + m[0].length - m[1]!.length;
  return { span: spanAt(text, offset, m[1]!.length), value: JSON.parse(m[1]!) as string };
}

export interface UpgradeSpec {
  file: string;
  text: string;
  name?: string;
  kind?: Workload['kind'];
  /** Token text of the image value in `text` (quotes included); defaults to the JSON image value. */
  token?: string;
  occurrence?: number;
  candidate: string;
  added?: EnvVarInfo[];
  removed?: EnvVarInfo[];
  transport?: { from: string; to: string };
  permissionProfile?: { from: string; to: string };
  /** Default: verification disabled (skipped). */
  verification?: Verification;
  envVarNames?: string[];
  documentIndex?: number;
  description?: string;
  /** The registry entry's `repository_url`. */
  repositoryUrl?: string;
  /** Default: from the two tags, as the check computes it. */
  updateType?: UpgradeAvailable['update_type'];
  heldBy?: string;
}

export function upgrade(spec: UpgradeSpec): UpgradeAvailable {
  let span: SourceSpan;
  let image: string;
  if (spec.token !== undefined) {
    span = spanOf(spec.text, spec.token, spec.occurrence ?? 0);
    image = spec.token.replace(/^["']|["']$/g, '');
  } else {
    const j = jsonImageSpan(spec.text);
    span = j.span;
    image = j.value;
  }
  const name = spec.name ?? 'wl';
  const workload: Workload = {
    kind: spec.kind ?? 'runconfig',
    file: spec.file,
    documentIndex: spec.documentIndex ?? 0,
    name,
    image,
    imageSpan: span,
    registryServerName: 'example-server',
    transport: 'stdio',
    permissionProfileNameOrPath: 'none',
    envVarNames: spec.envVarNames ?? [],
    secrets: []
  };
  const verification: Verification = spec.verification ?? { status: 'skipped', reason: 'verification disabled' };
  return {
    workload_name: name,
    registry_server: 'example-server',
    status: 'upgrade-available',
    current_image: image,
    candidate_image: spec.candidate,
    ...(spec.added || spec.removed
      ? { env_var_drift: { ...(spec.added ? { added: spec.added } : {}), ...(spec.removed ? { removed: spec.removed } : {}) } }
      : {}),
    ...(spec.transport || spec.permissionProfile
      ? {
          config_drift: {
            ...(spec.transport ? { transport: spec.transport } : {}),
            ...(spec.permissionProfile ? { permission_profile: spec.permissionProfile } : {})
          }
        }
      : {}),
    file: spec.file,
    line: span.line,
    workload,
    entry: {
      kind: 'image',
      name: 'example-server',
      image: spec.candidate,
      transport: 'stdio',
      env_vars: [],
      description: spec.description,
      ...(spec.repositoryUrl ? { repository_url: spec.repositoryUrl } : {})
    },
    verification,
    proposal: decideProposal(verification.status === 'skipped' ? 'disabled' : 'warn', false, verification),
    // As the check computes it; undefined for tags that are not versions (a case the check never makes).
    update_type: spec.updateType ?? (updateType(tagOf(image) ?? '', tagOf(spec.candidate) ?? '') as UpgradeAvailable['update_type']),
    ...(spec.heldBy ? { held_by: spec.heldBy } : {})
  };
}

/** Plan options the plan tests share: one PR for everything, no drafts, no variable defaults written. */
export const PLAN_OPTIONS: PullRequestPlanOptions = {
  grouping: 'all',
  naming: { prefix: 'toolhive-upgrade/', baseBranch: 'main' },
  addDefaultEnvVars: false,
  draft: false,
  registrySource: 'registry.json'
};
