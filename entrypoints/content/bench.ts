// Performance marks for `npm run bench`, in bench builds only: Vite replaces the mode at build time
// and drops the call everywhere else, so the shipped content script leaves no trace in the page.
// `value`: a figure the bench reads from the mark's name ("palmyra-engine=3.25"): names reach the page's
// observer from our world as they are, a mark's detail may not.
export function benchMark(name: string, value?: number): void {
  if (import.meta.env.MODE === 'bench') performance.mark(value === undefined ? name : `${name}=${value.toFixed(3)}`);
}

let waited = 0;

/**
 * Awaits `work`, counting the wait as time the page or the background had, not the content script's
 * (bench builds only): the bench's scan ratio is the content script's own main-thread time.
 */
export async function benchWait<T>(work: Promise<T>): Promise<T> {
  if (import.meta.env.MODE !== 'bench') return work;
  const started = performance.now();
  try {
    return await work;
  } finally {
    waited += performance.now() - started;
  }
}

/** Milliseconds spent in benchWait so far. */
export function benchWaited(): number {
  return waited;
}
