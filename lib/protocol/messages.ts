// Every message between the extension's contexts, as zod/mini schemas (small enough for the
// content script). Each receiver parses what it gets with these; anything else is dropped.
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` unless told not to; the extension's CSP forbids
// code built from strings, so every context runs zod without it.
z.config({ jitless: true });

export const VerdictSchema = z.enum(['supported', 'contradicted', 'unrelated']);
export const ClaimKindSchema = z.enum(['casualties', 'date', 'quantity', 'distance', 'duration', 'age', 'rank']);
export const RegionSchema = z.enum(['main', 'heading', 'boilerplate']);

/** One figure of the page, with the engine's verdict, as the popup lists it. */
export const ClaimSummarySchema = z.strictObject({
  /** Unique within one scan of a tab. */
  id: z.string(),
  /** The phrase exactly as the page writes it. */
  text: z.string(),
  /** The sentence of the page that holds it. */
  sentence: z.string(),
  kind: ClaimKindSchema,
  verdict: VerdictSchema,
  /** The page's value in words ("at least 400", "7 March 2016"). */
  valueText: z.string(),
  /** The reference entry it was checked against, when it matched one. */
  entryId: z.nullable(z.string()),
  /** "page 180, reference 188: −8" when the verdict is contradicted. */
  delta: z.nullable(z.string()),
  /** The words of the page that tied the figure to the entry. */
  because: z.array(z.string()),
  region: RegionSchema,
});

export const ScanStatusSchema = z.enum([
  'scanning', // the content script is reading the page
  'done',
  'disabled', // checking is off for this site or until the user clicks
  'error', // the scan failed; `error` says why
]);

/** What a tab's content script last found. */
export const TabReportSchema = z.strictObject({
  url: z.string(),
  status: ScanStatusSchema,
  error: z.optional(z.string()),
  claims: z.array(ClaimSummarySchema),
  /** Page language the engine used. */
  lang: z.optional(z.enum(['fr', 'en'])),
  /** Milliseconds since the epoch. */
  updatedAt: z.number(),
});

/** Content script → background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report'), report: TabReportSchema }),
]);

/** Popup (or any extension page) → background. */
export const PageToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-report'), tabId: z.number() }),
]);

/** Background or popup → content script of a tab. */
export const ToContentSchema = z.discriminatedUnion('type', [
  /** Scroll the page to a claim and flash it. */
  z.strictObject({ type: z.literal('reveal'), claimId: z.string() }),
  /** Run a scan now (the toolbar button in "only when I click" mode). */
  z.strictObject({ type: z.literal('scan') }),
  z.strictObject({ type: z.literal('next-claim') }),
  z.strictObject({ type: z.literal('previous-claim') }),
  z.strictObject({ type: z.literal('toggle-highlights') }),
]);

export type VerdictT = z.infer<typeof VerdictSchema>;
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;
export type ScanStatus = z.infer<typeof ScanStatusSchema>;
export type TabReport = z.infer<typeof TabReportSchema>;
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;
export type PageToBackground = z.infer<typeof PageToBackgroundSchema>;
export type ToContent = z.infer<typeof ToContentSchema>;
