// Performance marks for `npm run bench`, in bench builds only: Vite replaces the mode at build time
// and drops the call everywhere else, so the shipped content script leaves no trace in the page.
// `detail`: a figure the bench reads with the mark (the background's engine time with `palmyra-analyze-end`).
export function benchMark(name: string, detail?: number): void {
  if (import.meta.env.MODE === 'bench') performance.mark(name, { detail });
}
