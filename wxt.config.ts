import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// WXT's content-script context announces every start to the page (a window.postMessage and a DOM
// event named with the extension's id) and stops itself when the page dispatches that event: any
// page could learn the extension is installed, and switch it off. This build drops both calls; the
// content script notices a reloaded or removed extension itself (entrypoints/content/checker.ts).
function quietContentScriptContext(): Plugin {
  const announce = 'this.stopOldScripts();';
  const listen = 'this.listenForNewerScripts();';
  return {
    name: 'palmyra-quiet-content-script-context',
    transform(code: string, id: string) {
      if (!id.replace(/\\/g, '/').endsWith('wxt/dist/utils/content-script-context.mjs')) return undefined;
      if (!code.includes(announce) || !code.includes(listen)) {
        throw new Error('WXT changed its content-script context: check that it no longer talks to pages before updating this plugin');
      }
      return code.replace(announce, '').replace(listen, '');
    },
  };
}

// Firefox-only manifest keys: Chromium warns about unknown keys, so they are
// added only to the Firefox manifest.
const GECKO_ID = 'palmyra-fact-check@example.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses. WXT's auto-imports also offered the exports of components/
  // (test helpers included) to any module that named them, which once pulled the whole dataset into
  // the content script.
  imports: false,
  vite: (env) => ({
    plugins: [preact(), quietContentScriptContext()],
    // `--mode sizecheck`: source maps, to see what each module weighs in the bundles.
    build: env.mode === 'sizecheck' ? { sourcemap: true } : {},
  }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (local) and per-tab reports (session). activeTab: check a page the user
    // clicked for even where they restricted the extension's site access ("only when I click" mode,
    // tabs opened before install). scripting (Chrome MV3) injects the content script then, and the
    // highlights' stylesheet; Firefox MV2 does both with tabs.executeScript and tabs.insertCSS.
    // No `tabs` permission: reports carry their page's URL.
    // contextMenus: "Check this selection", whose click hands over the selected text (and no more).
    // (WXT adds sidePanel to Chrome's for the side panel; Firefox's sidebar needs no permission.)
    permissions: manifestVersion === 3 ? ['storage', 'activeTab', 'scripting', 'contextMenus'] : ['storage', 'activeTab', 'contextMenus'],
    // The content script's own sites, for one use: inserting the highlights' stylesheet into a page once
    // it has highlights (lib/tab-state/styles.ts); declared as the content script's CSS it reached every
    // page, where any site could read it. The install prompt is the one the content script already
    // causes. (WXT moves host_permissions into permissions for MV2.) The e2e hook (lib/e2e/hooks.ts)
    // reads loopback fixture tabs' URLs under the same grant.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      // The browser opens the panel itself; the name differs between MV3 (action) and MV2 (browser_action).
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_cmdOpenPanel__',
      },
      'next-claim': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNextClaim__' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPreviousClaim__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // CSS Custom Highlights (the only way we paint) since Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
