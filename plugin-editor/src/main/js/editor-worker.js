// An editor env's worker, from inside: the interpreter's output goes to the page through the page
// functions the editor offers (pyloom_editor_write, pyloom_editor_write_err), and the page runs
// code through the function offered here (pyloom_editor_run).

/** The output sink the kernel takes: each line to the page, which puts it under the editor being run. */
export const pageSink = (pageSync) => ({
  stdout: (line) => pageSync.pyloom_editor_write(String(line)),
  stderr: (line) => pageSync.pyloom_editor_write_err(String(line)),
});

/** Offers the page run(code): it settles once the code has run and fails with the Python error. */
export const offerRunner = (pageSync, run) => {
  pageSync.pyloom_editor_run = async (code) => {
    const failure = await run(String(code));
    if (failure != null) throw new Error(String(failure));
  };
};
