// Every message between the extension's contexts, as zod/mini schemas (small enough for the
// content script). Each receiver parses what it gets with these; anything else is dropped.
import { z } from '@/core/zod';
import { MAX_BECAUSE, MAX_BLOCKS, MAX_CARD_TEXT, MAX_CLUE_CHARS, MAX_CLUES, MAX_CLAIMS, MAX_ENTRY_ID, MAX_ERROR, MAX_FOUND, MAX_ID, MAX_LANG_TAG, MAX_PAGE_CHARS, MAX_PHRASE, MAX_SELECTION_SHOWN, MAX_SENTENCE, MAX_TEXT_CHARS, MAX_URL, MAX_WORDS } from './bounds';

export const VerdictSchema = z.enum(['supported', 'contradicted', 'unrelated']);
export const ClaimKindSchema = z.enum(['casualties', 'date', 'quantity', 'distance', 'duration', 'age', 'rank']);
export const RegionSchema = z.enum(['main', 'heading', 'boilerplate']);

/**
 * How far a figure that differs is from the reference, as numbers (the UI words it in its own
 * language): nearest page value, nearest reference value, page − reference, in the dimension's unit
 * (days for dates and durations, km for distances, plain numbers for counts and ranks).
 */
export const DeltaSchema = z.strictObject({
  dimension: z.enum(['count', 'duration', 'distance', 'date', 'rank']),
  page: z.number(),
  reference: z.number(),
  difference: z.number(),
});

const bounded = (max: number) => z.string().check(z.maxLength(max));
const EntryId = bounded(MAX_ENTRY_ID);

/** What the popup, the card and the content script know of a claim (below). */
const claimFields = {
  /** The phrase exactly as the page writes it. */
  text: bounded(MAX_PHRASE),
  /** The sentence of the page that holds it, clipped to about 300 characters around the figure. */
  sentence: bounded(MAX_SENTENCE),
  kind: ClaimKindSchema,
  verdict: VerdictSchema,
  /** The page's value in words ("at least 400", "7 March 2016"). */
  valueText: bounded(MAX_PHRASE),
  /** The reference entry it was checked against, when it matched one. */
  entryId: z.nullable(EntryId),
  /** The dataset of that entry: the bundled AFP reference's id, or one the reader imported. */
  datasetId: z.nullable(EntryId),
  /** "page 180, reference 188: −8" when the verdict is contradicted. */
  delta: z.nullable(DeltaSchema),
  /** The words of the page that tied the figure to the entry. */
  because: z.array(bounded(MAX_WORDS)).check(z.maxLength(MAX_BECAUSE)),
  region: RegionSchema,
};

/**
 * One figure of the page, with the engine's verdict, as the popup lists it. Every string and list is
 * bounded (lib/protocol/bounds.ts): the background builds claims within these bounds, and a claim
 * beyond them is rejected where it arrives.
 */
export const ClaimSummarySchema = z.strictObject({
  /** Unique within one scan of a tab. */
  id: bounded(MAX_ID),
  ...claimFields,
});

/**
 * What the engine found, as the background sends it back to the content script: a claim without its
 * id (the content script numbers the claims it could map onto its page) and with its place, offsets
 * in the text of the block it was sent as.
 */
export const FoundClaimSchema = z.strictObject({
  ...claimFields,
  block: z.int().check(z.minimum(0)),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});

/** One block of the page's visible text, as the content script's walk leaves it (lib/page-text/settle.ts RawBlock). */
export const RawBlockSchema = z.strictObject({
  text: z.string().check(z.maxLength(MAX_PAGE_CHARS)),
  region: RegionSchema,
  tableHeader: z.optional(z.boolean()),
  bylineIfDated: z.optional(z.boolean()),
});

const Blocks = z.array(RawBlockSchema).check(z.maxLength(MAX_BLOCKS));
const Clue = z.string().check(z.maxLength(MAX_CLUE_CHARS));

/** A page as the content script's walk leaves it, its date still clues (lib/page-text/settle.ts RawPage). */
export const RawPageSchema = z.strictObject({
  blocks: Blocks,
  lang: z.optional(z.enum(['fr', 'en'])),
  title: z.optional(z.string().check(z.maxLength(MAX_PAGE_CHARS))),
  published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  dateClues: z.optional(
    z.strictObject({
      monthFirst: z.boolean(),
      clues: z
        .array(z.union([z.strictObject({ value: Clue }), z.strictObject({ line: Clue, byline: z.nullable(z.enum(['class', 'wording'])), time: z.optional(Clue) })]))
        .check(z.maxLength(MAX_CLUES * 4)),
    }),
  ),
});

