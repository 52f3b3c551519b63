// The code of an editor tag as the editor shows it.

/** The code without the indentation all its lines share, and without leading and trailing blank lines. */
export const dedent = (code) => {
  const lines = String(code).replace(/\r\n?/g, "\n").split("\n");
  const margins = lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length);
  const margin = margins.length ? Math.min(...margins) : 0;
  return lines.map((line) => line.slice(Math.min(margin, line.match(/^[ \t]*/)[0].length))).join("\n").trim();
};

/** The indentation the code uses (its first indented line's), or four spaces. */
export const indentationOf = (code) => String(code).match(/^([ \t]+)\S/m)?.[1] ?? "    ";
