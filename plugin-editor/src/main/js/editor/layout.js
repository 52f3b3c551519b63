// The elements of an editor, with PyScript's names so that PyScript's stylesheet applies:
// TARGET (<py-editor>, or the element target names) > .py-editor-box[data-env] >
//   .py-editor-input (the run button, and a div whose shadow root holds CodeMirror) and
//   .py-editor-output (or the element output names).

const icon = (shape) => `<svg style="height:24px;width:24px" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${shape}</svg>`;

/** The run and stop buttons' contents; a script's data-run and data-stop replace them, for it and later editors. */
export const buttons = {
  run: icon('<path d="M8 6.5v11l9-5.5z" fill="#464646"/>'),
  stop: icon('<rect x="7" y="7" width="10" height="10" fill="#464646"/>'),
};

let lastId = 0;

/** A new id of PyScript's form: py-editor-0, mpy-editor-1, ... */
export const newId = (type) => `${type}-editor-${lastId++}`;

/** Where the editor goes: the element the script's target names, or a new <py-editor> after the script. */
export const placeFor = (script, type) => {
  const selector = script.getAttribute("target");
  if (selector) {
    const found = document.getElementById(selector) ?? document.querySelector(selector);
    if (!found) throw new Error(`the ${type}-editor's target ${selector} names no element of the page`);
    return found;
  }
  const place = document.createElement(`${type}-editor`);
  place.style.display = "block";
  script.after(place);
  return place;
};

/** The output element: the one the script's output attribute names, or a new one. */
const outputFor = (script, type) => {
  const id = script.getAttribute("output");
  if (id) {
    const found = document.getElementById(id);
    if (!found) throw new Error(`the ${type}-editor's output ${id} names no element of the page`);
    found.classList.add(`${type}-editor-output`);
    return found;
  }
  const output = document.createElement("div");
  output.className = `${type}-editor-output`;
  output.id = `${newId(type)}-output`;
  return output;
};

/**
 * Builds the editor's box in place: { box, button, output, root }, root being the open shadow
 * root CodeMirror goes in (so the page's styles do not reach it). rows limits its height.
 */
export const buildBox = (script, type, place, env) => {
  if (!place.id) place.id = newId(type);
  if (!place.hasAttribute("exec-id")) place.setAttribute("exec-id", "0");
  if (!place.hasAttribute("root")) place.setAttribute("root", place.id);
  const box = document.createElement("div");
  box.className = `${type}-editor-box`;
  box.dataset.env = env;
  const input = document.createElement("div");
  input.className = `${type}-editor-input`;
  input.setAttribute("aria-label", "Python Script Area");
  const button = document.createElement("button");
  button.className = `absolute ${type}-editor-run-button`;
  button.setAttribute("aria-label", "Python Script Run Button");
  button.innerHTML = buttons.run;
  const holder = document.createElement("div");
  // Keys typed in the editor are the editor's: a page's own shortcuts do not see them.
  holder.addEventListener("keydown", (event) => event.stopPropagation());
  input.append(button, holder);
  const output = outputFor(script, type);
  box.append(input, output);
  const root = holder.attachShadow({ mode: "open" });
  const styles = [":host { all: initial; }"];
  const rows = Number.parseInt(script.getAttribute("rows") ?? "", 10);
  if (rows > 0) {
    styles.push(`.cm-editor { height: auto; max-height: ${Math.floor(rows * 18.5)}px; min-height: ${Math.floor(3 * 18.5)}px; }`);
  }
  root.innerHTML = `<style>${styles.join("\n")}</style>`;
  place.append(box);
  return { box, button, output, root };
};