/**
 * The background's answer to `analyze-page` and `analyze-blocks`: the claims, the page's language and
 * the engine's time in milliseconds. `lost`: the background no longer holds the page the blocks
 * continue (its service worker was stopped); send them again with the page.
 */
export const AnalyzeAnswerSchema = z.union([
  z.strictObject({ claims: z.array(FoundClaimSchema).check(z.maxLength(MAX_FOUND)), lang: z.enum(['fr', 'en']), engineMs: z.number() }),
  z.strictObject({ lost: z.literal(true) }),
]);

export const ScanStatusSchema = z.enum([
  'scanning', // the content script is reading the page
  'done',
  'disabled', // checking is off for this site or until the user clicks
  'error', // the scan failed; `error` says why
]);

/** What a tab's content script last found. */
export const TabReportSchema = z.strictObject({
  url: bounded(MAX_URL),
  status: ScanStatusSchema,
  error: z.optional(bounded(MAX_ERROR)),
  /**
   * Why the report is an error, when the popup words it itself: `storage`, the background could not
   * store the tab's report (storage.session's quota is shared by every tab).
   */
  errorCode: z.optional(z.enum(['storage'])),
  /** At most MAX_CLAIMS, those tied to the reference first, in page order. */
  claims: z.array(ClaimSummarySchema).check(z.maxLength(MAX_CLAIMS)),
  /** Figures of the page beyond MAX_CLAIMS, not listed. */
  omitted: z.optional(z.int().check(z.minimum(0))),
  /** Page language the engine used. */
  lang: z.optional(z.enum(['fr', 'en'])),
  /** Milliseconds since the epoch. */
  updatedAt: z.number(),
});

const Text = bounded(MAX_CARD_TEXT);

/**
 * Everything the hover card shows, already worded in the UI's language. The background builds it
 * from the full dataset (the content script carries only what matching needs), the card renders it.
 */
export const CardViewSchema = z.strictObject({
  lang: z.enum(['en', 'fr']),
  verdict: VerdictSchema,
  verdictText: Text,
  ariaLabel: Text,
  onPageLabel: Text,
  phrase: Text,
  reference: z.nullable(
    z.strictObject({ label: Text, value: Text, measures: Text, quote: Text, attribution: z.nullable(Text) }),
  ),
  /** The source's language tag, for the quote's and the sentence's `lang`. */
  sourceLang: bounded(MAX_LANG_TAG),
  /** Which imported dataset the figure was checked against ("Dataset: …"); null for the bundled dispatch. */
  dataset: z.nullable(z.strictObject({ label: Text, text: Text })),
  difference: z.nullable(z.strictObject({ label: Text, text: Text })),
  inference: z.nullable(Text),
  dispatch: z.nullable(z.strictObject({ label: Text, sentence: Text, quote: Text })),
  gloss: z.nullable(z.strictObject({ label: Text, text: Text })),
  noEntry: z.nullable(Text),
  /** The link to the reference viewer, which shows the bundled dispatch only: null for a reader's dataset. */
  viewer: z.nullable(z.strictObject({ href: Text, text: Text, entryId: z.nullable(EntryId) })),
});

/** Content script → background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report'), report: TabReportSchema }),
  /** The hover card's content for a claim, in a language. Answered with a CardView. */
  z.strictObject({ type: z.literal('card-view'), claim: ClaimSummarySchema, lang: z.enum(['en', 'fr']) }),
  /**
   * The card's "show in the reference" link: a web page may not open an extension page itself
   * (not web-accessible), so the background opens viewer.html#<entryId> in a new tab.
   */
  z.strictObject({ type: z.literal('open-viewer'), entryId: bounded(MAX_ENTRY_ID) }),
  /** The content script is about to paint its first highlight: insert their stylesheet into its page. */
  z.strictObject({ type: z.literal('highlight-styles') }),
  /** The reader hovers a claim for the first time: inject the card's code (entrypoints/card/) into the tab. */
  z.strictObject({ type: z.literal('card-code') }),
  /**
   * Read a page (the content script does not carry the engine): a new scan of the tab, named by `scan`.
   * Answered with an AnalyzeAnswer.
   */
  z.strictObject({ type: z.literal('analyze-page'), scan: bounded(MAX_ID), page: RawPageSchema }),
  /**
   * Blocks that appeared in the page of scan `scan` (live updates): read in its context (the place and
   * time its text is about). `page` is the scan's page again, when the background said it lost it.
   */
  z.strictObject({ type: z.literal('analyze-blocks'), scan: bounded(MAX_ID), blocks: Blocks, page: z.optional(RawPageSchema) }),
]);

