// The shape of every stored setting, parsed with zod/mini on each read: a stored value that does not
// fit (corrupted, from a future version, written by hand) falls back to its default instead of throwing.
import * as z from 'zod/mini';
import { normalizeHostname } from './hostname';

// Extension pages, the background and the content script all run under a CSP without 'unsafe-eval'.
z.config({ jitless: true });

export const ModeSchema = z.enum(['auto', 'click', 'listed-sites']);
export const ColoursSchema = z.enum(['default', 'high-contrast']);
export const UiLanguageSchema = z.enum(['auto', 'en', 'fr']);

export type Mode = z.infer<typeof ModeSchema>;
export type Colours = z.infer<typeof ColoursSchema>;
export type UiLanguageSetting = z.infer<typeof UiLanguageSchema>;

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

const SiteListSchema = z.array(z.unknown());

/** Valid hostnames of a stored list, normalized and deduplicated; not a list at all → []. */
export function parseSites(value: unknown): string[] {
  const parsed = SiteListSchema.safeParse(value);
  if (!parsed.success) return [];
  const sites = parsed.data
    .slice(0, MAX_SITES)
    .map((v) => (typeof v === 'string' ? normalizeHostname(v) : null))
    .filter((h): h is string => h !== null);
  return [...new Set(sites)];
}

function parseOr<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

export const parseMode = (v: unknown): Mode => parseOr(ModeSchema, v, DEFAULT_SETTINGS.mode);
export const parseColours = (v: unknown): Colours => parseOr(ColoursSchema, v, DEFAULT_SETTINGS.colours);
export const parseUiLanguage = (v: unknown): UiLanguageSetting => parseOr(UiLanguageSchema, v, DEFAULT_SETTINGS.uiLanguage);
export const parseShowUnrelated = (v: unknown): boolean => parseOr(z.boolean(), v, DEFAULT_SETTINGS.showUnrelated);
