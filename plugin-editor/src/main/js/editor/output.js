// Where a run's output goes: an editor with a run button writes under itself (stderr in red); a
// setup editor, or code run without the button, writes to the console, its errors to the banner.

/** The sink for lines of output ({ stdout(line), stderr(line) }), and for the run's failure. */
export const outputFor = (outDiv, notify) => {
  if (!outDiv) {
    return {
      stdout: (line) => console.log(line),
      stderr: (line) => console.error(line),
      failed: (message) => notify(message),
    };
  }
  const red = (text) => {
    const span = outDiv.ownerDocument.createElement("span");
    span.style.color = "red";
    span.textContent = text;
    outDiv.append(span, "\n");
  };
  return {
    stdout: (line) => outDiv.append(`${line}\n`),
    stderr: red,
    failed: (message) => {
      red(message);
      console.error(message);
    },
  };
};
