/**
 * A line as it may reach a terminal: every control character written as a `\u001b` escape. Error
 * lines quote what the user or a file gave (an option's value, a file name, a snippet of malformed
 * JSON), and ESC or BEL bytes printed raw would let a file recolour, retitle or rewrite the terminal.
 * Line feeds are kept only where `keepLines` says a multi-line text (the help) is meant.
 *
 * @example printable('bad \u001b[31m') // 'bad \\u001b[31m'
 */
export function printable(line: string, keepLines = false): string {
  return line.replace(keepLines ? PRINTED_CONTROLS_BUT_LF : PRINTED_CONTROLS, escapeOne);
}

// C0 and C1 controls and DEL (C1's CSI, U+009B, is an escape sequence to some terminals too), and
// lone surrogates, which a terminal cannot show; tab is kept as it is harmless.
const PRINTED_CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const PRINTED_CONTROLS_BUT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeOne(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The lines a command prints, each made printable on its way out. */
export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

/** The same io, printing only printable lines: every message of a command passes through it. */
export function printing<Io extends Printer>(io: Io): Io {
  return Object.assign(Object.create(io) as Io, {
    out: (line: string) => io.out(printable(line, true)),
    err: (line: string) => io.err(printable(line)),
  });
}
