// The content script's checks of what reaches it (the background's answers and commands), without
// zod: the page's process carries no schema library. Each guard accepts exactly what its schema of
// messages.ts accepts (guards.test.ts holds them to it) and narrows the value to its type.
import { MAX_BECAUSE, MAX_LANG_TAG, MAX_CARD_TEXT, MAX_ENTRY_ID, MAX_FOUND, MAX_ID, MAX_PHRASE, MAX_SENTENCE, MAX_WORDS } from './bounds';
import type { AnalyzeAnswer, CardView, DeltaT, FoundClaim, ToContent } from './messages';

type Guard<T> = (value: unknown) => value is T;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text =
  (max: number): Guard<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max;
const count: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const finite: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const oneOf =
  <T extends string>(...values: T[]): Guard<T> =>
  (v): v is T =>
    (values as unknown[]).includes(v);
const literal =
  <T extends string | boolean>(value: T): Guard<T> =>
  (v): v is T =>
    v === value;
const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);
const listOf =
  <T>(guard: Guard<T>, max: number): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every(guard);

/** An object with exactly these keys (none other), each passing its guard. */
function shape<T>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (v): v is T => {
    if (!isRecord(v)) return false;
    for (const k of Object.keys(v)) if (!(k in fields)) return false;
    return keys.every((k) => (k in v ? fields[k](v[k]) : false));
  };
}

const VERDICT = oneOf('supported', 'contradicted', 'unrelated');
const LANG = oneOf('en', 'fr');

const isDelta = shape<DeltaT>({
  dimension: oneOf('count', 'duration', 'distance', 'date', 'rank'),
  page: finite,
  reference: finite,
  difference: finite,
});

export const isFoundClaim = shape<FoundClaim>({
  text: text(MAX_PHRASE),
  sentence: text(MAX_SENTENCE),
  kind: oneOf('casualties', 'date', 'quantity', 'distance', 'duration', 'age', 'rank'),
  verdict: VERDICT,
  valueText: text(MAX_PHRASE),
  entryId: nullable(text(MAX_ENTRY_ID)),
  datasetId: nullable(text(MAX_ENTRY_ID)),
  delta: nullable(isDelta),
  because: listOf(text(MAX_WORDS), MAX_BECAUSE),
  region: oneOf('main', 'heading', 'boilerplate'),
  block: count,
  start: count,
  end: count,
});

const isAnalysis = shape<Extract<AnalyzeAnswer, { claims: unknown }>>({
  claims: listOf(isFoundClaim, MAX_FOUND),
  lang: LANG,
  engineMs: finite,
});
const isLost = shape<Extract<AnalyzeAnswer, { lost: true }>>({ lost: literal(true) });

export const isAnalyzeAnswer = (v: unknown): v is AnalyzeAnswer => isAnalysis(v) || isLost(v);

const cardText = text(MAX_CARD_TEXT);
const labelled = shape<{ label: string; text: string }>({ label: cardText, text: cardText });

export const isCardView = shape<CardView>({
  lang: LANG,
  verdict: VERDICT,
  verdictText: cardText,
  ariaLabel: cardText,
  onPageLabel: cardText,
  phrase: cardText,
  reference: nullable(
    shape<NonNullable<CardView['reference']>>({ label: cardText, value: cardText, measures: cardText, quote: cardText, attribution: nullable(cardText) }),
  ),
  sourceLang: text(MAX_LANG_TAG),
  dataset: nullable(labelled),
  difference: nullable(labelled),
  inference: nullable(cardText),
  dispatch: nullable(shape<NonNullable<CardView['dispatch']>>({ label: cardText, sentence: cardText, quote: cardText })),
  gloss: nullable(labelled),
  noEntry: nullable(cardText),
  viewer: nullable(shape<NonNullable<CardView['viewer']>>({ href: cardText, text: cardText, entryId: nullable(text(MAX_ENTRY_ID)) })),
});

const bare = <T extends ToContent['type']>(type: T) => shape<{ type: T }>({ type: literal(type) });
const TO_CONTENT: Guard<ToContent>[] = [
  shape<Extract<ToContent, { type: 'reveal' }>>({ type: literal('reveal'), claimId: text(MAX_ID) }),
  bare('scan'),
  bare('next-claim'),
  bare('previous-claim'),
  bare('toggle-highlights'),
  bare('resend-report'),
];

export const isToContent = (v: unknown): v is ToContent => TO_CONTENT.some((guard) => guard(v));
