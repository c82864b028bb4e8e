// Every error a user can meet carries a stable code and the place to fix it, so entry points can
// print one clear line (never a stack trace) and choose the exit code.

export interface ErrorPlace {
  file?: string;
  line?: number;
  url?: string;
}

export class UpgradeActionError extends Error {
  readonly code: string;
  readonly place: ErrorPlace;
  /** What the user can do about it, when we know. */
  readonly hint?: string;

  constructor(code: string, message: string, place: ErrorPlace = {}, hint?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.place = place;
    this.hint = hint;
  }

  /** One line for logs: `file:line: message (hint)`. */
  describe(): string {
    const where = this.place.file
      ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}: `
      : this.place.url
        ? `${this.place.url}: `
        : '';
    return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** Run-wide configuration problems (bad inputs, unreachable registry): exit code 2. */
export class ConfigurationError extends UpgradeActionError {}
