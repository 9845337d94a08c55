import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_POLL_MS, watchNavigation } from './navigation';

/** A context as WXT's: its timers and listeners stop when it is invalidated. */
function fakeContext() {
  const controller = new AbortController();
  const timers: ReturnType<typeof setInterval>[] = [];
  return {
    signal: controller.signal,
    setInterval: (fn: () => void, ms: number) => {
      const id = setInterval(fn, ms);
      timers.push(id);
      return id as unknown as number;
    },
    invalidate: () => {
      controller.abort();
      timers.forEach(clearInterval);
    },
  };
}

/** A `navigate` event as the browser makes it, or as a page script forges it (isTrusted false). */
function navigateEvent(url: string, trusted: boolean): Event {
  const event = new Event('navigate');
  Object.defineProperty(event, 'destination', { value: { url } });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  return event;
}

afterEach(() => vi.useRealTimers());

describe('watchNavigation with the Navigation API', () => {
  it('announces each new destination once, before the address changes', () => {
    const ctx = fakeContext();
    const navigation = new EventTarget();
    const seen: string[] = [];
    watchNavigation(ctx, (url) => seen.push(url), { navigation, href: () => 'https://example.org/a' });
    navigation.dispatchEvent(navigateEvent('https://example.org/b', true));
    navigation.dispatchEvent(navigateEvent('https://example.org/b', true));
    navigation.dispatchEvent(navigateEvent('https://example.org/a', true));
    expect(seen).toEqual(['https://example.org/b', 'https://example.org/a']);
  });

  it('ignores navigate events a page script dispatched, the current address, and a dead context', () => {
    const ctx = fakeContext();
    const navigation = new EventTarget();
    const seen: string[] = [];
    watchNavigation(ctx, (url) => seen.push(url), { navigation, href: () => 'https://example.org/a' });
    navigation.dispatchEvent(navigateEvent('https://example.org/forged', false));
    navigation.dispatchEvent(navigateEvent('https://example.org/a', true));
    ctx.invalidate();
    navigation.dispatchEvent(navigateEvent('https://example.org/after', true));
    expect(seen).toEqual([]);
  });
});

describe('watchNavigation without it (Firefox)', () => {
  it('polls the address and announces a change once', () => {
    vi.useFakeTimers();
    const ctx = fakeContext();
    let href = 'https://example.org/a';
    const seen: string[] = [];
    watchNavigation(ctx, (url) => seen.push(url), { href: () => href });
    vi.advanceTimersByTime(NAVIGATION_POLL_MS * 2);
    expect(seen).toEqual([]);
    href = 'https://example.org/a?view=2';
    vi.advanceTimersByTime(NAVIGATION_POLL_MS);
    vi.advanceTimersByTime(NAVIGATION_POLL_MS);
    expect(seen).toEqual(['https://example.org/a?view=2']);
    ctx.invalidate();
    href = 'https://example.org/b';
    vi.advanceTimersByTime(NAVIGATION_POLL_MS * 2);
    expect(seen).toEqual(['https://example.org/a?view=2']);
  });
});
