// Performance marks for `npm run bench`, in bench builds only: Vite replaces the mode at build time
// and drops the call everywhere else, so the shipped content script leaves no trace in the page.
export function benchMark(name: string): void {
  if (import.meta.env.MODE === 'bench') performance.mark(name);
}
