// A stand-in for @actions/core that records what the Action does with the runner: the inputs it
// reads, the secrets it masks, its outputs, failures, log lines and the job summary.
import type { ActionCore } from '../../src/action/inputs.js';

export interface FakeCore extends ActionCore {
  inputsRead: string[];
  outputs: Record<string, string>;
  secrets: string[];
  failures: string[];
  logs: { level: 'info' | 'warning' | 'error' | 'notice' | 'debug'; message: string }[];
  summaryText: string;
}

export function fakeCore(inputs: Record<string, string>): FakeCore {
  const log = (level: FakeCore['logs'][number]['level']) => (message: string | Error) => {
    core.logs.push({ level, message: String(message) });
  };
  const summary = {
    addRaw(text: string) {
      core.summaryText += text;
      return summary;
    },
    async write() {
      return summary;
    }
  };
  const core: FakeCore = {
    inputsRead: [],
    outputs: {},
    secrets: [],
    failures: [],
    logs: [],
    summaryText: '',
    // Like the runner: unset inputs read as '', values are trimmed.
    getInput: (name: string) => {
      core.inputsRead.push(name);
      return (inputs[name] ?? '').trim();
    },
    setOutput: (name: string, value: unknown) => {
      core.outputs[name] = String(value);
    },
    setSecret: (secret: string) => {
      core.secrets.push(secret);
    },
    setFailed: (message: string | Error) => {
      core.failures.push(String(message));
    },
    info: log('info'),
    warning: log('warning'),
    error: log('error'),
    notice: log('notice'),
    debug: log('debug'),
    summary: summary as unknown as ActionCore['summary']
  };
  return core;
}

/** Everything the Action printed or reported, to check that no secret got through. */
export function everythingShown(core: FakeCore): string {
  return [...core.failures, ...core.logs.map((l) => l.message), ...Object.values(core.outputs), core.summaryText].join('\n');
}
