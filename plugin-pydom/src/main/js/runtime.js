// pydom's page side, as the global pyloom$pydom: what its Python cannot do itself on MicroPython.

/** root's matches as a NodeList, or the browser's message when the selector is bad. */
export const select = (root, selector) => {
  try {
    return root.querySelectorAll(selector);
  } catch (problem) {
    return String(problem?.message || problem);
  }
};
