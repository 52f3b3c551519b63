// The terminal of a script with the terminal attribute: xterm.js under the script (or in its
// target), with its stylesheet, fetched only by pages that have one.
import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import { lineSink } from "../terminal-lines.js";

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

/**
 * Opens a read-only terminal for a main-thread script: { terminal, sink }, sink taking the
 * interpreter's output. The script element gets it as its terminal property, as in PyScript.
 */
export const openMain = (script) => {
  addStylesheet();
  const terminal = new Terminal({
    disableStdin: true, cursorBlink: false, cursorStyle: "underline",
    theme: { background: "#191A19", foreground: "#F5F2E7" },
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(placeFor(script));
  fit.fit();
  Object.defineProperty(script, "terminal", { value: terminal, configurable: true });
  return { terminal, sink: lineSink((text) => terminal.write(text)) };
};
