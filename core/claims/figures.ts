// Turns the numbers and dates of a block into figures: a value as an interval in its dimension
// (counts, durations in days, distances in km, dates as day numbers, ranks), with the words
// written around it (qualifier, unit, the noun it counts). Numbers that are not claims of this
// product (prices, times, phone numbers, codes, scores, page numbers, years used as names) are
// dropped here.
import { DAYS_PER, type TimeUnit } from '../dates/calendar';
import type { DateMention, DateReading } from '../dates/parse';
import type { NumberMention } from '../numbers/spot';
import { findPhoneNumbers } from '../numbers/digits';
import type { Token } from '../text/tokens';
import { SpanSet } from '../text/spans';
import { lexicon } from '../lexicon';
import { creditSpans } from './credits';
import type { ClaimKind, Dimension, Interval } from '../types';
import { qualifiedInterval, qualifierBefore, type QualifierMeaning } from './qualifiers';
import { COARSE_TIME_UNITS, DISTANCE_UNITS, MONEY_WORDS, OTHER_MEASURE_WORDS, OVER_AS_MORE_THAN, PERCENT_WORDS, SECOND_WORDS, SPAN_ADJECTIVES, TIME_UNITS, TIMES_WORDS } from './units';

export interface Figure {
  /** The phrase a reader sees as the claim: qualifier, figure, unit or counted noun. */
  start: number;
  end: number;
  /** The figure itself (digits or number words, or the date). */
  numberStart: number;
  numberEnd: number;
  /** Index of the figure's first and last token. */
  firstToken: number;
  lastToken: number;
  dimension: Dimension;
  kind: ClaimKind;
  interval: Interval;
  qualifier: QualifierMeaning;
  /** For durations: the unit written; for distances 'km'; for counts the percent sign when there is one. */
  unit?: string;
  /** Token index of the noun the count is followed by, when there is one ("400 jihadistes" → "jihadistes"). */
  headToken?: number;
  date?: DateMention;
  /** The figure as written, without qualifier. */
  numberText: string;
}

/** After a list item's number: its dot or parenthesis, and the item's first word. */
const LIST_ITEM_AFTER = /^[.)]\s+\p{Lu}/u;
/** Labels that open a photo's credit, in either language ("Photo :", "Credit:"). */
const CREDIT_LABELS = [lexicon('en').creditLabels, lexicon('fr').creditLabels];
/** Words after a figure that are not what it counts, in either language ("4-2 in a friendly", "3-2 contre"). */
const NOT_NOUNS = new Set([...lexicon('en').notNouns.words, ...lexicon('fr').notNouns.words]);

/** Determiners between a count and its noun, in either language ("400 of its own soldiers", "188 membres des forces"). */
const FUNCTION_WORDS = new Set([...lexicon('en').determiners.words, ...lexicon('fr').determiners.words]);
/** Words before a number that make it a label, not a quantity: "No. 4471902", "page 12", "tél. 01...". */
/** A short capitalised word glued by a hyphen before digits: "Su-", "MiG-", "F-", "Covid-". */
const DESIGNATION_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}\p{L}{0,4}-$/u;
const NUMBER_SIGNS = new Set(['no', 'n', 'num', 'numero', 'page', 'pages', 'p', 'pp', 'tel', 'fax', 'art', 'article', 'chapitre', 'chapter', 'section', 'vol', 'volume', 'ligne', 'line', 'route', 'rn', 'ticket', 'flight', 'version', 'v', 'iso', 'room', 'salle', 'bus', 'tram', 'platform', 'quai', 'gate', 'porte', 'code', 'ref', 'reference', 'episode', 'saison', 'season', 'tome', 'issue', 'edition', 'numéro']);

