// Units written after a figure: time (durations and ages), distance, and the units that make
// a number something other than a claim of this product (money, temperatures).
import type { TimeUnit } from '../dates/calendar';

export const TIME_UNITS: Record<string, TimeUnit> = {
  minute: 'minute', minutes: 'minute', min: 'minute', mn: 'minute',
  heure: 'hour', heures: 'hour', hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  jour: 'day', jours: 'day', journee: 'day', journees: 'day', day: 'day', days: 'day',
  semaine: 'week', semaines: 'week', week: 'week', weeks: 'week',
  mois: 'month', month: 'month', months: 'month',
  an: 'year', ans: 'year', annee: 'year', annees: 'year', year: 'year', years: 'year',
  decennie: 'decade', decennies: 'decade', decade: 'decade', decades: 'decade',
  siecle: 'century', siecles: 'century', century: 'century', centuries: 'century',
  millenaire: 'millennium', millenaires: 'millennium', millennium: 'millennium', millennia: 'millennium',
};

/** Between a number and its time unit in French: "les 24 dernières heures", "ses trois premiers jours". */
/** Between a number and a unit of time, it multiplies the unit: "une cité deux fois millénaire". */
export const TIMES_WORDS = new Set(['fois']);

export const SPAN_ADJECTIVES = new Set(['derniers', 'dernieres', 'premiers', 'premieres', 'precedents', 'precedentes']);

/** Words before "over" and a length that make it "more than" ("lasted over three weeks"); elsewhere "over" is "during". */
export const OVER_AS_MORE_THAN = new Set(['lasted', 'lasting', 'lasts', 'last', 'took', 'takes', 'take', 'taking', 'for', 'in', 'after', 'spent', 'than', 'within', 'of', 'is', 'was', 'be', 'been']);

/** Units finer than a day are exact; coarser ones stand for ± half a unit (the policy: "three weeks" = 17.5–24.5 days). */
export const COARSE_TIME_UNITS = new Set<TimeUnit>(['week', 'month', 'year', 'decade', 'century', 'millennium']);

export const DISTANCE_UNITS: Record<string, number> = {
  km: 1, kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, kilometre_: 1,
  mile: 1.609344, miles: 1.609344,
  metre: 0.001, metres: 0.001, meter: 0.001, meters: 0.001, m: 0.001,
};

export const PERCENT_WORDS = new Set(['%', 'pourcent', 'percent']);

/** Currency signs and words: prices are never claims of this product. */
export const MONEY_WORDS = new Set(['€', '$', '£', 'euro', 'euros', 'dollar', 'dollars', 'usd', 'eur', 'gbp', 'livres', 'pounds', 'francs', 'chf', 'yuan', 'yens', 'yen', 'roubles', 'rubles', 'dinars', 'cents', 'centimes']);

/** Seconds, the lengths of broadcasts and clips ("Durée : 12 min 40 s"): no claim of this product. */
export const SECOND_WORDS = new Set(['s', 'sec', 'secs', 'secondes', 'seconds']);

/** Words that make a number a measurement outside this product's kinds. */
export const OTHER_MEASURE_WORDS = new Set(['°', 'degres', 'degrees', 'c', 'kg', 'tonnes', 'tons', 'g', 'mg', 'l', 'litres', 'liters', 'ha', 'hectares', 'mw', 'gw', 'kw', 'kwh', 'mph', 'kmh', 'go', 'gb', 'mo', 'mb', 'px', 'pts', 'points', 'buts', 'goals']);
