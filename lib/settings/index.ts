// The user's settings: read, watched and written by the options page, the popup, the background and the
// content script. Small on purpose (plain checks, no zod, no i18n, no UI): the content script imports it.
import { hostMatchesSite, normalizeHostname } from './hostname';
import { settingItems } from './items';
import {
  DEFAULT_SETTINGS,
  parseColours,
  parseMode,
  parseShowUnrelated,
  parseSites,
  parseUiLanguage,
  type Settings,
} from './schema';

export type { Colours, Mode, Settings, UiLanguageSetting } from './schema';
export { DEFAULT_SETTINGS } from './schema';
export { hostMatchesSite, normalizeHostname, parseSiteList } from './hostname';

const parsers: { [K in keyof Settings]: (v: unknown) => Settings[K] } = {
  mode: parseMode,
  listedSites: parseSites,
  disabledSites: parseSites,
  showUnrelated: parseShowUnrelated,
  colours: parseColours,
  uiLanguage: parseUiLanguage,
};

const keys = Object.keys(parsers) as (keyof Settings)[];

/** Every setting, parsed; a missing or invalid stored value gives its default. */
export async function getSettings(): Promise<Settings> {
  const items = settingItems();
  const values = await Promise.all(keys.map((k) => items[k].getValue().catch(() => null)));
  const settings = { ...DEFAULT_SETTINGS } as Settings;
  keys.forEach((k, i) => {
    const raw = values[i];
    // `null` is what storage returns for a missing item: that is the default, not an error.
    (settings as unknown as Record<string, unknown>)[k] = raw == null ? DEFAULT_SETTINGS[k] : parsers[k](raw);
  });
  return settings;
}

/**
 * Calls `onChange` with the full, parsed settings whenever any of them changes (in any context).
 * Returns the function that stops watching. Results of reads that a later change overtook are dropped.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const items = settingItems();
  let latest = 0;
  const reread = () => {
    const ticket = ++latest;
    void getSettings().then((s) => {
      if (ticket === latest) onChange(s);
    });
  };
  const unwatchers = keys.map((k) => items[k].watch(reread));
  return () => unwatchers.forEach((u) => u());
}

/** Stores one setting (validated: an invalid value is refused rather than stored). */
export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const clean = parsers[key](value);
  // Lists are cleaned (normalized, invalid names dropped); a scalar that does not parse is a bug.
  const isList = key === 'listedSites' || key === 'disabledSites';
  if (!isList && clean !== value) throw new Error(`Invalid value for setting ${key}`);
  await settingItems()[key].setValue(clean);
}

/** The popup's switch: turn checking off (or back on) for a site and its subdomains. */
export async function setSiteDisabled(hostname: string, disabled: boolean): Promise<void> {
  const site = normalizeHostname(hostname);
  if (site === null) return;
  const current = (await getSettings()).disabledSites;
  const next = disabled
    ? [...new Set([...current, site])]
    : current.filter((s) => !hostMatchesSite(site, s) && !hostMatchesSite(s, site));
  await setSetting('disabledSites', next);
}

/** True when the user turned checking off for this hostname with the site switch. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.some((site) => hostMatchesSite(hostname, site));
}

/**
 * Whether the content script should check this page by itself. In 'click' mode it never does:
 * it waits for a `scan` message (the toolbar button). The site switch wins over every mode.
 */
export function isCheckingEnabled(settings: Settings, hostname: string): boolean {
  if (normalizeHostname(hostname) === null) return false;
  if (isSiteDisabled(settings, hostname)) return false;
  switch (settings.mode) {
    case 'auto':
      return true;
    case 'click':
      return false;
    case 'listed-sites':
      return settings.listedSites.some((site) => hostMatchesSite(hostname, site));
  }
}
