// What the page cannot forge. A page's scripts can dispatch any event on any target, our listeners
// included, but the browser marks only the events it makes itself (the reader's input, a real
// navigation) as trusted.

/** An event the browser made: the reader's click or key, a real page transition. */
export function byBrowser(event: Event): boolean {
  return event.isTrusted === true;
}

/** The page came back from the back/forward cache (a `pageshow` the browser fired, persisted). */
export function isCacheRestore(event: Event): boolean {
  return byBrowser(event) && (event as PageTransitionEvent).persisted === true;
}
