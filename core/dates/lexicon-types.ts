// What a locale's date words are (lexicon-fr.ts, lexicon-en.ts): every word folded (lower case, no
// accents) as the tokenizer gives it. The parsers never hold words of their own: they ask lexicon.ts,
// which merges the locales (pages mix languages: an English page quotes "le 7 mars").

export type MonthPart = 'early' | 'mid' | 'late';
/** Seasons a year is dated by ("printemps 2015", "the autumn of 2015"); winter straddles two years and is left out. */
export type Season = 'spring' | 'summer' | 'autumn';
/** "dernier"/"last": before the page's date; "prochain"/"next": after it; "ce"/"this": in its own period. */
export type Shift = 'last' | 'next' | 'this';
/** Units of a relative date: "il y a quatre jours", "last week", "le mois dernier". */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface DateWords {
  /** Names of the seasons, which date a year's months when the year follows ("printemps 2015", "fall 2015"). */
  seasons: Record<string, Season>;
  /** Full month names. */
  months: Record<string, number>;
  /**
   * Full month names that are months only when capitalised ("march" is a verb, "may" a modal): English
   * writes its months with a capital. Also listed in `months` or `abbreviations`.
   */
  capitalOnly: readonly string[];
  /**
   * Abbreviations: months when capitalised ("Sept. 19", "Mar 2016"), or lower case with their dot
   * beside a day ("3 déc. 2015"); alone they are ordinary words ("sept" is seven in French).
   */
  abbreviations: Record<string, number>;
  /** Month names of the other language that are ordinary words of this one: only months beside a day here. */
  foreignFalseFriends: readonly string[];
  weekdays: Record<string, number>;
  /** Words after a weekday that make it a name, not a date ("Mardi gras", "Vendredi saint"). */
  weekdayFeasts: readonly string[];
  /** Links of a weekday to a feast that names it ("lundi de Pâques", "dimanche des Rameaux"), and the feasts. */
  feastLinks: readonly string[];
  feasts: readonly string[];
  /**
   * Whether a capitalised word after a capitalised weekday makes a title ("the Sunday Times", "Super
   * Tuesday" before it), unless one of `weekdayPrepositions` stands before the weekday ("on Sunday Syrian
   * troops"). English capitalises every weekday; French does not, and "dimanche Vladimir Poutine" is a date.
   */
  weekdayTitles: boolean;
  weekdayPrepositions: readonly string[];
  /** Ordinals before a weekday that make it the nth of a month ("le premier lundi du mois", "the first Monday"). */
  weekdayOrdinals: readonly string[];
  /** Day numbers written as words ("le premier mai"). */
  dayWords: Record<string, number>;
  /**
   * A day of the month written in words, as said aloud: "the ninth of April", "le vingt et un mai".
   * `units` are whole days; `tens` take a unit after a hyphen or `tensJoin` ("twenty-seventh",
   * "vingt-sept", "vingt et un"); `afterTensOnly` are units that are no day alone ("un").
   */
  spokenDays: { units: Record<string, number>; tens: Record<string, number>; tensJoin: readonly string[]; afterTensOnly: readonly string[] };
  /** Ordinal endings glued to a day ("1er", "27th"). */
  daySuffixes: readonly string[];
  /** "fin septembre", "mi-mars", "late September", "the end of May". */
  monthParts: Record<string, MonthPart>;
  /** Which week of a month ("the first week of March", "la dernière semaine de mars"): 1–4, or 'last'. */
  monthWeeks: Record<string, number | 'last'>;
  /** The word "week" of those phrases. */
  weekWords: readonly string[];
  /** Month parts that are nouns and need "of" before the month ("the end of May", not "end May"). */
  partNeedsOf: readonly string[];
  /** Shift words after the word they shift ("mai dernier", "mardi prochain", "l'an passé"). */
  shiftAfter: Record<string, Shift>;
  /** Shift words before the word they shift ("last May", "next Tuesday", "this year", "cette année"). */
  shiftBefore: Record<string, Shift>;
  /** Units of relative dates and of "ago" phrases, singular and plural. */
  units: Record<string, RelativeUnit>;
  /** The plural ones among them: "last year" is a date, "the last years" no. */
  pluralUnits: readonly string[];
  /** "ce mois-ci": the word after a dash that says "this one". */
  thisSuffixes: readonly string[];
  /** Words for an hour of the clock after its number ("à 14 heures"), and what must stand before it. */
  hourWords: readonly string[];
  hourPrepositions: readonly string[];
  /** Words before a year that make it a date ("en 2013", "since 2011"). */
  yearPrepositions: readonly string[];
  /** Those that make a date of a three-digit year too ("en 272", "in 634"). */
  earlyYearPrepositions: readonly string[];
  /** Words before a month alone that make it a date ("en janvier", "since May"). */
  monthPrepositions: readonly string[];
  /** Links of a period between two days or dates ("du 9 au 27", "14 to 24 March"). */
  periodLinks: readonly string[];
  /** Words that may lead a period link between two dates ("jusqu'au 2 avril"). */
  periodLinkLeads: readonly string[];
  /** Dashes: a period between days when spaced ("7 – 27 mars"), two days when glued ("9-10 avril"). */
  dashes: readonly string[];
  /** Links of two days that are a period only after `between` ("entre le 20 et le 23"), else two days. */
  pairLinks: readonly string[];
  between: readonly string[];
  /**
   * Definite articles, elided ones too: before the second day of a range ("9 ou le 10 avril"), in
   * "l'an dernier", and in "the last year" (a duration, where "last year" is a date).
   */
  articles: readonly string[];
  /** "of"/"de": "the 27th of March", "the end of May", "au mois de mai", "May of last year", "mai de l'an dernier". */
  of: readonly string[];
  /** "années 1990", "décennie 2000". */
  decadeWords: readonly string[];
  /** Glued after a year: "the 1990s". */
  decadeSuffixes: readonly string[];
  centuryWords: readonly string[];
  /** Words that open "before Christ" after a century ("av. J.-C.", "BC", "avant notre ère"). */
  eraBefore: readonly string[];
  /** "apr. J.-C.", "AD": after Christ, as a century is by default (a lower-case word only with its tail). */
  eraAfter: readonly string[];
  /** What may follow an era word: "av. J.-C.", "avant Jésus-Christ", "avant notre ère". */
  eraTail: readonly string[];
  /**
   * Anaphoric days, by offset from the previous date of the text, each as the folded words that write
   * it (a word may be joined by '-', as "avant-veille" is written).
   */
  anaphora: ReadonlyArray<{ words: readonly string[]; offset: number; takesObject?: boolean }>;
  /**
   * Days named from the page's own date: "yesterday" -1, "aujourd'hui" 0, "demain" +1, "avant-hier" -2.
   * Words as the tokenizer gives them ("aujourd'hui" is "aujourd", "hui"; the hyphen of "avant-hier" is skipped).
   */
  deicticDays: ReadonlyArray<{ words: readonly string[]; offset: number }>;
  /** The word of each anaphoric phrase the reader looks for first (the rarest: "lendemain", "day"). */
  anaphoraHeads: readonly string[];
  /** "later"/"plus tard": after the previous date; "earlier"/"plus tôt": before it ("a day later"). */
  laterWords: ReadonlyArray<{ words: readonly string[]; sign: 1 | -1 }>;
  /**
   * Words after an anaphoric day that takes an object (`takesObject`) that tie it to an event instead
   * ("la veille du scrutin", "the day after the vote").
   */
  anaphoraBreakers: readonly string[];
  /** After a date without its year, the year of the date before it: "on March 9 of that year", "le 9 mars de la même année". */
  sameYear: readonly string[];
  /**
   * "four days ago" (words after the unit) / "il y a quatre jours" (words before the count); `head` is the
   * word the reader looks for first (the rarest of them).
   */
  agoAfter: ReadonlyArray<{ words: readonly string[]; head: number }>;
  agoBefore: ReadonlyArray<{ words: readonly string[]; head: number }>;
  /** Words after "il y a quatre jours" that make it a count ("de combats"), unless one of `agoTails` follows ("de cela"). */
  agoBreakers: readonly string[];
  agoTails: readonly string[];
  /** Words after a time ago that make it the same day so long before ("a year ago today", "il y a un an jour pour jour"). */
  agoToTheDay: readonly (readonly string[])[];
  /** Words between "il y a" and its count that only hedge or stress it ("il y a tout juste six mois"). */
  agoHedges: readonly (readonly string[])[];
  /** Words that count one without a digit ("a week ago", "il y a une semaine"). */
  one: readonly string[];
}
