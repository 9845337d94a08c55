// The hover card's content, worded: built where the full datasets live (the background, and the
// unit tests), so the content script carries neither the sources' text nor the UI's tables.
import { formatDelta, formatReferenceValue } from '@/lib/dispatch/format';
import { sourceLabel, type ReferenceLookup } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import type { CardView, ClaimSummary } from '@/lib/protocol/messages';

/**
 * `ref`: the claim's entry as `lookupIn(...)` finds it (null: not in any reference). `viewerUrl`: the
 * viewer page's absolute URL without fragment (browser.runtime.getURL('/viewer.html')).
 */
export function buildCardView(claim: ClaimSummary, lang: UiLang, viewerUrl: string, ref: ReferenceLookup | null): CardView {
  const entry = ref?.entry ?? null;
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
    sourceLang: ref?.source.language ?? 'fr',
    dataset: ref && !ref.source.bundled ? { label: t('card.dataset', lang), text: ref.source.title[lang] } : null,
    difference: entry && claim.delta ? { label: t('card.difference', lang), text: formatDelta(claim.delta, lang) } : null,
    inference: entry?.inference ? t('card.inferred', lang, { reason: entry.inference.reason[lang] }) : null,
    dispatch: ref ? { label: sourceLabel(ref, lang), sentence: ref.sentence, quote: ref.entry.quote.text } : null,
    gloss: entry && lang === 'en' ? { label: t('card.gloss', lang), text: entry.gloss } : null,
    noEntry: entry ? null : t('card.noEntry', lang),
    viewer:
      ref && !ref.source.bundled
        ? null
        : { href: entry ? `${viewerUrl}#${encodeURIComponent(entry.id)}` : viewerUrl, text: t('card.openViewer', lang), entryId: entry?.id ?? null },
  };
}
