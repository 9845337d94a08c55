// The reference dataset's schema, version 3: the bundled one (data/reference.json) and those readers
// write about other events (docs/datasets.md). The dataset is parsed with it by the dataset check
// (`npm run dataset`), by loadDataset (load.ts: background, options page, node) and by the unit tests;
// runtime code that must stay small (the content script) imports only the types, with `import type`,
// so zod stays out of its bundle. Older files are upgraded by migrate.ts before they are parsed.
import { DISTANCE_UNITS, TIME_UNITS } from '../claims/units';
import { z } from '../zod';

/** The version of the dataset format this schema reads; migrate.ts upgrades older ones to it. */
export const DATASET_VERSION = 3;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const IsoDate = z.string().check(z.regex(ISO_DATE_PATTERN, 'an ISO date yyyy-mm-dd'));
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = z.string().check(z.regex(ID_PATTERN, 'a kebab-case id'));

export const Bilingual = z.strictObject({ en: z.string().check(z.minLength(1)), fr: z.string().check(z.minLength(1)) });

/** A named thing with every way pages write it, in both languages. Matching is case- and accent-insensitive. */
export const AliasGroup = z
  .strictObject({
    id: Id,
    label: Bilingual,
    aliases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /**
     * The group names a place where an event of the reference happened (a city, not a country): a
     * sentence naming it moves the text's focus there, and the sentences that follow are read as
     * being about it until another place is named.
     */
    place: z.optional(z.boolean()),
    /**
     * The place lies inside another group's place (the airport and the metro station of the Brussels
     * attacks): naming it names the larger place too, and a count located there is a part of the
     * larger place's toll ("13 at Maelbeek").
     */
    within: z.optional(Id),
    /** The group names a cause of death ("air strikes killed 320"): a toll of one cause is another count than the whole toll. */
    cause: z.optional(z.boolean()),
    /** The group names a side, or people a count can be of (IS fighters, troops, civilians): a count's subject. */
    who: z.optional(z.boolean()),
    /** The group names people without saying who they are ("victims", "people"): it neither establishes nor contradicts a side. */
    generic: z.optional(z.boolean()),
    /**
     * The group counts what a side struck (targets): a side named with it is the one struck ("117
     * cibles terroristes", "objectifs de l'EI"), not the one counted.
     */
    struck: z.optional(z.boolean()),
  });

export const DatePrecision = z.enum([
  'day', // "le 7 mars"
  'days', // "9-10 avril"
  'month-part', // "fin septembre", "début mars", "mi-mars"
  'month', // "mai 2015"
  'year', // "2013"
  'years', // a span of years, e.g. inferred from "depuis cinq ans"
]);

export const ReferenceValue = z.discriminatedUnion('type', [
  /** A single figure as the article states it: 400, 2000, 20 (with the unit beside it). */
  z.strictObject({ type: z.literal('number'), n: z.number() }),
  /** Two figures: "9-10 avril" as days 9 and 10. */
  z.strictObject({ type: z.literal('range'), min: z.number(), max: z.number() }),
  /** A vague amount: "des millions" is [2 000 000, +inf) (max null). */
  z.strictObject({ type: z.literal('vague'), min: z.number(), max: z.nullable(z.number()) }),
  /** A calendar span, both ends included. */
  z.strictObject({ type: z.literal('date'), start: IsoDate, end: IsoDate, precision: DatePrecision }),
]);

/**
 * The units whose meaning the engine knows: `date` (a date value), `rank` (an ordinal), `km` (a
 * distance), `hour` to `year` (a length of time), and the counts of this dispatch (`person`,
 * `sortie`, `target`). The UI has words for each of them.
 */
export const KnownUnit = z.enum([
  'person',
  'sortie',
  'target',
  'km',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'date',
  'rank',
]);

/** A unit that is neither known nor a count of something: a word the figure reader takes for time or distance ("minutes", "miles"). */
const OTHER_DIMENSION_WORDS = new Set([...Object.keys(TIME_UNITS), ...Object.keys(DISTANCE_UNITS)].filter((w) => !(KnownUnit.options as readonly string[]).includes(w)));
export const COUNT_UNIT_PATTERN = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * A known unit, or any other lowercase word (`vehicle`, `building`, `household`): a count of that
 * thing. The dimension is the unit's (compile.ts dimensionOf): a word of time or distance other than
 * the known ones ("minute", "mile") is refused, since the engine would read it as a count.
 */
