// The environments editors run in: one worker per env key (interpreter and env name), started on
// first use and shared by the editors naming it; the setup code each env runs first (again after
// a stop, in the new worker); and PyScript's rule of one config per env.

export class Envs {
  #workers = new Map();
  #configs = new Map();
  #setups = new Map();

  /**
   * An editor joins env key, with a config or not: a second config for an env is PyScript's
   * SyntaxError, unless the editor has env-override, which starts the env afresh.
   */
  join(key, hasConfig, override) {
    if (hasConfig && this.#configs.has(key)) {
      if (!override) {
        throw new SyntaxError(this.#configs.get(key) ? `duplicated config for env: ${key}`
          : `unable to add a config to the env: ${key}`);
      }
      this.#workers.delete(key);
    }
    this.#configs.set(key, hasConfig);
  }

  /** Setup code the env runs before any editor's: now if its worker runs, and in every new worker. */
  addSetup(key, code) {
    const setups = this.#setups.get(key) ?? [];
    setups.push(code);
    this.#setups.set(key, setups);
  }

  setups(key) {
    return this.#setups.get(key) ?? [];
  }

  /** The env's worker (a promise), started with start() if it has none. */
  worker(key, start) {
    if (!this.#workers.has(key)) this.#workers.set(key, start());
    return this.#workers.get(key);
  }

  /** Whether the env has a worker, started or starting. */
  has(key) {
    return this.#workers.has(key);
  }

  /** The env's worker was stopped: the next run starts a new one (its config and setups stay). */
  stopped(key) {
    this.#workers.delete(key);
  }
}
