// The background's listeners are async: a navigation's "read the report, then drop it" could interleave
// with the report of the new view and drop that one instead. Everything that reads-then-writes a tab's
// report runs through this queue, one task per tab at a time, in the order the events arrived.

export type TabQueue = <T>(tabId: number, task: () => Promise<T>) => Promise<T>;

export function createTabQueue(): TabQueue {
  const tails = new Map<number, Promise<unknown>>();
  return (tabId, task) => {
    // A failed task must not block the ones behind it.
    const run = (tails.get(tabId) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => {});
    tails.set(tabId, tail);
    // Forget idle tabs, so closed tabs do not pile up.
    void tail.then(() => {
      if (tails.get(tabId) === tail) tails.delete(tabId);
    });
    return run;
  };
}