export const Unit = z
  .string()
  .check(z.regex(COUNT_UNIT_PATTERN, 'a unit: a known one or a lowercase word'))
  .check(z.superRefine((unit, ctx) => {
    if (OTHER_DIMENSION_WORDS.has(unit)) ctx.addIssue({ code: 'custom', message: `"${unit}" is a unit of time or distance: use one of hour, day, week, month, year or km`, params: { problem: 'unit-dimension', unit } });
  }))
  .check(z.meta({ description: `One of ${KnownUnit.options.join(', ')}, or any other lowercase word for a count of that thing ("vehicle", "building").` }));

/** How the article qualifies a figure; the engine turns it into an interval by the verdict policy. */
export const QualifierMeaning = z.enum([
  'exact',
  'more-than', // plus de, more than: [n, +inf)
  'at-least', // au moins: [n, +inf)
  'nearly', // près de: [0.9n, n]
  'about', // environ, autour de: [0.9n, 1.1n]
  'less-than', // moins de: [0, n)
  'up-to', // jusqu'à: [0, n]
]);

export const EntryKind = z.enum(['casualties', 'date', 'quantity', 'distance', 'duration', 'age', 'rank']);

export const ReferenceEntry = z
  .strictObject({
    id: Id,
    kind: EntryKind,
    /** What the figure measures, in words. */
    measures: Bilingual,
    value: ReferenceValue,
    unit: Unit,
    qualifier: z
      .strictObject({ stated: z.nullable(z.string()), meaning: QualifierMeaning }),
    /** Who says so, as the article words it ("selon l'OSDH"), and the alias group of the source. */
    attribution: z.nullable(z.strictObject({ stated: z.string().check(z.minLength(1)), source: Id })),
    /** The verbatim phrase of the article, at its character offsets (UTF-16 code units, as JavaScript counts). */
    quote: z.strictObject({ text: z.string().check(z.minLength(1)), start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) }),
    /** An English gloss of the article's sentence, for readers who do not read its language. */
    gloss: z.string().check(z.minLength(1)),
    /** The date the figure was reported: the dispatch's date. */
    reported: IsoDate,
    /** Set when the value is not written as such in the article but worked out from it. */
    inference: z.optional(z.strictObject({ resolvedAgainst: IsoDate, reason: Bilingual })),
    /**
     * What a page's figure must state to be this fact, as alias groups of the dataset: the
     * vocabulary of a reading (core/reading/). A figure is compared with the entry only when each
     * slot is positively compatible; anything unsure says nothing.
     */
    match: z
      .strictObject({
        /**
         * What the figure counts or measures, or, for a date, what happened that day: the head noun
         * or predicate of its own clause (killed, injured, sorties; launched, recaptured). Empty:
         * the dimension says it (a distance, an age) and `about` must stand in the figure's phrase.
         */
        counts: z.array(Id),
        /** Who is counted, or who acts (for dates and ranks): IS fighters, pro-regime forces, people. Empty: no one. */
        subject: z.array(Id),
        /** Proper names of the place or event the fact is about; one must be the figure's topic (its clause, or the place in focus). */
        about: z.array(Id).check(z.minLength(1)),
        /** Words of the event that must stand in the figure's own sentence when its names alone say too little (war, truce). */
        eventWords: z.optional(z.array(Id)),
        /**
         * Groups of which one must stand somewhere around the figure (sentence, paragraph, heading or
         * title): the Brussels toll is a toll of the attacks, not of a demonstration in Brussels.
         */
        context: z.optional(z.array(Id)),
        /**
         * People the count leaves out although a toll might take them in (the Paris toll of 130 does
         * not count the attackers): a page's count that takes them in is another count, and one that
         * leaves out the same people is this one. A count that leaves out people this list does not
         * name is never this entry's.
         */
        excludes: z.optional(z.array(Id)),
        /** The days a count covers: a figure with a window of its own must cover the same days. */
        window: z.optional(z.strictObject({ start: IsoDate, end: IsoDate })),
        /**
         * When the event took place. On a page written long after it, a figure is about this event only
         * when the text has brought the reader back to this time (the same place can see the same
         * kind of event again: Palmyra was taken, retaken, lost and retaken).
         */
        when: z.optional(z.strictObject({ start: IsoDate, end: IsoDate })),
        /**
         * For the dates that open or close an event: a page giving the event's period ("du 9 au
         * 27 mars") has its first day checked against the 'start' entry and its last against 'end'.
         */
        periodRole: z.optional(z.enum(['start', 'end'])),
        /**
         * Words of the campaign this date opens: a date that begins them ("since", "from", "began")
         * in a phrase naming one of `about` and no place of its own is this entry's ("bombing in Syria
         * since late September 2015"); "began bombing around Palmyra on March 7" is not.
         */
        startOf: z.optional(z.array(Id)),
        /** A running total or a span counted back from the dispatch's day: a page dated weeks away speaks of another count. */
        timeSensitive: z.optional(z.boolean()),
        /** The page must say who is counted: the measure alone fits too many counts ("des milliers de déplacés"). */
        subjectRequired: z.optional(z.boolean()),
        /** The reference states a hope, a plan or an expectation: only a figure stated as one can be it (and no other can). */
        modal: z.optional(z.boolean()),
        /** The figure is a span between two events ("quatre mois après"), not a length of time. */
        offset: z.optional(z.boolean()),
      }),
  });

