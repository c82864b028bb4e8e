// The workflow-command channel: annotations (`::error file=…,title=…::message`). @actions/core 3
// (lib/command.js) escapes `%`, CR and LF in the message, and also `:` and `,` in properties, and
// the runner splits commands on CR and LF only, so nothing passed here can end the command line.
// Message and title are still made one printable line (terminalLine): the runner unescapes them
// and GitHub shows them, so a registry string must not bring line breaks or bidi tricks into the
// annotation. The file property is passed as it is: the runner unescapes it back into the path
// the annotation points at, and GitHub never shows it as text.

import { terminalLine } from './terminal.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** An annotation message: one printable line. */
export function annotationMessage(text: string): string {
  return terminalLine(text);
}

/** Annotation properties with the shown ones (title) made one printable line. */
export function annotationProperties(props: AnnotationProperties): AnnotationProperties {
  return { ...props, ...(props.title === undefined ? {} : { title: terminalLine(props.title) }) };
}
