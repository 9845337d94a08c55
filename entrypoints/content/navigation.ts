// Single-page navigations, watched from our own isolated world. WXT's watcher (ctx's
// 'wxt:locationchange') announces each new address with an event dispatched on the page's window,
// which any page script can listen for, and so learn that we run and what our id is.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Without the Navigation API (Firefox ESR), the address is read this often. */
export const NAVIGATION_POLL_MS = 1000;

/** The parts of the Navigation API's `navigate` event we read. */
interface NavigateEventLike extends Event {
  destination?: { url?: string };
}

export interface NavigationSources {
  /** `window.navigation` where the browser has it. */
  navigation?: EventTarget;
  /** The page's current address. */
  href: () => string;
}

type Context = Pick<ContentScriptContext, 'signal' | 'setInterval'>;

/**
 * Calls `onNavigate` with each new address, once. With the Navigation API the address is the
 * event's destination (Chromium announces a pushState before `location` changes); only the browser's
 * own events count. Without it, the address is polled.
 */
export function watchNavigation(ctx: Context, onNavigate: (url: string) => void, sources: NavigationSources = defaultSources()): void {
  let last = sources.href();
  const arrive = (url: string) => {
    if (url === last) return;
    last = url;
    onNavigate(url);
  };
  if (typeof sources.navigation?.addEventListener === 'function') {
    sources.navigation.addEventListener(
      'navigate',
      (event) => {
        const url = (event as NavigateEventLike).destination?.url;
        if (event.isTrusted && typeof url === 'string') arrive(url);
      },
      { signal: ctx.signal },
    );
  } else {
    ctx.setInterval(() => arrive(sources.href()), NAVIGATION_POLL_MS);
  }
}

function defaultSources(): NavigationSources {
  return {
    navigation: (globalThis as { navigation?: EventTarget }).navigation,
    href: () => location.href,
  };
}
