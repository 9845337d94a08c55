// The hover card's content, worded: built where the full dataset lives (the background, and the
// unit tests), so the content script carries neither the dispatch's text nor the UI's tables.
import type { ReferenceEntryT } from '@/core/reference/schema';
import { dataset, dispatchSentenceOf, entryById } from '@/lib/dispatch/dataset';
import { formatDelta, formatIsoDate, formatReferenceValue } from '@/lib/dispatch/format';
import { t, type UiLang } from '@/lib/i18n';
import type { CardView, ClaimSummary } from '@/lib/protocol/messages';

/** `viewerUrl`: the viewer page's absolute URL without fragment (browser.runtime.getURL('/viewer.html')). */
export function buildCardView(claim: ClaimSummary, lang: UiLang, viewerUrl: string, entry: ReferenceEntryT | null = entryById(claim.entryId)): CardView {
  const sentence = entry ? dispatchSentenceOf(entry) : null;
  return {
    lang,
    verdict: claim.verdict,
    verdictText: t(`verdict.${claim.verdict}`, lang),
    ariaLabel: t('card.label', lang, { phrase: claim.text }),
    onPageLabel: t('card.onPage', lang),
    phrase: claim.text,
    reference: entry
      ? {
          label: t('card.reference', lang),
          value: formatReferenceValue(entry, lang),
          measures: entry.measures[lang],
          quote: entry.quote.text,
          attribution: entry.attribution?.stated ?? null,
        }
      : null,
    difference: entry && claim.delta ? { label: t('card.difference', lang), text: formatDelta(claim.delta, lang) } : null,
    inference: entry?.inference ? t('card.inferred', lang, { reason: entry.inference.reason[lang] }) : null,
    dispatch: entry && sentence ? { label: t('card.dispatch', lang, { date: formatIsoDate(dataset.source.dispatchDate, lang) }), sentence, quote: entry.quote.text } : null,
    gloss: entry && lang === 'en' ? { label: t('card.gloss', lang), text: entry.gloss } : null,
    noEntry: entry ? null : t('card.noEntry', lang),
    viewer: { href: entry ? `${viewerUrl}#${encodeURIComponent(entry.id)}` : viewerUrl, text: t('card.openViewer', lang), entryId: entry?.id ?? null },
  };
}