export interface BlockReading {
  text: string;
  tokens: Token[];
  numbers: NumberMention[];
  dates: DateReading;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

function lastTokenBefore(tokens: Token[], offset: number): number {
  return tokenIndexAt(tokens, offset) - 1;
}

/** Reads a time unit after token index i (skipping a hyphen: "20-day", "three-week-long"). */
function timeUnitAt(tokens: Token[], i: number, text: string): { unit: TimeUnit; index: number } | undefined {
  let j = i;
  if (tokens[j]?.norm === '-' && tokens[j]!.start === tokens[j - 1]?.end) j++;
  const t = tokens[j];
  if (!t || t.type !== 'word') return undefined;
  const unit = TIME_UNITS[t.norm];
  if (!unit) return undefined;
  // "min" and "an" are only units right after the figure.
  if ((t.norm === 'an' || t.norm === 'min' || t.norm === 'mn') && j !== i) return undefined;
  if (t.norm === 'an' && /^An/.test(text.slice(t.start, t.end))) return undefined;
  return { unit, index: j };
}

export function readFigures(block: BlockReading): Figure[] {
  const { text, tokens } = block;
  const figures: Figure[] = [];
  // Times, dates and unresolved dates are not counts: their digits are skipped (logarithmic test).
  const read = new SpanSet();
  for (const span of [...block.dates.times, ...block.dates.unresolved, ...block.dates.dates, ...findPhoneNumbers(text)]) read.add(span);
  read.seal();
  const credits = new SpanSet();
  for (const span of creditSpans(text, tokens, CREDIT_LABELS)) credits.add(span);
  credits.seal();

  for (const d of block.dates.dates) {
    if (credits.overlaps(d.start, d.end)) continue;
    const first = tokenIndexAt(tokens, d.start);
    const last = lastTokenBefore(tokens, d.end);
    figures.push({
      start: d.start,
      end: d.end,
      numberStart: d.start,
      numberEnd: d.end,
      firstToken: first,
      lastToken: last,
      dimension: 'date',
      kind: 'date',
      interval: { min: d.first, max: d.last },
      qualifier: 'exact',
      date: d,
      numberText: text.slice(d.start, d.end),
    });
  }

  const numbers = block.numbers;
  for (let n = 0; n < numbers.length; n++) {
    const num = numbers[n]!;
    if (read.overlaps(num.start, num.end) || credits.overlaps(num.start, num.end)) continue;
    // "alert(1)", "note[3]": a number glued into brackets after a word is code or a footnote.
    if (/[\p{L}\p{N}_][([]$/u.test(text.slice(Math.max(0, num.start - 2), num.start)) && /^[)\]]/.test(text.slice(num.end, num.end + 1))) continue;
    // "Su-24", "MiG-29", "Il-76", "F-16", "Covid-19": a name of a model or a thing, not a figure (a short
    // capitalised word glued by a hyphen; "mid-2015" and "24-hour" are lower-case).
    if (num.form === 'digits' && DESIGNATION_BEFORE.test(text.slice(Math.max(0, num.start - 6), num.start))) continue;
    // "[3]" alone: a reference mark ("417 morts [2]", "(SOHR) [3]").
    if (text[num.start - 1] === '[' && text[num.end] === ']') continue;
    // "3. How many died?", "2) Les pertes": the number of an item in a list, before its first word.
    if (num.start <= 4 && num.form === 'digits' && num.end - num.start <= 2 && !text.slice(0, num.start).trim() && LIST_ITEM_AFTER.test(text.slice(num.end, num.end + 4))) continue;
    // "4/12" over a gallery's caption, "Photo 3/8", "24/7", "1/3": a counter, a ratio or a fraction,
    // written as two whole numbers around a slash (a date such as "27/03" was read above).
    if (num.form === 'digits' && (/^\/\d/.test(text.slice(num.end, num.end + 2)) || /\d\/$/.test(text.slice(Math.max(0, num.start - 2), num.start)))) continue;
    // Word numbers can grow past what a double holds ("cent-cent-cent…"): no such figure is a claim.
    if (!Number.isFinite(num.value) || num.value > 1e15) continue;
    const first = tokenIndexAt(tokens, num.start);
    const last = lastTokenBefore(tokens, num.end);
    const prev = tokens[first - 1];
    const next = tokens[last + 1];
    const afterNext = tokens[last + 2];
    const rawBefore = text.slice(Math.max(0, num.start - 2), num.start);

    // Codes, phone numbers, page and reference numbers, prices.
    if (num.leadingZero || num.digits > 9) continue;
    const label = prev?.norm === '.' || prev?.norm === ':' ? tokens[first - 2] : prev;
    if (label && (NUMBER_SIGNS.has(label.norm) || /[#°º]\s*$/.test(rawBefore))) continue;
    if (/[$€£¥]\s?$/.test(rawBefore) || (next && MONEY_WORDS.has(next.norm)) || (next?.norm === 'm' && /[$€£]/.test(rawBefore))) continue;
    if (next && OTHER_MEASURE_WORDS.has(next.norm) && !(next.norm === 'c' && text[next.start - 1] !== '°' && text[next.start - 2] !== '°')) continue;
    // Seconds: "12 min 40 s", "40 sec" (an "s" glued to the number is a plural: "the 1980s").
    if (next && SECOND_WORDS.has(next.norm) && (next.norm !== 's' || next.start > num.end)) continue;
    // Scores "4-2", "3-2 four minutes later", "a 31-27 win": two small figures joined by a dash. A range
    // goes up and is followed by what it counts ("10-15 people"); anything else is a score.
    if (!num.ordinal && num.form === 'digits' && num.value < 200 && next && (next.norm === '-' || next.norm === '–')) {
      const other = numbers[n + 1];
      if (other && other.form === 'digits' && tokenIndexAt(tokens, other.start) === last + 2 && !num.decimal) {
        const follower = tokens[tokenIndexAt(tokens, other.end)];
        const isRange =
          other.value > num.value && follower?.type === 'word' && /^\p{Ll}/u.test(text.slice(follower.start, follower.end)) && !FUNCTION_WORDS.has(follower.norm) && !NOT_NOUNS.has(follower.norm);
        if (!isRange) {
          n++; // the other side of the score too
          continue;
        }
      }
    }
    if (prev?.norm === '-' && numbers[n - 1] && tokenIndexAt(tokens, numbers[n - 1]!.start) === first - 2) {
      // The second side of a range "10-15 people" is part of the first figure.
      const before = figures[figures.length - 1];
      if (before && before.numberEnd >= tokens[first - 2]!.start) continue;
    }

    const qualifier = qualifierBefore(tokens, first);
    // "une centaine" is about a hundred, "plus d'une centaine" more than a hundred.
    const meaning: QualifierMeaning = qualifier?.meaning ?? (num.approximate ? 'about' : 'exact');
    const start = qualifier?.start ?? num.start;
    const numberText = text.slice(num.start, num.end);

    if (num.ordinal) {
      // A rank is a claim only about something: "la deuxième grande défaite", "the 38th minute"; or,
      // after an article, about a noun said before ("Palmyra, its second, …", "la deuxième de cette
      // ampleur", "the third for IS"), which reading looks for.
      if (next?.type !== 'word' && !FUNCTION_WORDS.has(tokens[first - 1]?.norm ?? '')) continue;
      const noun = next?.type === 'word' && !FUNCTION_WORDS.has(next.norm) && !NOT_NOUNS.has(next.norm) ? last + 1 : undefined;
      let headEnd = noun ?? last;
      if (noun !== undefined && tokens[noun + 1]?.type === 'word' && !FUNCTION_WORDS.has(tokens[noun + 1]!.norm)) headEnd = noun + 1;
      figures.push({
        start: num.start, end: tokens[headEnd]!.end, numberStart: num.start, numberEnd: num.end, firstToken: first, lastToken: last,
        dimension: 'rank', kind: 'rank', interval: { min: num.value, max: num.value }, qualifier: 'exact', headToken: noun ?? last, numberText,
      });
      continue;
    }

    // Durations and ages: "20 jours", "20-day", "three weeks", "2 semaines et 4 jours", "2,000 years
    // old", "une vingtaine de jours".
    const ofUnit = num.approximate && (next?.norm === 'de' || next?.norm === 'd' || next?.norm === 'of') ? 1 : 0;
    const ordinal = !ofUnit && SPAN_ADJECTIVES.has(next?.norm ?? '') ? 1 : 0;
    // "deux fois millénaire": twice the unit.
    const times = !ofUnit && !ordinal && TIMES_WORDS.has(next?.norm ?? '') ? 1 : 0;
    const time = timeUnitAt(tokens, last + 1 + ofUnit + ordinal + times, text);
    // "killed over 20 days", "Over three weeks of fighting, …": "over" is the window's preposition,
    // not "more than", unless a word of length stands before it ("lasted over three weeks").
    const qualifierAt = qualifier ? tokenIndexAt(tokens, qualifier.start) : first;
    const during = !!time && qualifierAt === first - 1 && tokens[qualifierAt]!.norm === 'over' && !OVER_AS_MORE_THAN.has(tokens[first - 2]?.norm ?? '');
    if (time && !num.vague) {
      let days = num.value * DAYS_PER[time.unit];
      let finest = time.unit;
      let endIndex = time.index;
      // Compound durations: "2 semaines et 4 jours", "one year and two months".
      const link = tokens[endIndex + 1];
      const more = numbers[n + 1];
      if (link && (link.norm === 'et' || link.norm === 'and' || link.norm === ',') && more && tokenIndexAt(tokens, more.start) === endIndex + 2) {
        const moreLast = lastTokenBefore(tokens, more.end);
        const moreUnit = timeUnitAt(tokens, moreLast + 1, text);
        if (moreUnit && DAYS_PER[moreUnit.unit] < DAYS_PER[time.unit]) {
          days += more.value * DAYS_PER[moreUnit.unit];
          finest = moreUnit.unit;
          endIndex = moreUnit.index;
          n++;
        }
      }
      // "three-week-long", "40-minute-long": keep "long" inside the phrase.
      if (tokens[endIndex + 1]?.norm === '-' && (tokens[endIndex + 2]?.norm === 'long' || tokens[endIndex + 2]?.norm === 'old')) endIndex += 2;
      let interval: Interval;
      const spanMeaning: QualifierMeaning = during ? (num.approximate ? 'about' : 'exact') : meaning;
      if (spanMeaning === 'exact' && COARSE_TIME_UNITS.has(finest)) {
        const half = DAYS_PER[finest] / 2;
        interval = { min: days - half, max: days + half };
      } else {
        interval = qualifiedInterval(days, spanMeaning);
      }
      const isAge = isAgeContext(tokens, first, endIndex, qualifierAt);
      figures.push({
        start, end: tokens[endIndex]!.end, numberStart: num.start, numberEnd: num.end, firstToken: first, lastToken: last,
        dimension: 'duration', kind: isAge ? 'age' : 'duration', interval, qualifier: spanMeaning, unit: finest, numberText,
      });
      continue;
    }

    // Distances: "60 km", "60 kilometres", "30 metres", "une soixantaine de kilomètres".
    const unitToken = num.approximate && (next?.norm === 'de' || next?.norm === 'd' || next?.norm === 'of') ? afterNext : next;
    const distanceWord = unitToken && unitToken.type === 'word' ? DISTANCE_UNITS[unitToken.norm] : undefined;
    if (distanceWord !== undefined && !(unitToken!.norm === 'm' && text[unitToken!.start - 1] !== ' ' && text[unitToken!.start - 1] !== '\u00a0')) {
      const km = num.value * distanceWord;
      // A whole number of another unit is rounded to it: "37 miles" is 36.5–37.5 miles, 58.7–60.4 km,
      // so the conversion of "60 km" it often is does not differ by half a kilometre.
      const rounding = distanceWord !== 1 && !num.decimal ? distanceWord / 2 : 0;
      const exact = qualifiedInterval(km, meaning);
      figures.push({
        start, end: unitToken!.end, numberStart: num.start, numberEnd: num.end, firstToken: first, lastToken: last,
        dimension: 'distance', kind: 'distance', interval: { min: Math.max(0, exact.min - rounding), max: exact.max + rounding }, qualifier: meaning, unit: 'km', numberText,
      });
      continue;
    }

    // Percentages: figures, but of a kind the reference does not hold.
    if (next && (PERCENT_WORDS.has(next.norm) || (next.norm === 'pour' && afterNext?.norm === 'cent') || (next.norm === 'per' && afterNext?.norm === 'cent'))) {
      const end = next.norm === '%' ? next.end : afterNext!.end;
      figures.push({
        start, end, numberStart: num.start, numberEnd: num.end, firstToken: first, lastToken: last,
        dimension: 'count', kind: 'quantity', interval: qualifiedInterval(num.value, meaning), qualifier: meaning, unit: 'percent', numberText,
      });
      continue;
    }

    // A four-digit year-like number that the date reader did not take ("Euro 2016", "© 2016") names something.
    if (!num.decimal && num.digits === 4 && num.value >= 1900 && num.value <= 2100 && num.form === 'digits') {
      const head = headNounIndex(tokens, last + 1, text);
      if (head === undefined) continue;
      // "Euro 2016 squad", "Windows 2000 machines": a capitalised name right before the year owns it.
      if (prev && prev.type === 'word' && /^\s+$/.test(text.slice(prev.end, num.start)) && /^\p{Lu}/u.test(text.slice(prev.start, prev.end)) && first > 1) continue;
    }

    // Counts: the noun counted, if any ("400 jihadistes", "188 membres des forces", "180 of its own soldiers").
    const headToken = headNounIndex(tokens, last + 1, text);
    let interval: Interval;
    if (num.vague) interval = { min: num.vague[0], max: num.vague[1] };
    else interval = qualifiedInterval(num.value, meaning);
    // A range "10-15 people", "entre 10 et 15".
    const rangeEnd = rangeSecond(tokens, numbers, n, last);
    if (rangeEnd) {
      interval = { min: num.value, max: rangeEnd.value };
      n = rangeEnd.index;
    }
    const lastOfNumber = rangeEnd ? lastTokenBefore(tokens, numbers[rangeEnd.index]!.end) : last;
    const end = headToken !== undefined && headToken - lastOfNumber <= 4 ? tokens[headToken]!.end : tokens[lastOfNumber]!.end;
    figures.push({
      start, end, numberStart: num.start, numberEnd: rangeEnd ? numbers[rangeEnd.index]!.end : num.end, firstToken: first, lastToken: lastOfNumber,
      dimension: 'count', kind: 'quantity', interval, qualifier: num.vague ? 'exact' : meaning, headToken, numberText,
    });
  }
  figures.sort((a, b) => a.start - b.start);
  return figures;
}

/** The first noun after a count, skipping "of its own", "des", "membres des"... */
export function headNounIndex(tokens: Token[], from: number, text?: string): number | undefined {
  // "188-page study": a noun glued by a hyphen is the head.
  if (tokens[from]?.norm === '-' && tokens[from - 1]?.end === tokens[from]!.start && tokens[from + 1]?.type === 'word') return from + 1;
  for (let i = from; i < tokens.length && i < from + 5; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') return undefined;
    // "IS" and "ONU" written in capitals are names, not "is" and "on".
    const acronym = text !== undefined && t.end - t.start >= 2 && /^\p{Lu}+$/u.test(text.slice(t.start, t.end));
    if (NOT_NOUNS.has(t.norm) && !acronym) return undefined;
    if (FUNCTION_WORDS.has(t.norm)) continue;
    return i;
  }
  return undefined;
}

/** "10-15 morts", "entre 400 et 450", "between 400 and 450": the second figure of a range. */
function rangeSecond(tokens: Token[], numbers: NumberMention[], n: number, last: number): { value: number; index: number } | undefined {
  const other = numbers[n + 1];
  if (!other) return undefined;
  const link = tokens[last + 1];
  if (!link || tokenIndexAt(tokens, other.start) !== last + 2) return undefined;
  const before = tokens[tokenIndexAt(tokens, numbers[n]!.start) - 1];
  const isBetween = (link.norm === 'et' && before?.norm === 'entre') || (link.norm === 'and' && before?.norm === 'between');
  const isTo = link.norm === 'a' || link.norm === 'to' || link.norm === '-';
  if (!isBetween && !isTo) return undefined;
  if (other.value <= numbers[n]!.value) return undefined;
  return { value: other.value, index: n + 1 };
}

const AGE_BEFORE = new Set(['vieux', 'vieille', 'vieilles', 'age', 'agee', 'agees', 'ages', 'aged']);
function isAgeContext(tokens: Token[], first: number, unitIndex: number, qualifierFirst: number): boolean {
  for (let i = Math.max(0, qualifierFirst - 3); i < qualifierFirst; i++) if (AGE_BEFORE.has(tokens[i]!.norm)) return true;
  const a = tokens[unitIndex + 1];
  const b = tokens[unitIndex + 2];
  return a?.norm === 'old' || (a?.norm === '-' && b?.norm === 'old') || tokens[unitIndex]?.norm === 'old';
}
