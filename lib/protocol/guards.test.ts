import { describe, expect, it } from 'vitest';
import { MAX_BECAUSE, MAX_CARD_TEXT, MAX_PHRASE } from './bounds';
import { isAnalyzeAnswer, isCardView, isFoundClaim, isToContent } from './guards';
import { AnalyzeAnswerSchema, CardViewSchema, FoundClaimSchema, ToContentSchema, type CardView, type FoundClaim } from './messages';

const found: FoundClaim = {
  text: '400 jihadistes',
  sentence: 'En 20 jours, 400 jihadistes sont morts.',
  kind: 'casualties',
  verdict: 'contradicted',
  valueText: '400',
  entryId: 'jihadists-killed',
  datasetId: 'afp-palmyra-2016-03-27',
  delta: { dimension: 'count', page: 400, reference: 417, difference: -17 },
  because: ['jihadistes', 'morts'],
  region: 'main',
  block: 3,
  start: 12,
  end: 26,
};

const view: CardView = {
  lang: 'fr',
  verdict: 'supported',
  verdictText: 'Conforme',
  ariaLabel: 'a',
  onPageLabel: 'Sur cette page',
  phrase: '400 jihadistes',
  reference: { label: 'Référence', value: '400', measures: 'morts', quote: 'q', attribution: null },
  sourceLang: 'fr',
  dataset: null,
  difference: null,
  inference: null,
  dispatch: { label: 'Dépêche', sentence: 's', quote: 'q' },
  gloss: { label: 'g', text: 't' },
  noEntry: null,
  viewer: { href: '#', text: 'Voir', entryId: null },
};

/** Every value one step away from `base`: each key dropped, set to a wrong type, or an extra key. */
function neighbours(base: Record<string, unknown>): unknown[] {
  const out: unknown[] = [{ ...base, extra: 1 }, null, [], 'x', [base]];
  for (const k of Object.keys(base)) {
    const { [k]: _dropped, ...rest } = base;
    out.push(rest);
    for (const wrong of [undefined, null, 'x'.repeat(MAX_CARD_TEXT + 1), -1, 1.5, Infinity, true, {}, [], ['x']]) out.push({ ...base, [k]: wrong });
  }
  return out;
}

/** A guard must accept exactly what the schema of the same message accepts. */
function agree(guard: (v: unknown) => boolean, schema: { safeParse(v: unknown): { success: boolean } }, values: unknown[]) {
  for (const v of values) expect([JSON.stringify(v)?.slice(0, 120), guard(v)]).toEqual([JSON.stringify(v)?.slice(0, 120), schema.safeParse(v).success]);
}

describe('the content script’s guards agree with the schemas of messages.ts', () => {
  it('on a claim found by the background, and on every value one step from it', () => {
    expect(isFoundClaim(found)).toBe(true);
    agree(isFoundClaim, FoundClaimSchema, [found, ...neighbours(found as never), { ...found, delta: null, entryId: null }]);
    agree(isFoundClaim, FoundClaimSchema, [{ ...found, because: Array(MAX_BECAUSE + 1).fill('w') }, { ...found, text: 'x'.repeat(MAX_PHRASE + 1) }]);
  });

  it('on the engine’s answers', () => {
    const answer = { claims: [found], lang: 'fr', engineMs: 3.2 };
    expect(isAnalyzeAnswer(answer)).toBe(true);
    expect(isAnalyzeAnswer({ lost: true })).toBe(true);
    agree(isAnalyzeAnswer, AnalyzeAnswerSchema, [answer, { lost: true }, { lost: false }, { lost: true, claims: [] }, ...neighbours(answer), { ...answer, claims: [{ ...found, block: -1 }] }]);
  });

  it('on the card’s view', () => {
    expect(isCardView(view)).toBe(true);
    agree(isCardView, CardViewSchema, [view, ...neighbours(view as never), { ...view, reference: { ...view.reference, attribution: 'AFP' } }, { ...view, reference: { ...view.reference, extra: 1 } }]);
  });

  it('on commands to the content script', () => {
    const commands = [{ type: 'reveal', claimId: 'c1' }, { type: 'scan' }, { type: 'next-claim' }, { type: 'previous-claim' }, { type: 'toggle-highlights' }, { type: 'resend-report' }];
    for (const c of commands) expect(isToContent(c)).toBe(true);
    agree(isToContent, ToContentSchema, [...commands, { type: 'reveal' }, { type: 'reveal', claimId: 'x'.repeat(65) }, { type: 'scan', claimId: 'c1' }, { type: 'open' }, { type: 'scan', x: 1 }, null, 'scan']);
  });
});
