// UI strings in English and French. DOM-free and browser-free, so the content script's card can use it.
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type UiLang = 'en' | 'fr';
export type { MessageKey };

const tables: Record<UiLang, Record<MessageKey, string>> = { en, fr };

/** The string for `key` in `lang`, with each {name} replaced by params.name (left as is when missing). */
export function t(key: MessageKey, lang: UiLang, params?: Record<string, string | number>): string {
  const template = tables[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Whether the UI has a string for `key` (a key built at run time, such as a dataset's unit). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The UI language: the user's choice, else the browser's UI language (French when it starts with "fr"). */
export function resolveUiLang(choice: 'auto' | UiLang, browserUiLanguage: string | undefined): UiLang {
  if (choice !== 'auto') return choice;
  return browserUiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** BCP 47 tag for Intl formatting: en-GB writes "27 March 2016", fr-FR "27 mars 2016". */
export function localeOf(lang: UiLang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}
