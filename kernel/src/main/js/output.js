// Where an interpreter's standard output and error go: the console (stderr also to its listeners,
// the banner), until a plugin takes them over, as a terminal does. Shared through the global
// object, since the boot may start the interpreter before the runtime that holds the plugins.
import { writeStderr } from "./stderr.js";

const SINKS = Symbol.for("pyloom.output.sinks");

const sinks = () => (globalThis[SINKS] ??= new Map());

/** From now on, type's lines go to sink ({ stdout(line), stderr(line) }) instead. */
export const takeOutput = (type, sink) => {
  sinks().set(type, sink);
};

/** The function an interpreter of that type writes each stdout line to. */
export const stdoutOf = (type) => (line) => {
  const sink = sinks().get(type);
  if (sink) sink.stdout(line);
  else console.log(line);
};

/** The function an interpreter of that type writes each stderr line to. */
export const stderrOf = (type) => (line) => {
  const sink = sinks().get(type);
  if (sink) sink.stderr(line);
  else writeStderr(line);
};
