import { useEffect, useState } from 'preact/hooks';
import { formatDelta, formatReferenceValue } from '@/lib/dispatch/format';
import { sourceLabel, type LookupFn, type ReferenceLookup } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import type { ClaimSummary, VerdictT } from '@/lib/protocol/messages';
import { QuotedSentence } from './QuotedSentence';
import { VERDICT_ICON } from './VerdictLabel';

/** Those that differ first: they are what the reader most needs to see. */
export const VERDICT_ORDER: readonly VerdictT[] = ['contradicted', 'supported', 'unrelated'];


export interface ClaimListProps {
  claims: readonly ClaimSummary[];
  lang: UiLang;
  /** Scroll the page to the claim and flash it. None for a text that is not on a page (a draft, a selection). */
  onReveal?: (claimId: string) => void;
  /** What the claims are of, for the counts' label: a page (default) or a text checked on its own. */
  scope?: 'page' | 'text';
  /** A claim's entry, its source's sentence and which source (lib/dispatch/lookup.ts). */
  lookup: LookupFn;
  viewerUrl: string;
  /**
   * Render only this many claims in the first frame and the rest right after it has been painted,
   * so a long list does not delay the popup's first paint. Default: everything at once.
   */
  firstPaintLimit?: number;
}

export function countByVerdict(claims: readonly ClaimSummary[]): Record<VerdictT, number> {
  const counts: Record<VerdictT, number> = { contradicted: 0, supported: 0, unrelated: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

/** Counts at the top, then one group per verdict (differs, matches, not covered), each claim revealable. */
export function ClaimList({ claims, lang, onReveal, lookup, viewerUrl, firstPaintLimit, scope = 'page' }: ClaimListProps) {
  const [limit, setLimit] = useState(firstPaintLimit ?? Infinity);
  useEffect(() => {
    if (limit >= claims.length) return;
    // Effects run once the frame is painted; the timeout lets that paint reach the screen first.
    const timer = setTimeout(() => setLimit(Infinity), 0);
    return () => clearTimeout(timer);
  }, [limit, claims.length]);
  const counts = countByVerdict(claims);
  let budget = limit;
  const groups = VERDICT_ORDER.map((verdict) => {
    const all = claims.filter((c) => c.verdict === verdict);
    const shown = all.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return { verdict, total: all.length, claims: shown };
  });
  return (
    <div class="pfc-list">
      <p class="pfc-counts" aria-label={t(scope === 'page' ? 'count.label' : 'count.labelText', lang, counts)}>
        {VERDICT_ORDER.map((v) => (
          <span key={v} class="pfc-count" data-verdict={v} aria-hidden="true">
            <span class="pfc-count-icon">{VERDICT_ICON[v]}</span>
            <strong>{counts[v]}</strong> {t(`count.${v}`, lang)}
          </span>
        ))}
      </p>
      {groups.map(({ verdict, total, claims: group }) =>
        total === 0 ? null : (
          <section key={verdict} class="pfc-group" aria-labelledby={`pfc-group-${verdict}`}>
            <h2 id={`pfc-group-${verdict}`} data-verdict={verdict}>
              <span aria-hidden="true">{VERDICT_ICON[verdict]} </span>
              {t(`group.${verdict}`, lang)} ({total})
            </h2>
            <ul>
              {group.map((claim) => (
                <ClaimItem
                  key={claim.id}
                  claim={claim}
                  lang={lang}
                  onReveal={onReveal}
                  reference={lookup(claim)}
                  viewerUrl={viewerUrl}
                />
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

interface ClaimItemProps {
  claim: ClaimSummary;
  lang: UiLang;
  onReveal?: (claimId: string) => void;
  reference: ReferenceLookup | null;
  viewerUrl: string;
}

function ClaimItem({ claim, lang, onReveal, reference, viewerUrl }: ClaimItemProps) {
  const detailsId = `pfc-claim-${claim.id}`;
  const onClick = (event: MouseEvent) => {
    // Links and the dispatch's disclosure do their own thing; anything else on the item reveals the claim.
    if (!onReveal || (event.target as Element | null)?.closest?.('a, summary, details > :not(summary)')) return;
    onReveal(claim.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter reveals from the item's button; preventing the default stops the button's own click,
    // so one key press reveals once. Space keeps the button's native click.
    if (!onReveal || event.key !== 'Enter' || !(event.target as Element | null)?.closest?.('.pfc-claim-reveal')) return;
    event.preventDefault();
    onReveal(claim.id);
  };
  const phrase = (
    <>
      <span class="pfc-claim-icon" aria-hidden="true">
        {VERDICT_ICON[claim.verdict]}
      </span>
      <bdi class="pfc-claim-phrase">{claim.text}</bdi>
      <span class="pfc-visually-hidden">
        {' — '}
        {t(`verdict.${claim.verdict}`, lang)}.{onReveal ? ` ${t('popup.reveal', lang)}` : ''}
      </span>
    </>
  );
  return (
    <li class="pfc-claim" data-verdict={claim.verdict} data-claim-id={claim.id} onClick={onClick} onKeyDown={onKeyDown}>
      {onReveal ? (
        <button type="button" class="pfc-claim-reveal" aria-describedby={detailsId} title={t('popup.reveal', lang)}>
          {phrase}
        </button>
      ) : (
        <p class="pfc-claim-reveal pfc-claim-static">
          {phrase}
        </p>
      )}
      <div id={detailsId} class="pfc-claim-details">
        {reference ? (
          <>
            <p>
              <span class="pfc-claim-key">{t('card.reference', lang)}{t('punct.colon', lang)}</span>
              <strong>{formatReferenceValue(reference.entry, lang)}</strong> — {reference.entry.measures[lang]}
              {reference.entry.attribution ? (
                <span lang={reference.source.language}> ({reference.entry.attribution.stated})</span>
              ) : null}
            </p>
            {reference.source.bundled ? null : (
              <p class="pfc-claim-dataset">
                <span class="pfc-claim-key">{t('card.dataset', lang)}{t('punct.colon', lang)}</span>
                {reference.source.title[lang]}
              </p>
            )}
            {claim.delta ? (
              <p>
                <span class="pfc-claim-key">{t('card.difference', lang)}{t('punct.colon', lang)}</span>{formatDelta(claim.delta, lang)}
              </p>
            ) : null}
            <p class="pfc-claim-dispatch">
              <span class="pfc-claim-key">{sourceLabel(reference, lang)}{t('punct.colon', lang)}</span>
              <span lang={reference.source.language}>
                <QuotedSentence sentence={reference.sentence} quote={reference.entry.quote.text} />
              </span>
              {reference.source.bundled ? (
                <>
                  {' '}
                  <a href={`${viewerUrl}#${encodeURIComponent(reference.entry.id)}`} target="_blank" rel="noopener noreferrer">
                    {t('card.openViewer', lang)}
                  </a>
                </>
              ) : null}
            </p>
            {lang === 'en' ? (
              <details>
                <summary>{t('card.gloss', lang)}</summary>
                <p class="pfc-gloss">{reference.entry.gloss}</p>
              </details>
            ) : null}
          </>
        ) : null}
      </div>
    </li>
  );
}