/** The verdicts of a text checked on its own (a draft, a selection), claims numbered in text order. */
export const TextCheckSchema = z.strictObject({
  claims: z.array(ClaimSummarySchema).check(z.maxLength(MAX_CLAIMS)),
  omitted: z.int().check(z.minimum(0)),
  lang: z.enum(['fr', 'en']),
});

/** A selection checked from the context menu, kept for the panel of its window. */
export const SelectionCheckSchema = z.strictObject({
  /** The selection, clipped for display. */
  text: bounded(MAX_SELECTION_SHOWN),
  check: TextCheckSchema,
  /** Milliseconds since the epoch. */
  checkedAt: z.number(),
});

/** Popup (or any extension page) → background. */
export const PageToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-report'), tabId: z.number() }),
  /** A draft typed in the panel: answered with a TextCheck. */
  z.strictObject({ type: z.literal('check-text'), text: z.string().check(z.maxLength(MAX_TEXT_CHARS)) }),
  /** The latest selection checked in a window: answered with `{ selection: SelectionCheck | null }`. */
  z.strictObject({ type: z.literal('get-selection'), windowId: z.number() }),
  /** "Check this page": send `scan` to the tab, injecting the content script first if it is not there. */
  z.strictObject({ type: z.literal('scan-tab'), tabId: z.number() }),
]);

/** The background's answer to `get-selection`. */
export const GetSelectionResponseSchema = z.strictObject({ selection: z.nullable(SelectionCheckSchema) });

/** The background's answer to `get-report`: null when the tab has reported nothing (yet). */
export const GetReportResponseSchema = z.strictObject({ report: z.nullable(TabReportSchema) });

/** The background's answer to `scan-tab`. cannot-run: the browser forbids scripts there (chrome://, stores, PDF viewer). */
export const ScanTabResponseSchema = z.strictObject({
  outcome: z.enum(['sent', 'injected', 'cannot-run']),
  error: z.optional(z.string()),
});

/** Background → extension pages: a tab's report changed or was cleared; ask again with `get-report`. */
export const BackgroundToPageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report-updated'), tabId: z.number() }),
  /** A selection was checked in a window: its panel asks for it with `get-selection`. */
  z.strictObject({ type: z.literal('selection-checked'), windowId: z.number() }),
]);

/** Background or popup → content script of a tab. */
export const ToContentSchema = z.discriminatedUnion('type', [
  /** Scroll the page to a claim and flash it. */
  z.strictObject({ type: z.literal('reveal'), claimId: bounded(MAX_ID) }),
  /** Run a scan now (the toolbar button in "only when I click" mode). */
  z.strictObject({ type: z.literal('scan') }),
  z.strictObject({ type: z.literal('next-claim') }),
  z.strictObject({ type: z.literal('previous-claim') }),
  z.strictObject({ type: z.literal('toggle-highlights') }),
  /**
   * The background lost the tab's report on a navigation event that kept the document (a fragment
   * change, a back/forward-cache restore): send the current report again, if there is one.
   */
  z.strictObject({ type: z.literal('resend-report') }),
]);

export type VerdictT = z.infer<typeof VerdictSchema>;
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;
export type ScanStatus = z.infer<typeof ScanStatusSchema>;
export type TabReport = z.infer<typeof TabReportSchema>;
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;
export type PageToBackground = z.infer<typeof PageToBackgroundSchema>;
export type ToContent = z.infer<typeof ToContentSchema>;
export type GetReportResponse = z.infer<typeof GetReportResponseSchema>;
export type ScanTabResponse = z.infer<typeof ScanTabResponseSchema>;
export type BackgroundToPage = z.infer<typeof BackgroundToPageSchema>;
export type CardView = z.infer<typeof CardViewSchema>;
export type DeltaT = z.infer<typeof DeltaSchema>;
export type FoundClaim = z.infer<typeof FoundClaimSchema>;
export type AnalyzeAnswer = z.infer<typeof AnalyzeAnswerSchema>;
export type RawPageT = z.infer<typeof RawPageSchema>;
export type TextCheck = z.infer<typeof TextCheckSchema>;
export type SelectionCheck = z.infer<typeof SelectionCheckSchema>;
export type GetSelectionResponse = z.infer<typeof GetSelectionResponseSchema>;