export const Exclusion = z
  .strictObject({
    /** The verbatim text left out, at its offsets. */
    text: z.string().check(z.minLength(1)),
    start: z.int().check(z.minimum(0)),
    end: z.int().check(z.minimum(0)),
    reason: z.string().check(z.minLength(1)),
  });

/** A language tag, BCP 47 in its common forms: 'fr', 'en', 'de', 'pt-BR', 'zh-Hant'. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const LanguageTag = z.string().check(z.regex(LANGUAGE_TAG_PATTERN, 'a language tag such as en, fr or pt-BR'));

export const ReferenceDataset = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(DATASET_VERSION),
    /** The dataset's own name, kebab-case: how it is stored and shown ("afp-palmyra-2016-03-27"). */
    id: Id,
    source: z
      .strictObject({
        /** The article's text file, beside the dataset (the bundled dataset's); a dataset may hold the text itself instead (`text`). */
        file: z.optional(z.string().check(z.minLength(1))),
        publisher: z.string().check(z.minLength(1)),
        language: LanguageTag,
        title: Bilingual,
        /** The date of the events the article reports, worked out from its content. */
        dispatchDate: IsoDate,
        dispatchWeekday: z.optional(z.string().check(z.minLength(1))),
        /** A header of the copy (`date 2022-02`) that is no part of the article: when the copy was made, not when the events happened. */
        copyHeader: z.optional(z.strictObject({ text: z.string().check(z.minLength(1)), start: z.int(), end: z.int() })),
        /** How the article's date was worked out, when it had to be. */
        dateExplanation: z.optional(Bilingual),
        /**
         * The article's full text, which the quotes' offsets point into: the UI shows the sentence
         * around a quote from it. Without it, the quote stands for its sentence.
         */
        text: z.optional(z.string().check(z.minLength(1))),
      }),
    aliases: z.array(AliasGroup).check(z.minLength(1)),
    entries: z.array(ReferenceEntry).check(z.minLength(1)),
    excluded: z.array(Exclusion),
  });

export type BilingualText = z.infer<typeof Bilingual>;
export type AliasGroupT = z.infer<typeof AliasGroup>;
export type ReferenceValueT = z.infer<typeof ReferenceValue>;
/** Any valid dataset (version 3), a reader's or the bundled one. */
export type DatasetT = z.infer<typeof ReferenceDataset>;
export type DatasetEntryT = z.infer<typeof ReferenceEntry>;
/** A unit: a known one or a count of anything. */
export type UnitT = z.infer<typeof Unit>;
export type KnownUnitT = z.infer<typeof KnownUnit>;
/** An entry of the bundled dataset: its units are known ones, which the UI has words for. */
export type ReferenceEntryT = DatasetEntryT & { unit: KnownUnitT };
/**
 * The bundled dataset (data/reference.json), as the viewer, popup and card of the AFP dispatch show
 * it: its source has a file, a copy header, a weekday and an explained date, and its units are known.
 */
export type ReferenceDatasetT = Omit<DatasetT, 'source' | 'entries'> & {
  source: DatasetT['source'] & Required<Pick<DatasetT['source'], 'file' | 'copyHeader' | 'dispatchWeekday' | 'dateExplanation'>>;
  entries: ReferenceEntryT[];
};
export type QualifierMeaningT = z.infer<typeof QualifierMeaning>;
