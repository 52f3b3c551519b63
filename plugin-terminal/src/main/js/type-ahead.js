// Keys typed into a worker terminal while no line is being read (the worker is still busy with
// the last one) are kept and given to the next read, as a terminal's type-ahead does.

/** For an xterm-readline Readline: heard(data) sees every key first; replay() after a read starts. */
export const typeAhead = (readline) => {
  const pending = [];
  return {
    heard: (data) => {
      if (readline.activeRead === undefined) pending.push(data);
    },
    replay: () => {
      while (pending.length > 0 && readline.activeRead !== undefined) readline.readData(pending.shift());
    },
  };
};
