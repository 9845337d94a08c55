// The shape of every stored setting, parsed on each read: a stored value that does not fit (corrupted,
// from a future version, written by hand) falls back to its default instead of throwing. Plain checks,
// not zod: the content script reads the settings, and the page's process carries no schema library.
import { normalizeHostname } from './hostname';

export const MODES = ['auto', 'click', 'listed-sites'] as const;
export const COLOURS = ['default', 'high-contrast'] as const;
export const UI_LANGUAGES = ['auto', 'en', 'fr'] as const;

export type Mode = (typeof MODES)[number];
export type Colours = (typeof COLOURS)[number];
export type UiLanguageSetting = (typeof UI_LANGUAGES)[number];

export interface Settings {
  /** auto: every http(s) page; click: only when the user asks; listed-sites: only on `listedSites`. */
  mode: Mode;
  listedSites: string[];
  /** Sites where the popup's switch turned checking off (wins over every mode). */
  disabledSites: string[];
  /** Highlight figures the reference does not cover. */
  showUnrelated: boolean;
  colours: Colours;
  uiLanguage: UiLanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'auto',
  listedSites: [],
  disabledSites: [],
  showUnrelated: false,
  colours: 'default',
  uiLanguage: 'auto',
});

/** More than anyone would list by hand; bounds the work of a corrupted or hostile value. */
export const MAX_SITES = 1000;

/** Valid hostnames of a stored list, normalized and deduplicated; not a list at all → []. */
export function parseSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = (value as unknown[])
    .slice(0, MAX_SITES)
    .map((v) => (typeof v === 'string' ? normalizeHostname(v) : null))
    .filter((h): h is string => h !== null);
  return [...new Set(sites)];
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return (values as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

export const parseMode = (v: unknown): Mode => oneOf(MODES, v, DEFAULT_SETTINGS.mode);
export const parseColours = (v: unknown): Colours => oneOf(COLOURS, v, DEFAULT_SETTINGS.colours);
export const parseUiLanguage = (v: unknown): UiLanguageSetting => oneOf(UI_LANGUAGES, v, DEFAULT_SETTINGS.uiLanguage);
export const parseShowUnrelated = (v: unknown): boolean => (typeof v === 'boolean' ? v : DEFAULT_SETTINGS.showUnrelated);
