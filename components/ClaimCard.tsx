import type { ReferenceEntryT } from '@/core/reference/schema';
import { formatIsoDate, formatReferenceValue } from '@/lib/dispatch/format';
import { t, type UiLang } from '@/lib/i18n';
import type { ClaimSummary } from '@/lib/protocol/messages';
import { QuotedSentence } from './QuotedSentence';
import { VerdictBadge } from './VerdictBadge';

export interface ClaimCardProps {
  claim: ClaimSummary;
  /** The reference entry `claim.entryId` names; null for a figure the reference does not cover. */
  entry: ReferenceEntryT | null;
  /** The dispatch's sentence around the entry's quote (lib/dispatch: sentenceAround / dispatchSentenceOf). */
  dispatchSentence: string | null;
  /** The dispatch's date, ISO (dataset.source.dispatchDate). */
  dispatchDate: string;
  lang: UiLang;
  /** Absolute URL of the viewer page, without fragment: browser.runtime.getURL('/viewer.html'). */
  viewerUrl: string;
  /**
   * Called instead of following the link, when given. A web page cannot open an extension page, so
   * the content script passes a handler that asks the background (message `open-viewer`).
   */
  onOpenViewer?: (entryId: string | null) => void;
  colours?: 'default' | 'high-contrast';
  /** id of the card's root, e.g. for aria-describedby from elsewhere. */
  id?: string;
}

/**
 * The hover card: the page's phrase, the verdict in words, the reference figure with its qualifier and
 * attribution, the difference, the dispatch's verbatim sentence (and an English gloss in English), its
 * date, and a link to the figure in the reference viewer. Presentational only: no browser API.
 */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, entry, dispatchSentence, dispatchDate, lang, viewerUrl, onOpenViewer, colours = 'default' } = props;
  const href = entry ? `${viewerUrl}#${encodeURIComponent(entry.id)}` : viewerUrl;
  const open = (event: MouseEvent) => {
    if (!onOpenViewer) return;
    event.preventDefault();
    onOpenViewer(entry?.id ?? null);
  };
  return (
    <section
      class="pfc-card"
      id={props.id}
      data-colours={colours}
      data-verdict={claim.verdict}
      lang={lang}
      aria-label={t('card.label', lang, { phrase: claim.text })}
    >
      <header>
        <VerdictBadge verdict={claim.verdict} lang={lang} />
      </header>
      <p>
        <span class="pfc-label">{t('card.onPage', lang)}</span>
        <span class="pfc-phrase">{claim.text}</span>
      </p>
      {entry ? (
        <>
          <p>
            <span class="pfc-label">{t('card.reference', lang)}</span>
            <span class="pfc-value">{formatReferenceValue(entry, lang)}</span> — {entry.measures[lang]}
          </p>
          <blockquote class="pfc-quote" lang="fr">
            « {entry.quote.text} »{entry.attribution ? ` — ${entry.attribution.stated}` : ''}
          </blockquote>
          {claim.delta ? (
            <p>
              <span class="pfc-label">{t('card.difference', lang)}</span>
              {claim.delta}
            </p>
          ) : null}
          {entry.inference ? <p class="pfc-gloss">{t('card.inferred', lang, { reason: entry.inference.reason[lang] })}</p> : null}
          {dispatchSentence ? (
            <>
              <p>
                <span class="pfc-label">{t('card.dispatch', lang, { date: formatIsoDate(dispatchDate, lang) })}</span>
                <span class="pfc-sentence" lang="fr">
                  <QuotedSentence sentence={dispatchSentence} quote={entry.quote.text} />
                </span>
              </p>
              {lang === 'en' ? (
                <p class="pfc-gloss" lang="en">
                  {t('card.gloss', lang)}: {entry.gloss}
                </p>
              ) : null}
            </>
          ) : null}
        </>
      ) : (
        <p>{t('card.noEntry', lang)}</p>
      )}
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer" onClick={open}>
          {t('card.openViewer', lang)}
        </a>
      </p>
    </section>
  );
}
