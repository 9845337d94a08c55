import type { CardView } from '@/lib/protocol/messages';
import { QuotedSentence } from './QuotedSentence';
import { VerdictLabel } from './VerdictLabel';

export interface ClaimCardProps {
  /** What the card says, worded in its language (lib/card/view.ts builds it). */
  view: CardView;
  /**
   * When given, "show in the reference" is a button that calls it instead of a link: a web page cannot
   * open an extension page, and no element the page can reach may hold the extension's URL (in Firefox
   * it carries a per-install id), so the content script passes a handler that asks the background
   * (message `open-viewer`). It gets the event, so it can tell the reader's click from the page's.
   */
  onOpenViewer?: (entryId: string | null, event: MouseEvent) => void;
  colours?: 'default' | 'high-contrast';
  /** id of the card's root, e.g. for aria-describedby from elsewhere. */
  id?: string;
}

/**
 * The hover card: the page's phrase, the verdict in words, the reference figure with its qualifier and
 * attribution, the difference, the dispatch's verbatim sentence (and an English gloss in English), its
 * date, and a link to the figure in the reference viewer. Presentational only: no browser API, no
 * string table; page text is only ever rendered as text.
 */
export function ClaimCard({ view, onOpenViewer, colours = 'default', id }: ClaimCardProps) {
  const ref = view.reference;
  return (
    <section class="pfc-card" id={id} data-colours={colours} data-verdict={view.verdict} lang={view.lang} aria-label={view.ariaLabel}>
      <header>
        <VerdictLabel verdict={view.verdict} text={view.verdictText} />
      </header>
      <p>
        <span class="pfc-label">{view.onPageLabel}</span>
        {/* bdi: a right-to-left override in the page's phrase must not turn the card's own words around. */}
        <bdi class="pfc-phrase">{view.phrase}</bdi>
      </p>
      {ref ? (
        <>
          <p>
            <span class="pfc-label">{ref.label}</span>
            <span class="pfc-value">{ref.value}</span> — {ref.measures}
          </p>
          <blockquote class="pfc-quote" lang={view.sourceLang}>
            « {ref.quote} »{ref.attribution ? ` — ${ref.attribution}` : ''}
          </blockquote>
        </>
      ) : null}
      {view.dataset ? (
        <p class="pfc-dataset">
          <span class="pfc-label">{view.dataset.label}</span>
          {view.dataset.text}
        </p>
      ) : null}
      {view.difference ? (
        <p>
          <span class="pfc-label">{view.difference.label}</span>
          {view.difference.text}
        </p>
      ) : null}
      {view.inference ? <p class="pfc-gloss">{view.inference}</p> : null}
      {view.dispatch ? (
        <p>
          <span class="pfc-label">{view.dispatch.label}</span>
          <span class="pfc-sentence" lang={view.sourceLang}>
            <QuotedSentence sentence={view.dispatch.sentence} quote={view.dispatch.quote} />
          </span>
        </p>
      ) : null}
      {view.gloss ? (
        <p class="pfc-gloss" lang="en">
          {view.gloss.label}: {view.gloss.text}
        </p>
      ) : null}
      {view.noEntry ? <p>{view.noEntry}</p> : null}
      {view.viewer ? (
        <p>
          {onOpenViewer ? (
            <button
              type="button"
              class="pfc-link-button"
              onClick={(event) => {
                event.preventDefault();
                onOpenViewer(view.viewer!.entryId, event);
              }}
            >
              {view.viewer.text}
            </button>
          ) : (
            <a href={view.viewer.href} target="_blank" rel="noopener noreferrer">
              {view.viewer.text}
            </a>
          )}
        </p>
      ) : null}
    </section>
  );
}
