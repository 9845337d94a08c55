// The tab's checked claims as JSON, Markdown and schema.org ClaimReview JSON-LD. Pure functions: the
// popup passes the report, the reference lookup and today's date, and downloads the text.
import type { ReferenceDatasetT } from '@/core/reference/schema';
import { formatDelta, formatReferenceValue } from '@/lib/dispatch/format';
import { sourceLabel, type LookupFn } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import type { ClaimSummary, TabReport, VerdictT } from '@/lib/protocol/messages';
import { escapeMarkdown } from './markdown-escape';

export interface ExportContext {
  /** The extension's name as the manifest gives it. */
  extensionName: string;
  extensionVersion: string;
  /** Today, ISO yyyy-mm-dd. */
  today: string;
  /** The bundled dataset's source, which the export names as the reference. */
  source: ReferenceDatasetT['source'];
  /** A claim's entry and source (a reader's dataset, for claims checked against one). */
  lookup: LookupFn;
}

const ORDER: readonly VerdictT[] = ['contradicted', 'supported', 'unrelated'];

function sorted(claims: readonly ClaimSummary[]): ClaimSummary[] {
  return ORDER.flatMap((v) => claims.filter((c) => c.verdict === v));
}

function counts(claims: readonly ClaimSummary[]): Record<VerdictT, number> {
  const n: Record<VerdictT, number> = { contradicted: 0, supported: 0, unrelated: 0 };
  for (const c of claims) n[c.verdict]++;
  return n;
}

/** Everything the popup knows, machine-readable. */
export function toJson(report: TabReport, ctx: ExportContext): string {
  const doc = {
    generator: { name: ctx.extensionName, version: ctx.extensionVersion },
    exportedOn: ctx.today,
    page: { url: report.url, lang: report.lang ?? null, checkedAt: new Date(report.updatedAt).toISOString() },
    reference: {
      publisher: ctx.source.publisher,
      title: ctx.source.title,
      date: ctx.source.dispatchDate,
    },
    counts: counts(report.claims),
    claims: sorted(report.claims).map((claim) => {
      const ref = ctx.lookup(claim);
      return {
        ...claim,
        reference: ref
          ? {
              dataset: ref.source.datasetId,
              entryId: ref.entry.id,
              measures: ref.entry.measures,
              value: ref.entry.value,
              unit: ref.entry.unit,
              qualifier: ref.entry.qualifier,
              attribution: ref.entry.attribution?.stated ?? null,
              quote: ref.entry.quote.text,
              sentence: ref.sentence,
              gloss: ref.entry.gloss,
            }
          : null,
      };
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The checked page's address: a link when it is http(s) (it always is from our content script), else text. */
function pageLink(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(url);
}

/** A readable report in the UI language; page text escaped so it cannot inject markup. */
export function toMarkdown(report: TabReport, ctx: ExportContext, lang: UiLang): string {
  const n = counts(report.claims);
  const colon = t('punct.colon', lang);
  const lines: string[] = [
    `# ${t('app.name', lang)}`,
    '',
    `- URL${colon}${pageLink(report.url)}`,
    `- ${t('card.reference', lang)}${colon}${escapeMarkdown(ctx.source.title[lang])}`,
    `- ${t('count.label', lang, n)}`,
    '',
  ];
  for (const verdict of ORDER) {
    const group = report.claims.filter((c) => c.verdict === verdict);
    if (group.length === 0) continue;
    lines.push(`## ${t(`group.${verdict}`, lang)} (${group.length})`, '');
    for (const claim of group) {
      lines.push(`- **${escapeMarkdown(claim.text)}** — ${escapeMarkdown(claim.sentence)}`);
      const ref = ctx.lookup(claim);
      if (ref) {
        const attribution = ref.entry.attribution ? ` (${escapeMarkdown(ref.entry.attribution.stated)})` : '';
        lines.push(
          `  - ${t('card.reference', lang)}${colon}${escapeMarkdown(formatReferenceValue(ref.entry, lang))} — ${escapeMarkdown(ref.entry.measures[lang])}${attribution}`,
        );
        if (claim.delta) lines.push(`  - ${t('card.difference', lang)}${colon}${escapeMarkdown(formatDelta(claim.delta, lang))}`);
        lines.push(`  - ${escapeMarkdown(sourceLabel(ref, lang))}${colon}« ${escapeMarkdown(ref.sentence)} »`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** "27 Mar 2016" */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** A verdict on schema.org's usual 1–5 scale: 5 supported by the reference, 1 differs from it. */
const RATING: Record<'supported' | 'contradicted', { value: number; word: string }> = {
  supported: { value: 5, word: 'Supported by' },
  contradicted: { value: 1, word: 'Differs from' },
};

/**
 * One schema.org ClaimReview per claim matched to the reference (supported or contradicted); figures the
 * reference does not cover are not reviewed. Returned as a JSON array of JSON-LD documents.
 */
export function toClaimReviews(report: TabReport, ctx: ExportContext): object[] {
  return sorted(report.claims).flatMap((claim) => {
    if (claim.verdict === 'unrelated' || !claim.entryId) return [];
    const ref = ctx.lookup(claim);
    if (!ref) return [];
    const source = ref.source;
    const when = shortDate(source.dispatchDate);
    const rating = RATING[claim.verdict];
    const explanation = [
      `Reference: ${formatReferenceValue(ref.entry, 'en')} (${ref.entry.measures.en})`,
      ref.entry.attribution ? `, ${ref.entry.attribution.stated}` : '',
      `. ${source.publisher}, ${when}: "${ref.sentence}"`,
      claim.delta ? `. Difference: ${formatDelta(claim.delta, 'en')}` : '',
      '.',
    ].join('');
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.sentence.trim() || claim.text,
        datePublished: ctx.today,
        author: { '@type': 'Organization', name: ctx.extensionName },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.value,
          bestRating: 5,
          worstRating: 1,
          alternateName: `${rating.word} ${source.publisher}, ${when}`,
          ratingExplanation: explanation,
        },
        itemReviewed: {
          '@type': 'Claim',
          appearance: { '@type': 'CreativeWork', url: report.url },
        },
        isBasedOn: {
          '@type': 'NewsArticle',
          // The dispatch's title in its own language (French); a reader's source, in English.
          headline: source.bundled ? source.title.fr : source.title.en,
          datePublished: source.dispatchDate,
          publisher: { '@type': 'Organization', name: source.publisher },
          inLanguage: source.language,
        },
      },
    ];
  });
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that stays inert inside an HTML <script type="application/ld+json"> (where publishers paste
 * ClaimReview): "<", ">" and "&" written as \u003c, \u003e, \u0026, so page text holding "</script>"
 * or "<!--" cannot end or comment out the script; U+2028 and U+2029 escaped for JavaScript parsers
 * older than ES2019. These characters only occur inside JSON strings, where the escapes mean the same
 * value: JSON.parse gives back exactly what was serialized.
 */
export function stringifyForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toClaimReviewJsonLd(report: TabReport, ctx: ExportContext): string {
  return `${stringifyForScript(toClaimReviews(report, ctx), 2)}\n`;
}
