// Tags that belong to plugins a core.js may be composed without: there the page hears which
// plugin it needs, instead of an editor that never appears or a terminal that never opens.

const PLUGIN_TAGS = [
  { plugin: "editor", selector: "script[type=py-editor],script[type=mpy-editor]" },
  { plugin: "terminal", selector: "script[type=py][terminal],script[type=mpy][terminal],py-script[terminal],mpy-script[terminal]" },
];

const missing = (composed) => PLUGIN_TAGS.filter(({ plugin }) => !composed.includes(plugin));

/** The selectors of the tags of plugins missing from composed (the names of the plugins it has). */
export const missingSelectors = (composed) => missing(composed).map(({ selector }) => selector);

/** The plugin missing from composed that this element needs, or null. */
export const missingPluginOf = (element, composed) =>
  missing(composed).find(({ selector }) => element.matches(selector))?.plugin ?? null;
