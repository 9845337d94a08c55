// Reference figures in words, in the UI language: "more than 2,000 years", "27 March 2016".
// Browser-free (Intl only), so the content script's card can use it.
import type { DatasetEntryT, KnownUnitT } from '@/core/reference/schema';
import { hasMessage, localeOf, t, type UiLang } from '@/lib/i18n';
import type { DeltaT } from '@/lib/protocol/messages';

// Intl constructors are slow (the popup formats hundreds of values on open): one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** "2016-03-27" → "27 March 2016" / "27 mars 2016" (UTC: an ISO date names a day, not an instant). */
export function formatIsoDate(iso: string, lang: UiLang, parts: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const options: Intl.DateTimeFormatOptions =
    parts === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : parts === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return cached(`d:${lang}:${parts}`, () => new Intl.DateTimeFormat(localeOf(lang), options)).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatNumber(n: number, lang: UiLang): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(localeOf(lang))).format(n);
}

const INTL_UNITS: Partial<Record<KnownUnitT, string>> = {
  km: 'kilometer',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

function withUnit(n: number, unit: DatasetEntryT['unit'], lang: UiLang): string {
  // A reader's dataset may count anything ("vehicle"): the UI has no word for it, so the dataset's.
  if (!hasMessage(`unit.${unit}`)) return `${formatNumber(n, lang)} ${unit}`;
  const known = unit as KnownUnitT;
  const intlUnit = INTL_UNITS[known];
  if (intlUnit) {
    // Intl knows "1 month" / "2 months" and "1 mois"; "km" stays short as the dispatch writes it.
    const unitDisplay = unit === 'km' ? 'short' : 'long';
    return cached(`u:${lang}:${intlUnit}`, () =>
      new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit: intlUnit, unitDisplay }),
    ).format(n);
  }
  if (unit === 'rank') return ordinal(n, lang);
  return `${formatNumber(n, lang)} ${t(`unit.${known}`, lang)}`;
}

function ordinal(n: number, lang: UiLang): string {
  if (lang === 'fr') return n === 1 ? '1er' : `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function dateSpan(start: string, end: string, lang: UiLang): string {
  if (start === end) return formatIsoDate(start, lang);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  // "9–10 April 2016" when both ends share month and year.
  if (sy === ey && sm === em) return `${Number(sd)}–${formatIsoDate(`${ey}-${em}-${ed}`, lang)}`;
  return `${formatIsoDate(start, lang)} – ${formatIsoDate(end, lang)}`;
}

/** The entry's value in words, with its qualifier: "more than 2,000 years", "May 2015", "about 9–10 April 2016". */
export function formatReferenceValue(entry: DatasetEntryT, lang: UiLang): string {
  const v = entry.value;
  let text: string;
  switch (v.type) {
    case 'number':
      text = withUnit(v.n, entry.unit, lang);
      break;
    case 'range':
      text = t('value.range', lang, { min: formatNumber(v.min, lang), max: withUnit(v.max, entry.unit, lang) });
      break;
    case 'vague':
      text =
        v.max === null
          ? t('value.vagueOpen', lang, { min: withUnit(v.min, entry.unit, lang) })
          : t('value.range', lang, { min: formatNumber(v.min, lang), max: withUnit(v.max, entry.unit, lang) });
      break;
    case 'date':
      text =
        v.precision === 'month'
          ? formatIsoDate(v.start, lang, 'month')
          : v.precision === 'year'
            ? formatIsoDate(v.start, lang, 'year')
            : dateSpan(v.start, v.end, lang);
      break;
  }
  const meaning = entry.qualifier.meaning;
  return meaning === 'exact' ? text : `${t(`qualifier.${meaning}`, lang)} ${text}`;
}

/**
 * A difference in the UI language: "page 180, reference 188: −8", "page 9 mars 2016, référence
 * 7 mars 2016 : +2 jours". Dates and durations are in days, distances in km.
 */
export function formatDelta(delta: DeltaT, lang: UiLang): string {
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '\u2212' : '±');
  const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10);
  const abs = Math.abs(delta.difference);
  let page: string;
  let reference: string;
  let difference: string;
  switch (delta.dimension) {
    case 'date': {
      const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
      page = formatIsoDate(iso(delta.page), lang);
      reference = formatIsoDate(iso(delta.reference), lang);
      difference = `${sign(delta.difference)}${t(abs === 1 ? 'delta.day' : 'delta.days', lang, { n: formatNumber(round(abs), lang) })}`;
      break;
    }
    case 'duration':
      page = t('delta.days', lang, { n: formatNumber(round(delta.page), lang) });
      reference = t('delta.days', lang, { n: formatNumber(round(delta.reference), lang) });
      difference = `${sign(delta.difference)}${t(abs === 1 ? 'delta.day' : 'delta.days', lang, { n: formatNumber(round(abs), lang) })}`;
      break;
    case 'distance':
      page = `${formatNumber(round(delta.page), lang)} km`;
      reference = `${formatNumber(round(delta.reference), lang)} km`;
      difference = `${sign(delta.difference)}${formatNumber(round(abs), lang)} km`;
      break;
    default:
      page = formatNumber(round(delta.page), lang);
      reference = formatNumber(round(delta.reference), lang);
      difference = `${sign(delta.difference)}${formatNumber(round(abs), lang)}`;
  }
  return t('delta.text', lang, { page, reference, difference });
}
