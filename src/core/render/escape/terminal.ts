// The terminal channel: CLI table, notes and stderr, and every message the Action logs (a step's
// stdout is scanned for `::command::` lines). Untrusted text becomes one printable line.

import { escapeUnsafeCharacters } from './unsafe-characters.js';

/**
 * One printable line: line breaks, controls, bidi and zero-width characters shown as escapes, and
 * never a workflow command: the runner reads a line as one when it starts with `::` after
 * whitespace, so a leading `:` of such text is escaped too (the text may start a line: a table row,
 * a note, a log message).
 */
export function terminalLine(text: string): string {
  return escapeUnsafeCharacters(text).replace(/^(\s*):(?=:)/, '$1\\x3a');
}

export interface LineLogger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/**
 * A logger whose every message is one printable line before it reaches `sink`: log lines carry
 * registry and manifest strings (images, names, URLs) that must not start a workflow command.
 */
export function safeLogger(sink: LineLogger): LineLogger {
  return {
    info: (message) => sink.info(terminalLine(message)),
    warning: (message) => sink.warning(terminalLine(message)),
    debug: (message) => sink.debug(terminalLine(message))
  };
}
