// The reference dataset's schema. The dataset (data/reference.json) is parsed with it by the
// dataset check (`npm run dataset`) and by the unit tests; runtime code that must stay small
// (the content script) imports only the types, with `import type`, so zod stays out of its bundle.
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date yyyy-mm-dd');
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id');

export const Bilingual = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();

/** A named thing with every way pages write it, in both languages. Matching is case- and accent-insensitive. */
export const AliasGroup = z
  .object({
    id: Id,
    label: Bilingual,
    aliases: z.array(z.string().min(1)).min(1),
    /**
     * The group names a place where an event of the reference happened (a city, not a country): a
     * sentence naming it moves the text's focus there, and the sentences that follow are read as
     * being about it until another place is named.
     */
    place: z.boolean().optional(),
    /**
     * The place lies inside another group's place (the airport and the metro station of the Brussels
     * attacks): naming it names the larger place too, and a count located there is a part of the
     * larger place's toll ("13 at Maelbeek").
     */
    within: Id.optional(),
    /** The group names a cause of death ("air strikes killed 320"): a toll of one cause is another count than the whole toll. */
    cause: z.boolean().optional(),
    /** The group names a side, or people a count can be of (IS fighters, troops, civilians): a count's subject. */
    who: z.boolean().optional(),
    /** The group names people without saying who they are ("victims", "people"): it neither establishes nor contradicts a side. */
    generic: z.boolean().optional(),
    /**
     * The group counts what a side struck (targets): a side named with it is the one struck ("117
     * cibles terroristes", "objectifs de l'EI"), not the one counted.
     */
    struck: z.boolean().optional(),
  })
  .strict();

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
  z.object({ type: z.literal('number'), n: z.number() }).strict(),
  /** Two figures: "9-10 avril" as days 9 and 10. */
  z.object({ type: z.literal('range'), min: z.number(), max: z.number() }).strict(),
  /** A vague amount: "des millions" is [2 000 000, +inf) (max null). */
  z.object({ type: z.literal('vague'), min: z.number(), max: z.number().nullable() }).strict(),
  /** A calendar span, both ends included. */
  z.object({ type: z.literal('date'), start: IsoDate, end: IsoDate, precision: DatePrecision }).strict(),
]);

export const Unit = z.enum([
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
  .object({
    id: Id,
    kind: EntryKind,
    /** What the figure measures, in words. */
    measures: Bilingual,
    value: ReferenceValue,
    unit: Unit,
    qualifier: z
      .object({ stated: z.string().nullable(), meaning: QualifierMeaning })
      .strict(),
    /** Who says so, as the article words it ("selon l'OSDH"), and the alias group of the source. */
    attribution: z.object({ stated: z.string().min(1), source: Id }).strict().nullable(),
    /** The verbatim phrase of the article, at its character offsets (UTF-16 code units, as JavaScript counts). */
    quote: z.object({ text: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
    /** An English gloss of the article's sentence, for readers who do not read French. */
    gloss: z.string().min(1),
    /** The date the figure was reported: the dispatch's date. */
    reported: IsoDate,
    /** Set when the value is not written as such in the article but worked out from it. */
    inference: z.object({ resolvedAgainst: IsoDate, reason: Bilingual }).strict().optional(),
    /**
     * What a page's figure must state to be this fact, as alias groups of the dataset: the
     * vocabulary of a reading (core/reading/). A figure is compared with the entry only when each
     * slot is positively compatible; anything unsure says nothing.
     */
    match: z
      .object({
        /**
         * What the figure counts or measures, or, for a date, what happened that day: the head noun
         * or predicate of its own clause (killed, injured, sorties; launched, recaptured). Empty:
         * the dimension says it (a distance, an age) and `about` must stand in the figure's phrase.
         */
        counts: z.array(Id),
        /** Who is counted, or who acts (for dates and ranks): IS fighters, pro-regime forces, people. Empty: no one. */
        subject: z.array(Id),
        /** Proper names of the place or event the fact is about; one must be the figure's topic (its clause, or the place in focus). */
        about: z.array(Id).min(1),
        /** Words of the event that must stand in the figure's own sentence when its names alone say too little (war, truce). */
        eventWords: z.array(Id).optional(),
        /**
         * Groups of which one must stand somewhere around the figure (sentence, paragraph, heading or
         * title): the Brussels toll is a toll of the attacks, not of a demonstration in Brussels.
         */
        context: z.array(Id).optional(),
        /** The days a count covers: a figure with a window of its own must cover the same days. */
        window: z.object({ start: IsoDate, end: IsoDate }).strict().optional(),
        /**
         * When the event took place. On a page written long after it, a figure is about this event only
         * when the text has brought the reader back to this time (the same place can see the same
         * kind of event again: Palmyra was taken, retaken, lost and retaken).
         */
        when: z.object({ start: IsoDate, end: IsoDate }).strict().optional(),
        /**
         * For the dates that open or close an event: a page giving the event's period ("du 9 au
         * 27 mars") has its first day checked against the 'start' entry and its last against 'end'.
         */
        periodRole: z.enum(['start', 'end']).optional(),
        /**
         * Words of the campaign this date opens: a date that begins them ("since", "from", "began")
         * in a phrase naming one of `about` and no place of its own is this entry's ("bombing in Syria
         * since late September 2015"); "began bombing around Palmyra on March 7" is not.
         */
        startOf: z.array(Id).optional(),
        /** A running total or a span counted back from the dispatch's day: a page dated weeks away speaks of another count. */
        timeSensitive: z.boolean().optional(),
        /** The page must say who is counted: the measure alone fits too many counts ("des milliers de déplacés"). */
        subjectRequired: z.boolean().optional(),
        /** The reference states a hope, a plan or an expectation: only a figure stated as one can be it (and no other can). */
        modal: z.boolean().optional(),
        /** The figure is a span between two events ("quatre mois après"), not a length of time. */
        offset: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

export const Exclusion = z
  .object({
    /** The verbatim text left out, at its offsets. */
    text: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    reason: z.string().min(1),
  })
  .strict();

export const ReferenceDataset = z
  .object({
    $schema: z.string().optional(),
    version: z.number().int().positive(),
    source: z
      .object({
        file: z.string().min(1),
        publisher: z.string().min(1),
        language: z.literal('fr'),
        title: Bilingual,
        /** The date of the events the dispatch reports, worked out from its content. */
        dispatchDate: IsoDate,
        dispatchWeekday: z.string().min(1),
        /** The header of the copy (`date 2022-02`): when the copy was made, not when the events happened. */
        copyHeader: z.object({ text: z.string().min(1), start: z.number().int(), end: z.number().int() }).strict(),
        dateExplanation: Bilingual,
      })
      .strict(),
    aliases: z.array(AliasGroup).min(1),
    entries: z.array(ReferenceEntry).min(1),
    excluded: z.array(Exclusion),
  })
  .strict();

export type BilingualText = z.infer<typeof Bilingual>;
export type AliasGroupT = z.infer<typeof AliasGroup>;
export type ReferenceValueT = z.infer<typeof ReferenceValue>;
export type ReferenceEntryT = z.infer<typeof ReferenceEntry>;
export type ReferenceDatasetT = z.infer<typeof ReferenceDataset>;
export type UnitT = z.infer<typeof Unit>;
export type QualifierMeaningT = z.infer<typeof QualifierMeaning>;
