// Every error a user can meet carries a stable code and the place to fix it, so entry points can
// print one clear line (never a stack trace) and choose the exit code.

export interface ErrorPlace {
  file?: string;
  line?: number;
  url?: string;
}

/** What an error wraps: the lower-level failure, kept for debugging, never printed to the user. */
export interface ErrorCause {
  cause?: unknown;
}

/** `Code` narrows `code` to the codes a subclass can raise; callers switch on it instead of on messages. */
export class UpgradeActionError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly place: ErrorPlace;
  /** What the user can do about it, when we know. */
  readonly hint?: string;
  declare readonly cause?: unknown;

  constructor(code: Code, message: string, place: ErrorPlace = {}, hint?: string, { cause }: ErrorCause = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.code = code;
    this.place = place;
    this.hint = hint;
  }

  /** One line for logs: `file:line: message (hint)`; a URL the message already names is not repeated. */
  describe(): string {
    const where = this.place.file
      ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}: `
      : this.place.url && !this.message.includes(this.place.url)
        ? `${this.place.url}: `
        : '';
    return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** Run-wide configuration problems (bad inputs, unreachable registry): exit code 2. */
export class ConfigurationError<Code extends string = string> extends UpgradeActionError<Code> {}
