// Timing helpers for the linearity tests: how long a call takes on input of size n and of size 10n.
// Time is the process's CPU time, not the wall clock: on a busy machine (parallel test files, other
// builds) a process waits for a core, and wall time would measure the neighbours. What noise is left
// (garbage collection, caches) only ever makes a run slower, so the fastest of several samples is the
// estimate; short calls are looped until a sample lasts long enough for the clock to resolve it.

/** A sample shorter than this is repeated in a loop: CPU clocks are coarse below it. */
const MIN_SAMPLE_MS = 20;

/** A single run of the big input this slow is not repeated: the test fails without waiting longer. */
const SLOW_ENOUGH_TO_TRUST_MS = 500;

/** CPU time of this process (user + system), in milliseconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Milliseconds per call of `run`: the fastest of `samples` samples, after one warm-up call. */
export function fastestMs(run: () => unknown, samples = 5): number {
  const t0 = cpuNow();
  run(); // warms up the JIT, and tells how many calls a sample needs
  const once = cpuNow() - t0;
  const loops = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(once, 0.01)));
  let best = Infinity;
  for (let s = 0; s < samples; s++) {
    const start = cpuNow();
    for (let i = 0; i < loops; i++) run();
    best = Math.min(best, (cpuNow() - start) / loops);
  }
  return best;
}

export interface Growth {
  small: number;
  big: number;
  ratio: number;
}

/**
 * Time of `run(input(10n)) / run(input(n))`. The big input runs once first: when that one run is
 * already twice the bound and half a second long, repeating it would only make a failing test slow,
 * so that measure is reported as is. A ratio over the bound is measured once more and the lower kept.
 */
export function growth(input: (n: number) => string, n: number, run: (text: string) => unknown, bound: number): Growth {
  const smallText = input(n);
  const bigText = input(10 * n);
  const measure = (): Growth => {
    const small = fastestMs(() => run(smallText), 7);
    const t0 = cpuNow();
    run(bigText);
    const firstBig = cpuNow() - t0;
    // A slow single run is only trusted when it is slow in absolute terms too: a 30 ms run can be
    // one garbage collection, and CI once failed on exactly that (0.5 ms small, one 34 ms big).
    if (firstBig > 2 * bound * small && firstBig > SLOW_ENOUGH_TO_TRUST_MS) return { small, big: firstBig, ratio: firstBig / small };
    const big = Math.min(firstBig, fastestMs(() => run(bigText), 2));
    return { small, big, ratio: big / small };
  };
  const first = measure();
  if (first.ratio < bound || first.ratio > 2 * bound) return first;
  const second = measure();
  return second.ratio < first.ratio ? second : first;
}

/** `text` repeated until it is `n` characters long (cut at n). */
export function fill(text: string, n: number): string {
  return text.repeat(Math.ceil(n / text.length)).slice(0, n);
}
