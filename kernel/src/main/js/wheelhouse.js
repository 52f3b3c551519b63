// The server's wheelhouse (wheels/index.json beside core.js), asked first for `packages`: a name
// found there installs its wheel and the wheels of what it requires, offline. A server or static
// site without one answers 404, and packages go on as before.

const normalName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * What an index covers of a list of requirements: { wheels: the wheel URLs to install (the
 * requested projects and their requirements found there), others: requirements it does not have }.
 */
export const resolveWheels = (index, requirements, indexUrl) => {
  const known = index.packages || {};
  const seen = new Set();
  const wheels = [];
  const others = [];
  const take = (name) => {
    const key = normalName(name);
    if (seen.has(key)) {
      return true;
    }
    const wheel = known[key];
    if (!wheel) {
      return false;
    }
    seen.add(key);
    wheels.push(new URL(wheel.file, indexUrl).href);
    for (const dependency of wheel.requires || []) {
      if (!take(dependency) && !others.includes(dependency)) {
        others.push(dependency);
      }
    }
    return true;
  };
  for (const requirement of requirements) {
    const name = requirement.trim();
    if (!(PLAIN_NAME.test(name) && take(name))) {
      others.push(requirement);
    }
  }
  return { wheels, others };
};

/** The index at url, or null when there is none (an error status, or not JSON). */
export const fetchIndex = (url) => fetch(url).then((response) => (response.ok ? response.json() : null)).catch(() => null);
