// The browser's UI language, for extension pages (the content script's card receives `lang` as a prop).
import { browser } from 'wxt/browser';
import { resolveUiLang, type UiLang } from './index';

export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Some test doubles and very old engines lack i18n; English is the safe default.
    return undefined;
  }
}

export function uiLangFor(choice: 'auto' | UiLang): UiLang {
  return resolveUiLang(choice, browserUiLanguage());
}
