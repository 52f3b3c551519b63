// What an interpreter writes, as a terminal takes it: whole lines, each ended the way a terminal
// moves to the start of the next one.

/** A line of output (without its newline; it may hold more) as terminal text. */
export const asTerminalText = (line) => `${String(line).replace(/\r?\n/g, "\r\n")}\r\n`;

/** The output sink the kernel takes ({ stdout, stderr }), writing each line to write(text). */
export const lineSink = (write) => ({
  stdout: (line) => write(asTerminalText(line)),
  stderr: (line) => write(asTerminalText(line)),
});
