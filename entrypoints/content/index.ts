// The content script: thin. It starts the checker once the page is idle; the checker does the rest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Checker } from './checker';
import { benchMark } from './bench';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Not in the manifest: the background inserts content.css into a page once it has highlights to
  // style (entrypoints/content/highlights.ts), so a page that is not checked carries no rule of ours.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Only the top frame: iframes are ads, players and widgets, not the article.
    if (window.top !== window) return;
    // Document idle, when the browser runs us: where the bench's time to verdicts starts.
    benchMark('palmyra-start');
    const checker = new Checker(ctx);
    checker.start().catch(() => {
      /* start() reports its own failures to the popup; nothing may reach the page */
    });
  },
});
