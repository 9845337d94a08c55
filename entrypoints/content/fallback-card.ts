// When the background cannot answer (it is restarting, or the extension was updated under the
// page), the card still says what the page states and the verdict, in a few built-in words.
import type { CardView, ClaimSummary } from '@/lib/protocol/messages';

/** The bundled dataset's id (data/reference.json), written here so the content script carries no dataset. */
export const BUNDLED_DATASET_ID = 'afp-palmyra-2016-03-27';

const WORDS = {
  en: { supported: 'Matches the reference', contradicted: 'Differs from the reference', unrelated: 'Not in the reference', onPage: 'On this page', missing: 'The details of the reference could not be loaded: reload the page to try again.', viewer: 'Show in the reference dispatch' },
  fr: { supported: 'Conforme à la référence', contradicted: 'Diffère de la référence', unrelated: 'Absent de la référence', onPage: 'Sur cette page', missing: "Le détail de la référence n'a pas pu être chargé : rechargez la page pour réessayer.", viewer: 'Voir dans la dépêche de référence' },
} as const;

export function fallbackCardView(claim: ClaimSummary, lang: 'en' | 'fr'): CardView {
  const w = WORDS[lang];
  return {
    lang,
    verdict: claim.verdict,
    verdictText: w[claim.verdict],
    ariaLabel: claim.text,
    onPageLabel: w.onPage,
    phrase: claim.text,
    reference: null,
    sourceLang: 'fr',
    dataset: null,
    difference: null,
    inference: null,
    dispatch: null,
    gloss: null,
    noEntry: w.missing,
    // The viewer shows the bundled dispatch: no link for a claim of a reader's dataset.
    viewer: claim.datasetId && claim.datasetId !== BUNDLED_DATASET_ID ? null : { href: '#', text: w.viewer, entryId: claim.entryId },
  };
}
