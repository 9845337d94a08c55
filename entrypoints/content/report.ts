// The tab's report as the content script sends it: bounded (lib/protocol/bounds.ts), so a page of
// 5,000 figures cannot fill storage.session.
import { boundedList, clipEnd, clipSentence, figureInSentence, MAX_BECAUSE, MAX_ERROR, MAX_PHRASE, MAX_URL, MAX_WORDS } from '@/lib/protocol/bounds';
import type { ClaimSummary, ScanStatus, TabReport } from '@/lib/protocol/messages';
import type { PageClaim } from './scan';

/** What the popup lists of one claim: the sentence clipped around the figure, every string bounded. */
export function summaryOf(c: PageClaim): ClaimSummary {
  const { claim } = c;
  const at = figureInSentence(c.block.text, claim.sentence, claim);
  return {
    id: c.id,
    text: clipEnd(claim.text, MAX_PHRASE),
    sentence: clipSentence(claim.sentence, at.start, at.end),
    kind: claim.kind,
    verdict: claim.verdict,
    valueText: clipEnd(claim.valueText, MAX_PHRASE),
    entryId: claim.match?.entryId ?? null,
    delta: claim.match?.delta ?? null,
    because: (claim.match?.because ?? []).slice(0, MAX_BECAUSE).map((w) => clipEnd(w, MAX_WORDS)),
    region: claim.region,
  };
}

export interface ReportState {
  url: string;
  status: ScanStatus;
  claims: readonly PageClaim[];
  lang?: 'fr' | 'en';
  error?: string;
}

/** The report of the checker's state: at most MAX_CLAIMS claims, those tied to the reference first. */
export function buildReport(state: ReportState, now = Date.now()): TabReport {
  const listed = state.status === 'done' ? boundedList(state.claims, (c) => c.claim.verdict !== 'unrelated') : { kept: [], omitted: 0 };
  return {
    url: clipEnd(state.url, MAX_URL),
    status: state.status,
    claims: listed.kept.map(summaryOf),
    updatedAt: now,
    ...(listed.omitted > 0 ? { omitted: listed.omitted } : {}),
    ...(state.lang && state.status === 'done' ? { lang: state.lang } : {}),
    ...(state.error ? { error: clipEnd(state.error, MAX_ERROR) } : {}),
  };
}
