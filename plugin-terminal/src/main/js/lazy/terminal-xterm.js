// The terminal of a script with the terminal attribute: xterm.js under the script (or in its
// target), with its stylesheet, fetched only by pages that have one.
import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import { Readline } from "xterm-readline";
import { lineSink } from "../terminal-lines.js";
import { typeAhead } from "../type-ahead.js";

let styled = false;

const addStylesheet = () => {
  if (styled) return;
  styled = true;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("../css/xterm.css", import.meta.url).href;
  document.head.append(link);
};

/** Where the terminal goes: the element the target attribute names, or a new <py-terminal> after the script. */
const placeFor = (script) => {
  const target = script.getAttribute("target");
  if (target) {
    const found = document.getElementById(target) ?? document.querySelector(target);
    if (!found) throw new Error(`the terminal's target ${target} names no element of the page`);
    return found;
  }
  const place = document.createElement("py-terminal");
  place.style.display = "block";
  script.after(place);
  return place;
};

/** A terminal under (or in the target of) the script, fitted to its place, with the addons given. */
const openTerminal = (script, options, ...addons) => {
  addStylesheet();
  const terminal = new Terminal({ theme: { background: "#191A19", foreground: "#F5F2E7" }, ...options });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  for (const addon of addons) terminal.loadAddon(addon);
  terminal.open(placeFor(script));
  fit.fit();
  Object.defineProperty(script, "terminal", { value: terminal, configurable: true });
  return terminal;
};

/**
 * Opens the terminal of a worker script, which reads lines as well as writing them: { terminal,
 * write(text), read(prompt) }, read giving a promise of the line typed (with line editing and
 * history).
 */
export const openWorker = (script) => {
  const readline = new Readline();
  const ahead = typeAhead(readline);
  // Loaded ahead of readline, so that it hears each key before readline takes it.
  const keys = { activate: (terminal) => terminal.onData(ahead.heard), dispose() {} };
  const terminal = openTerminal(script, { cursorBlink: true, cursorStyle: "block", lineHeight: 1.2 }, keys, readline);
  terminal.focus();
  return {
    terminal,
    write: (text) => readline.write(String(text)),
    read: (prompt) => {
      const line = readline.read(prompt == null ? "" : String(prompt));
      terminal.write("", ahead.replay); // after readline's own write callback, which starts the read
      return line;
    },
  };
};

/**
 * Opens a read-only terminal for a main-thread script: { terminal, sink }, sink taking the
 * interpreter's output. The script element gets it as its terminal property, as in PyScript.
 */
export const openMain = (script) => {
  const terminal = openTerminal(script, { disableStdin: true, cursorBlink: false, cursorStyle: "underline" });
  return { terminal, sink: lineSink((text) => terminal.write(text)) };
};
