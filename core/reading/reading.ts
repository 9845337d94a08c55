// The reading of one figure as a fact: its value, what it counts or what happened, whom, which place
// or event, its own window of time, whether it is a part or a rate, who says so, and whether it is
// a hope rather than a fact. Each slot is filled by a small detector of this folder; the same-fact
// rules (core/match/same-fact.ts) compare the slots with a reference entry.
import type { Interval } from '../types';
import type { Figure } from '../claims/figures';
import { TIME_UNITS } from '../claims/units';
import { DASHES, type Token } from '../text/tokens';
import type { ReadingBlock, Range } from './block';
import { antecedentOf, cellRange, clauseRange, describesNoun, groupsIn, nearestHit, outerLabel, phraseComma, phraseRange, relativeComma, sentenceRange, segmentRange, sinceAt, startingIn, words } from './block';
import { ageOwner, isAge, type Owner } from './age';
import type { Focus } from './focus';
import { elsewhere } from './focus';
import { modalityIn, modalityOf } from './modality';
import { causeOf } from './cause';
import { tallyCounts, tallyValueOf } from './tally';
import { countDefinitionOf, frontedDefinitionOf, type CountDefinition } from './count-definition';
import { endedOn, runsUpTo } from './ended';
import { combinedTollOf } from './combined';
import { derivedCountOf } from './derived';
import { extraSpanOf, partitiveSpanOf, phaseBefore, phaseOf } from './phase';
import { lengthSubject } from './length-subject';
import { capturedPart, shareOfPlace } from './place-part';
import { stateCountOf } from './state';
import { contrastedBy } from './contrast';
import { countedNoun, firstTokenOf } from './noun-phrase';
import { dateOfNoun } from './date-noun';
import { beginVerbIn, dayFromEventOf, endSpanOf, lengthOfNoun, offsetOf, sinceOf, startOf } from './offset';
import { partOfWhole } from './part-of-whole';
import { apposedPlace, comparedPlaces, namedPlaces, offsetPlaces, unknownPlaces, type UnknownPlace } from './places';
import { nearestPredicate, predicatesInPhrase, sharedSubjectClause, type Predicate } from './predicate';
import { rateOf, rateUnitOf } from './rate';
import { siteOf } from './site';
import { slot, type Slot } from './slot';
import { sourceOf } from './source';
import { actorsOf, countSubject, killerOf, rankSubject, type SubjectVocabulary } from './subject';
import { windowOf, type FigureAt, type Window } from './window';

export interface Reading {
  figure: Figure;
  /** Index of the figure's sentence in its block. */
  sentence: number;
  /** The figure's tokens, qualifier and unit or noun included. */
  range: Range;
  /** What it counts, or what its clause says happened: alias groups. */
  counts?: Slot<string[]>;
  /** A noun no group knows: it counts that ("400 visiteurs"). */
  countsOther?: Slot<string>;
  /** People the count says it takes in or leaves out ("not counting the three bombers"). */
  definition?: Slot<CountDefinition>;
  /** Whom a count counts. */
  subject?: Slot<string>;
  /** Who kills, named before the verb of the count's clause: those counted are not that side. */
  killer?: Slot<string>;
  /** Who acts in the event a date belongs to. */
  actors?: Slot<string[]>;
  /** The places and names the figure is about: its sentence's, or the places in focus. */
  topic: Slot<string[]>;
  /** A place the reference does not know, in the figure's own phrase. */
  elsewhere?: Slot<string>;
  /** With `elsewhere`: the groups of that phrase (it is about the reference's place only if it names it). */
  phraseGroups?: Set<string>;
  window?: Slot<Window>;
  part?: Slot<true>;
  rate?: Slot<true>;
  /** The writer's sum or conversion of figures just given ("soit 161 morts au total"). */
  derived?: Slot<true>;
  /** A toll of one cause only ("air strikes killed 320"). */
  cause?: Slot<string>;
  modal?: Slot<true>;
  source?: Slot<string>;
  offset?: Slot<true>;
  /** A date that qualifies a noun of no event: "Monday's front pages" (when the pages were, not the event). */
  dateOf?: Slot<true>;
  /** A span at one end of an event ("the last 24 hours of the battle"), not its length. */
  endSpan?: Slot<true>;
  /** A length written as the adjective of an event's noun ("the 20-day offensive"): that event's length, whatever counts it also frames. */
  lengthOfNoun?: Slot<true>;
  /** The date's or length's clause tells of one phase of the event: "the final push", "la première phase de l'opération". */
  phase?: Slot<true>;
  /** The date's event takes one part of a town ("Troops take the medieval citadel"), not the town. */
  placePart?: Slot<true>;
  /** A date outside what a verb of saying reports ("On Tuesday prosecutors clarified that…"): the saying's day. */
  reported?: Slot<true>;
  /** The day a span ended on, when its clause dates it ("le 21 mai 2015, après huit jours de combats"). */
  ended?: Slot<Interval>;
  /** The day a span runs up to, written after it ("the 24 hours to 25 March"). */
  runsUpTo?: Slot<Figure>;
  /** After "since"/"depuis": a date that starts a state, or a duration up to the text's date ("depuis dix jours"). */
  since?: Slot<true>;
  /** A date written as the first day of what its phrase names ("from March 9"). */
  start?: Slot<true>;
  /** A date of a beginning: after "since"/"from", or with a verb of beginning in its phrase or label. */
  begins?: Slot<true>;
  /** The names of a date's own phrase and label ("Russia has been bombing in Syria since…"). */
  phraseNames?: Set<string>;
  age?: Slot<true>;
  owner?: Slot<Owner>;
  /** How far from the figure each group of `counts` stands, in tokens: the nearest settles a tie. */
  distance?: Map<string, number>;
  /** On a page written long after the events: the day the text is about here. */
  time?: Slot<number>;
  /** Alias groups of the figure's sentence and label, and of its paragraph, heading and title. */
  sentenceGroups: Set<string>;
  /**
   * The places and events its sentence and label name by their names ("Palmyre", "Syrian war", "UN"),
   * not by common words ("the war", "la ville"): what it may be about.
   */
  namedGroups: Set<string>;
  /**
   * The names written next to the figure: between the figures of its dimension before and after it in
   * its sentence (or the sentence's ends), and its label's. A distance or date whose
   * entry says nothing of what happened is that place's only if the place is named here ("Al-Alianiyeh,
   * some 60 km to the south, then the border, 200 km away": the 200 km are not Al-Alianiyeh's).
   */
  nearNames: Set<string>;
  /** The place named nearest the figure in its sentence, when one is nearer than any other: which of two events it is. */
  nearestPlace?: string;
  /** A distance's: the place it is apposed to, which it says where lies ("Deir Ezzor, some 200 km away"). */
  apposed?: Slot<string>;
  contextGroups: Set<string>;
}

export interface ReadingVocabulary extends SubjectVocabulary {
  /** Groups that say what is counted or what happened (every entry's `counts`). */
  countGroups: Set<string>;
  /** The same, of the entries of each dimension: a count's verb is a toll's, not a date's event. */
  countGroupsOf: Map<string, Set<string>>;
  /** Groups that name places where events of the reference happened. */
  placeGroups: Set<string>;
  /** Groups that name a toll (what "16 of the dead" is a part of). */
  tollGroups: Set<string>;
  /** Sides that can act in an event (who recaptured, who seized, who flew). */
  actors: Set<string>;
  /** Groups that name a cause of death. */
  causes: Set<string>;
  /** Groups of what a side struck (targets). */
  struck: Set<string>;
  /** Places inside another (a count located there is a part of the larger place's toll). */
  sites: Set<string>;
  /** Groups of what the reference ranks ("the second major defeat", "a second round"). */
  rankGroups: Set<string>;
}

export interface ReadContext {
  block: ReadingBlock;
  vocab: ReadingVocabulary;
  focus: Focus;
  /** The figures of the block with their token ranges (windows are read from them). */
  figures: FigureAt[];
  /** Groups of the block, of its section's heading and of the page's title. */
  contextGroups: Set<string>;
  /** The reading of the count this block or the one before ended with: a bare count continues it. */
  previousCount?: Reading;
  /** The date read before this one in its sentence: "… au 9 mars, quand l'OSDH retient le 7 mars". */
  previousDate?: Reading;
  /** The question heading the block answers: its event words are the block's too. */
  question?: { text: string; groups: string[] };
  /** What the short heading of the block's section names: an item's label reads under it ("La guerre en Syrie" over "Bilan : …"). */
  section?: string[];
  /** The page's title and first heading, with their groups: what a fact box's "Date" row dates. */
  title?: { text: string; groups: string[] };
}

/** The most words a label before a colon has. */
const LABEL_MAX_TOKENS = 12;

/** A count figure among tokens [first, last]. */
function holdsCount(b: ReadingBlock, first: number, last: number): boolean {
  return b.figures.some((f) => f.dimension === 'count' && f.lastToken >= first && f.lastToken <= last);
}

/** A label for the figure's segment: "Durée | 20 jours", "60 kilomètres : la distance qui sépare…". */
function segmentLabel(b: ReadingBlock, figure: Range): Range | undefined {
  const [sFirst, sLast] = b.sentences[b.sentenceOf[figure[0]]!]!;
  const own = b.segmentOf[figure[0]]!;
  const first = b.segmentOf[sFirst]!;
  const last = b.segmentOf[sLast]!;
  // A label is a few words ("Pertes de l'EI : 400"); a whole clause before a colon ("Le centre de crise a
  // annoncé lundi un nouveau bilan des attaques … : quatre victimes ont succombé") introduces, not labels.
  const [labelFirst, labelLast] = b.segments[first]!;
  // A clause with a count of its own before a colon is a whole the figures after it break down ("94
  // étaient toujours hospitalisés : 90 en Belgique et quatre à l'étranger"), not their label.
  // Nor a clause that ends on its verb or pronoun ("If you feel you have lost an hour, you have: …").
  const endsOnNoun = !b.lex.notNouns.has(b.tokens[labelLast]?.norm);
  const colonLabel = b.segmentOpener[first + 1] === ':' && labelLast - labelFirst < LABEL_MAX_TOKENS && !holdsCount(b, labelFirst, labelLast) && endsOnNoun;
  if (own > first && (b.segmentOpener[first + 1] === '|' || colonLabel)) return b.segments[first]!;
  // "20.05.2015 : l'EI lance l'assaut final sur la ville, qu'il contrôle entièrement le lendemain",
  // "March 7, 2016 — The army launches its offensive": the date is of the first clause after the
  // colon, or after the dash when the date is all that stands before it (a chronology's line).
  const opener = b.segmentOpener[own + 1];
  // The figure is (nearly) all that stands before the colon or dash: "Le 7 mars : …", not "depuis le
  // lancement, le 9 mars, le prix payé est élevé : l'OSDH a recensé…".
  const [segFirst, segLast] = b.segments[own]!;
  const lineHead = segLast <= figure[1] + 3 && figure[0] - segFirst <= 3;
  // Not a clause that ends on a date before a dash ("…since the offensive began on March 7 — the worst
  // losses…"): what follows the dash comments on it.
  const dateLine = (DASHES.has(opener ?? '') && segLast === figure[1] && figure[0] - segFirst <= 3) || (opener === ':' && lineHead);
  if (own === first && own < last && (opener === '|' || dateLine)) {
    const next = b.segments[own + 1]!;
    if (next[1] <= next[0]) return undefined;
    // Its main clause, past commas ("The army, with Russian air cover, launches its offensive"), up
    // to a clause of its own ("…, qu'il contrôle entièrement le lendemain"); a relative clause
    // without a comma is its noun's ("the dates around which the UN hopes to resume talks").
    // A coordinator before the first comma of a line that has one joins the nouns of a fronted phrase
    // ("Appuyée par l'aviation et les forces spéciales russes, l'armée lance…"), not two clauses.
    // Between two commas, an aside's ("Government troops, with Russian jets and special forces in
    // support, drive IS out"): its coordinator joins nouns too, unless it opens the aside.
    const commas: number[] = [];
    for (let i = next[0] + 1; i < next[1]; i++) if (b.tokens[i]!.norm === ',') commas.push(i);
    const comma = commas[0] ?? -1;
    const inAside = (i: number) => commas.some((c, k) => c < i - 1 && commas[k + 1] !== undefined && commas[k + 1]! > i);
    const opensClause = (i: number) => (b.lex.coordinators.has(b.tokens[i]!.norm) && !(i < comma) && !inAside(i)) || (b.lex.subordinators.has(b.tokens[i]!.norm) && b.tokens[i - 1]!.norm === ',');
    let end = next[0] + 1;
    while (end < next[1] && !opensClause(end + 1)) end++;
    return [next[0] + 1, end];
  }
  return rowHeader(b, figure);
}

/**
 * A row "Casualties (pro-government) | 188 killed (per SOHR) / 195 killed (later count)": its header
 * cell, the few words before the block's first bar, labels every line of the cells after it.
 */
function rowHeader(b: ReadingBlock, figure: Range): Range | undefined {
  const [, firstLast] = b.sentences[0] ?? [0, -1];
  for (let i = 1; i <= Math.min(firstLast, LABEL_MAX_TOKENS); i++) {
    if (b.tokens[i]!.norm !== '|') continue;
    return figure[0] > i ? [0, i - 1] : undefined;
  }
  return undefined;
}

interface SentenceView {
  groups: Set<string>;
  namedGroups: Set<string>;
  places: UnknownPlace[];
  named: Set<string>;
}

/** What every figure of a sentence reads of it, computed once: its groups, unknown places and places named. */
export function sentenceView(b: ReadingBlock, first: number, last: number, vocab: Pick<ReadingVocabulary, 'countGroups' | 'placeGroups'>): SentenceView {
  const key = `${first}:${last}`;
  let view = b.views.get(key) as SentenceView | undefined;
  if (!view) {
    view = {
      groups: new Set(groupsIn(b, first, last).keys()),
      namedGroups: new Set(groupsIn(b, first, last, true).keys()),
      places: unknownPlaces(b, first, last, (g) => vocab.countGroups.has(g)),
      named: namedPlaces(b, first, last, (g) => vocab.placeGroups.has(g), (g) => vocab.countGroups.has(g)),
    };
    b.views.set(key, view);
  }
  return view;
}

/** The sentence before, when it asks a question. */
function questionBefore(b: ReadingBlock, sentenceFirst: number): Range | undefined {
  if (sentenceFirst === 0 || b.tokens[sentenceFirst - 1]!.norm !== '?') return undefined;
  return b.sentences[b.sentenceOf[sentenceFirst - 1]!]!;
}

/**
 * A place opening the figure's segment ("Near Aleppo, at least 25 soldiers died"), unless the segment
 * names one of the reference's places after it ("In Europe, the Brussels bombings, which killed 32") or
 * the place is where a source speaks ("À Pékin, l'agence Chine nouvelle retient 180 tués", "À Beyrouth, un
 * quotidien note que…").
 */
function frontedPlace(b: ReadingBlock, places: UnknownPlace[], range: Range, isPlace: (g: string) => boolean): UnknownPlace | undefined {
  const p = places.find((q) => q.fronted && q.token < range[0] && b.segmentOf[q.token] === b.segmentOf[range[0]]);
  if (!p) return undefined;
  for (let i = p.token + 1; i < range[0]; i++) {
    if ((b.hitsAt[i] ?? []).some((h) => h.named && isPlace(h.group))) return undefined;
    // Where a source speaks: its verb, "selon", or what it says ("À Beyrouth, un quotidien note que…").
    const t = b.tokens[i]!.norm;
    if (b.lex.sayVerbs.before(b.tokens, i) > 0 || b.lex.reportVerbs.before(b.tokens, i) > 0 || b.lex.sourceBefore.at(b.tokens, i) > 0 || b.lex.complementizers.has(t)) return undefined;
  }
  return p;
}

/**
 * The place named nearest the figure in its sentence, by tokens; none when two places are as near. A
 * relative clause's is its antecedent's, whatever follows ("the bombings in Brussels, which killed 35,
 * and the massacre in Paris").
 */
function nearestPlace(b: ReadingBlock, figure: Range, sentence: Range, isPlace: (g: string) => boolean): string | undefined {
  const antecedent = antecedentOf(b, figure[0]);
  if (antecedent) {
    for (let i = antecedent[1]; i >= antecedent[0]; i--) {
      const hit = (b.hitsAt[i] ?? []).find((h) => h.named && h.last === i && isPlace(h.group));
      if (hit) return hit.group;
    }
  }
  const best = nearestHit(b, isPlace, figure, sentence, (h) => h.named);
  if (!best) return undefined;
  const other = nearestHit(b, isPlace, figure, sentence, (h) => h.named && h.group !== best.hit.group);
  return other?.distance === best.distance ? undefined : best.hit.group;
}

export function figureRange(b: ReadingBlock, f: Figure): Range {
  let last = f.lastToken;
  while (last + 1 < b.tokens.length && b.tokens[last + 1]!.end <= f.end) last++;
  return [firstTokenOf(b, f), last];
}

export function readFigure(ctx: ReadContext, index: number): Reading {
  const { block: b, vocab, focus } = ctx;
  const { figure: f, range } = ctx.figures[index]!;
  const [sFirst, sLast] = sentenceRange(b, range[0]);
  // A label: the segment before "|" or across ":" ("Pertes de l'EI | 400 tués"), or the short block
  // above ("Seized by IS" over "2015-05-21").
  // A question is the label of its answer: "How many died? The monitor counted 400 jihadists…".
  // In a table row, the cell's column header too ("Forces prorégime tuées" over "194 au minimum").
  const own = segmentLabel(b, range) ?? questionBefore(b, sFirst);
  // (The date reader below names its own predicate `own`.)
  const labelRange = own;
  const outer = outerLabel(b, f.start);
  const labelGroups = new Set([...(own ? groupsIn(b, own[0], own[1], false, (h) => !describesNoun(b, h)).keys() : []), ...(outer?.hits ?? []).map((h) => h.group)]);
  const labelNamed = new Set([...(own ? groupsIn(b, own[0], own[1], true).keys() : []), ...(outer?.hits ?? []).filter((h) => h.named).map((h) => h.group)]);
  const labelText = [own ? words(b, own[0], own[1]) : '', outer?.text ?? ''].filter(Boolean).join(' | ');
  const labelTokens = [...(own ? b.tokens.slice(own[0], own[1] + 1) : []), ...(outer?.tokens ?? [])];
  const outerGroups = new Set((outer?.hits ?? []).map((h) => h.group));
  const label: Label | undefined = labelTokens.length > 0 ? { groups: labelGroups, outerGroups, text: labelText, tokens: labelTokens } : undefined;
  const isEventWord = (g: string) => vocab.countGroups.has(g);
  const view = sentenceView(b, sFirst, sLast, vocab);
  // A fact box's item ("Bilan : plus de 270 000 morts") under its section's heading ("La guerre en
  // Syrie"): the heading says what the label's figure is of, as a question does for its answer.
  const item = own !== undefined && own[0] === 0 && b.segmentOpener[b.segmentOf[own[1]]! + 1] === ':';
  const sentenceGroups = new Set([...view.groups, ...labelGroups, ...(ctx.question?.groups ?? []), ...(item ? (ctx.section ?? []) : [])]);
  const places = view.places;
  const phrase = phraseRange(b, range[0]);

  // Topic: the names of the sentence (and its label); when it names no place, the places in focus.
  // Places named in passing ("sa deuxième défaite après Kobané") leave the focus where it was.
  const elsewhereNamed = places.filter((p) => p.topical).map((p) => elsewhere(p.name));
  // A rank's sentence names the place it is compared with: "its second defeat, after Kobane" is about the place in focus.
  const compared = f.dimension === 'rank' ? comparedPlaces(b, range[1], sLast, (g) => vocab.placeGroups.has(g)) : new Set<string>();
  // "…une trentaine de morts, quatre mois après le carnage de Paris": the place a time between two
  // moments is told from is neither the topic of the figures before it nor the place nearest them.
  const toldFrom = new Set<string>();
  for (const k of startingIn(ctx.figures, sFirst, sLast)) {
    const other = ctx.figures[k]!;
    if (k === index || range[0] > other.range[0] || other.figure.dimension !== 'duration' || !offsetOf(b, other.range)) continue;
    for (const g of offsetPlaces(b, other.range, (g) => vocab.placeGroups.has(g))) toldFrom.add(g);
  }
  for (const g of toldFrom) compared.add(g);
  const namedHere = [...view.named].filter((g) => !compared.has(g));
  const namesPlace = namedHere.length > 0 || [...labelGroups].some((g) => vocab.placeGroups.has(g)) || elsewhereNamed.length > 0;
  const namedGroups = new Set([...view.namedGroups, ...labelNamed].filter((g) => !compared.has(g)));
  // A place named by its adjective ("la fédération belge", "Belgian authorities") is named too.
  const topicGroups = new Set([...namedGroups, ...namedHere, ...elsewhereNamed]);
  // "l'armée a repris Al-Qaryatain, à 120 km au sud-ouest de Palmyre": where it happened, not the
  // place named in passing to say where that is; but a place in the figure's own phrase is its own
  // ("…offensive towards Mosul, four months after the Paris attacks that left 130 dead").
  if (elsewhereNamed.length > 0) {
    const ownPhrase = groupsIn(b, phrase[0], phrase[1], true);
    for (const g of namedGroups) if (vocab.placeGroups.has(g) && !view.named.has(g) && !ownPhrase.has(g)) topicGroups.delete(g);
  }
  // "Elsewhere, the group lost a quarter of its territory": not the place in focus, and none named.
  const opening = b.tokens.slice(sFirst, sLast + 1).find((t) => t.type === 'word');
  const awayFromFocus = b.lex.elsewhere.has(opening?.norm);
  if (!namesPlace && !awayFromFocus) for (const p of focus.current) topicGroups.add(p);
  // The figure's stretch of its sentence: between the figures of its dimension before and after it.
  let nearFrom = sFirst;
  let nearTo = sLast;
  for (const k of startingIn(ctx.figures, sFirst, sLast)) {
    if (k === index || ctx.figures[k]!.figure.dimension !== f.dimension) continue;
    const other = ctx.figures[k]!.range;
    if (other[1] < range[0]) nearFrom = other[1] + 1;
    else if (other[0] > range[1] && nearTo === sLast) nearTo = other[0] - 1;
  }
  // In a table row, a cell is its own record: "60 km (al-Alianiyah) | over 150 km (Deir ez-Zor)"
  // (a label cell before it is read as its label).
  const [cellFrom, cellTo] = cellRange(b, range, [nearFrom, nearTo]);
  const nearNames = new Set([...groupsIn(b, cellFrom, cellTo, true).keys(), ...labelNamed]);
  const nearest = nearestPlace(b, range, [sFirst, sLast], (g) => vocab.placeGroups.has(g) && !toldFrom.has(g));
  const reading: Reading = {
    figure: f,
    sentence: b.sentenceOf[range[0]]!,
    range,
    topic: namesPlace
      ? slot([...topicGroups], 'topic:sentence', words(b, sFirst, sLast).slice(0, 80))
      : awayFromFocus
        ? slot([...topicGroups], 'topic:elsewhere', b.text.slice(opening!.start, opening!.end))
        : slot([...topicGroups], 'topic:focus', [...focus.current].join(', ')),
    sentenceGroups,
    namedGroups,
    nearNames,
    ...(nearest ? { nearestPlace: nearest } : {}),
    contextGroups: ctx.contextGroups,
  };
  // In the figure's own clause: "IS commanders in Raqqa ordered the withdrawal but that a handful of
  // fighters are still resisting" places the order, not the fighters.
  const clause = clauseRange(b, range);
  // "A monitoring group in Britain counts 400 jihadists dead": where the speaker is, before its verb.
  const speakerAt = (p: UnknownPlace) => {
    for (let i = p.token + 1; i < range[0]; i++) if (b.lex.sayVerbs.at(b.tokens, i) > 0 || b.lex.reportVerbs.at(b.tokens, i) > 0) return true;
    return false;
  };
  const passing = places.find((p) => p.token >= clause[0] && p.token <= clause[1] && !speakerAt(p)) ?? frontedPlace(b, places, range, (g) => vocab.placeGroups.has(g));
  if (passing) {
    reading.elsewhere = slot(elsewhere(passing.name), 'places:phrase', passing.name);
    reading.phraseGroups = new Set(groupsIn(b, phrase[0], phrase[1], true).keys());
  }
  if (focus.time !== undefined) reading.time = slot(focus.time, 'focus:time', '');

  const modal = modalityOf(b, range) ?? (own ? modalityIn(b, own) : undefined);
  if (modal) reading.modal = modal;
  const source = sourceOf(b, range);
  if (source) reading.source = source;
  const labelPredicate = (): Slot<string[]> | undefined => {
    const groups = [...(label?.groups ?? [])].filter(isEventWord);
    if (groups.length > 0) return slot(groups, 'predicate:label', label!.text);
    // The first sentence under a question heading answers it: "Combien de temps la bataille a-t-elle
    // duré ? — Une vingtaine de jours."
    const asked = reading.sentence === 0 ? (ctx.question?.groups ?? []).filter(isEventWord) : [];
    if (asked.length > 0) return slot(asked, 'predicate:question', ctx.question!.text);
    // A fact box's "Date" row says when the event of the page happened: "Palmyra offensive (March
    // 2016)" over "Date | 9 March 2016 – 27 March 2016 (18 days)".
    // (A label of no word at all, a live blog's "20:40", is no "Date".)
    const dateLabel = !!label && label.tokens.some((t) => t.type === 'word') && label.tokens.every((t) => t.type !== 'word' || b.lex.dateLabels.has(t.norm));
    const titled = dateLabel ? (ctx.title?.groups ?? []).filter(isEventWord) : [];
    return titled.length > 0 ? slot(titled, 'predicate:title', ctx.title!.text) : undefined;
  };

  switch (f.dimension) {
    case 'count':
      readCount(ctx, reading, labelPredicate, label);
      break;
    case 'date': {
      const since = sinceOf(b, range);
      if (since) reading.since = since;
      const start = startOf(b, range);
      if (start) reading.start = start;
      const near = phraseRange(b, range[0]);
      const otherDates = startingIn(ctx.figures, sFirst, sLast).filter((k) => k !== index && ctx.figures[k]!.figure.dimension === 'date').map((k) => ctx.figures[k]!.range);
      // A tally dated apart from its event by its noun ("Mardi, le bilan a été revu à 32 morts"); but
      // "bombers killed 31 people on Tuesday" dates the killing.
      const tally = (i: number) => b.lex.tallyNouns.has(b.tokens[i]!.norm);
      const own = predicatesInPhrase(b, range, isEventWord, otherDates, sharedSubjectClause(b, range, isEventWord, otherDates), tally);
      // "Le bilan a été porté lundi à 35 morts", "the toll was revised on Monday": the day a tally was
      // revised, not the day of what it counts.
      const revises = b.lex.reviseVerbs.before(b.tokens, b.lex.datePrepositions.has(b.tokens[range[0] - 1]?.norm) ? range[0] - 2 : range[0] - 1) > 0;
      // "Monday's front pages are dominated by the fall of Palmyra": the day of the pages.
      const ofNoun = dateOfNoun(b, range, isEventWord);
      if (ofNoun) reading.dateOf = ofNoun;
      const predicate = revises || ofNoun ? undefined : (definedBy(b, range, isEventWord, own) ?? appositionPredicate(b, range, isEventWord, own, otherDates, tally) ?? own ?? antecedentPredicate(b, range, isEventWord) ?? pronounPredicate(b, range, isEventWord));
      // "On Tuesday prosecutors clarified that the 35 included the attackers": words of what happened
      // inside what was said; the date is the saying's, maybe the event's day too ("On Sunday state TV
      // announced that the army had retaken Palmyra"), never positively another.
      const reported = predicate ? reportedBetween(b, range, predicate.value.range) : undefined;
      if (reported) reading.reported = reported;
      // "La guerre est entrée le 15 mars dans sa septième année": a year begun, an anniversary, no entry into a place.
      const anniversary = yearRankIn(b, phraseRange(b, range[0]), ctx.figures);
      if (anniversary) reading.countsOther = anniversary;
      const dayFrom = dayFromEventOf(b, range);
      if (dayFrom) reading.offset = dayFrom;
      const previous = ctx.previousDate;
      const contrast = !predicate && previous?.counts ? contrastedBy(b, previous.range, range) : undefined;
      // "Frappes aériennes russes en Syrie : depuis le 30 septembre 2015": a "since" alone says when,
      // the label what started then.
      const sinceAlone = !!predicate && predicate.value.range[0] === predicate.value.range[1] && sinceAt(b, predicate.value.range[0]);
      const labelled = sinceAlone ? labelPredicate() : undefined;
      if (labelled) reading.counts = labelled;
      else if (predicate) reading.counts = slot(predicate.value.groups, predicate.by, predicate.words);
      else if (contrast) reading.counts = slot(previous!.counts!.value, contrast.by, contrast.words);
      // A revision's day takes no event from a heading or a question either.
      else if (!revises) {
        const fromLabel = labelPredicate();
        if (fromLabel) reading.counts = fromLabel;
      }
      if (predicate) reading.distance = predicate.value.distance;
      // Its phrase, and the one its predicate stands in ("Le 30 septembre, la Russie commence à bombarder").
      let told = predicate ? phraseRange(b, predicate.value.range[0]) : near;
      const neighbour = predicate?.by === 'predicate:apposition' ? appositionNeighbour(b, range) : -1;
      if (neighbour >= 0) {
        const read = phraseRange(b, neighbour);
        told = [Math.min(told[0], read[0]), Math.max(told[1], read[1])];
      }
      const stated: Range = [Math.min(near[0], told[0]), Math.max(near[1], told[1])];
      const begins =
        since ??
        start ??
        beginVerbIn(b.lex, b.tokens, stated, (i, j) => words(b, i, j)) ??
        (label ? beginVerbIn(b.lex, label.tokens, [0, label.tokens.length - 1], () => label.text) : undefined);
      if (begins) {
        reading.begins = begins;
        reading.phraseNames = new Set([...groupsIn(b, stated[0], stated[1], true).keys(), ...labelNamed]);
      }
      // "The final push began on Thursday": the first day of a phase, not of the event. A participle
      // that opens the sentence tells of the subject after its asides ("Lancée jeudi depuis Makhmour, à
      // 70 km de Mossoul, la première phase de l'opération…").
      const fronted = predicate && predicate.value.range[0] === sFirst;
      const phase = phaseOf(b, fronted ? [sFirst, sLast] : stated, (g) => isEventWord(g) && !vocab.tollGroups.has(g)) ?? phaseBefore(b, range);
      if (phase) reading.phase = phase;
      const part =
        capturedPart(b, stated, isEventWord) ??
        shareOfPlace(b, stated) ??
        (labelRange ? (capturedPart(b, labelRange, isEventWord) ?? shareOfPlace(b, labelRange)) : undefined);
      if (part) reading.placePart = part;
      const acting = { subjects: vocab.actors, generic: vocab.generic };
      const actors = actorsOf(b, range, predicate?.value.range, acting) ?? labelActors(label, acting);
      if (actors) reading.actors = actors;
      break;
    }
    case 'duration': {
      const age = isAge(b, f, range, own);
      // "fondée il y a deux mille ans": an age, whatever the "ago".
      const offset = age ? undefined : offsetOf(b, range);
      if (offset) reading.offset = offset;
      const endSpan = endSpanOf(b, range);
      if (endSpan) reading.endSpan = endSpan;
      const ofNoun = age ? undefined : lengthOfNoun(b, range, (g) => isEventWord(g) && !vocab.tollGroups.has(g));
      if (ofNoun) reading.lengthOfNoun = ofNoun;
      // "repris en boucle depuis dix jours": the time up to the text's date.
      const since = age ? undefined : sinceOf(b, range);
      if (since) reading.since = since;
      const ended = endedOn(b, range, ctx.figures);
      if (ended) reading.ended = ended;
      const upTo = runsUpTo(b, range, ctx.figures);
      if (upTo) reading.runsUpTo = upTo;
      // "a decisive phase, launched on 24 March, that took only three days": a phase's length.
      const phase = age ? undefined : phaseBefore(b, range) ?? extraSpanOf(b, range) ?? partitiveSpanOf(b, range, isEventWord);
      if (phase) reading.phase = phase;
      const rateUnit = rateUnitOf(b, range, ctx.figures);
      if (rateUnit) reading.rate = rateUnit;
      const ranked = age ? undefined : rankWindowOf(b, range, ctx.figures);
      if (ranked) reading.countsOther = ranked;
      if (age) {
        reading.age = age;
        const names = (i: number) => (b.hitsAt[i] ?? []).some((h) => vocab.placeGroups.has(h.group));
        const owner = ageOwner(b, range, names, own);
        if (owner) reading.owner = owner;
      }
      const predicate = predicatesInPhrase(b, range, isEventWord) ?? appositionPredicate(b, range, isEventWord);
      if (predicate) {
        reading.counts = slot(predicate.value.groups, predicate.by, predicate.words);
        reading.distance = predicate.value.distance;
        const other = age ? undefined : lengthSubject(b, predicate.value.range, range);
        if (other) reading.countsOther = other;
      } else {
        const fromLabel = labelPredicate();
        if (fromLabel) reading.counts = fromLabel;
      }
      break;
    }
    case 'rank': {
      const head = f.headToken ?? range[1];
      const groups = new Set<string>();
      for (let i = head; i <= Math.min(head + 1, segmentRange(b, range[0])[1]); i++) for (const h of b.hitsAt[i] ?? []) if (vocab.rankGroups.has(h.group)) groups.add(h.group);
      if (groups.size > 0) reading.counts = slot([...groups], 'rank:noun', words(b, head, head));
      // "The defeat is IS's second major one", "le revers est le deuxième de cette ampleur": the noun
      // it ranks is named before.
      else if (standsForNoun(b, f.lastToken, head)) {
        const predicate = nearestPredicate(b, range, (g) => vocab.rankGroups.has(g));
        if (predicate) reading.counts = slot(predicate.value.groups, 'rank:pronoun', predicate.words);
      }
      const subject = rankSubject(b, range, vocab);
      if (subject) reading.subject = subject;
      break;
    }
    case 'distance': {
      const apposed = apposedPlace(b, range, sFirst, (g) => vocab.placeGroups.has(g), places);
      if (apposed) reading.apposed = slot(apposed.place, 'distance:apposed', apposed.name);
      break;
    }
  }
  return reading;
}

/**
 * An ordinal with no noun of its own: none follows it ("its second,", "le deuxième de cette
 * ampleur"), or a proform does ("its second major one").
 */
function standsForNoun(b: ReadingBlock, ordinal: number, head: number): boolean {
  const isProform = (i: number) => b.lex.ordinalProforms.has(b.tokens[i]?.norm);
  return head === ordinal || isProform(head) || isProform(head + 1);
}

/**
 * A date followed by a clause that says what happened that day: "since May 2015, when IS overran
 * it", "au 27 mars, date à laquelle la ville est repassée sous le contrôle du régime", "Du 7 mars,
 * jour du lancement de l'offensive". That clause says what the date is of.
 */
function definedBy(b: ReadingBlock, range: Range, isEventWord: (g: string) => boolean, own?: Slot<Predicate>): Slot<Predicate> | undefined {
  const comma = range[1] + 1;
  if (b.tokens[comma]?.norm !== ',' || b.phraseOf[comma + 1] === undefined) return undefined;
  const lead = b.lex.dateDefinition.at(b.tokens, comma + 1);
  if (lead === 0) return undefined;
  const found = predicatesInPhrase(b, [comma, comma], isEventWord, [], phraseRange(b, comma + 1));
  if (!found) return undefined;
  const said = words(b, comma + 1, found.value.range[1]);
  if (!own) return slot(found.value, 'predicate:defined', said);
  // "date the operation from March 9, when Russian bombing intensified": the date's own words, and the clause's.
  const distance = new Map([...found.value.distance, ...own.value.distance]);
  return slot({ groups: [...new Set([...own.value.groups, ...found.value.groups])], range: own.value.range, distance }, 'predicate:defined', `${own.words} … ${said}`);
}

/**
 * A year of its own ranked in tokens [first, last] ("dans sa septième année", "its sixth year"): what a
 * date there begins. Not a year it happened in ("on 27 March, in the sixth year of the war").
 */
function yearRankIn(b: ReadingBlock, [first, last]: Range, figures: FigureAt[]): Slot<string> | undefined {
  for (const k of startingIn(figures, first, last)) {
    const { figure: g, range } = figures[k]!;
    const ofItsOwn = b.lex.possessives.has(b.tokens[range[0] - 1]?.norm);
    if (g.dimension === 'rank' && ofItsOwn && g.headToken !== undefined && TIME_UNITS[b.tokens[g.headToken]?.norm ?? ''] === 'year') return slot(words(b, range[0], range[1]), 'anniversary', words(b, range[0], range[1]));
  }
  return undefined;
}

/**
 * A span a rank is counted over, not an event's length: "la deuxième localité reprise en une semaine",
 * "its second defeat in a year". The rank stands earlier in the span's phrase, which opens with "in"/"en".
 */
function rankWindowOf(b: ReadingBlock, range: Range, figures: FigureAt[]): Slot<string> | undefined {
  if (b.lex.windowBefore.before(b.tokens, range[0] - 1) === 0) return undefined;
  const [first] = clauseRange(b, range);
  for (const k of startingIn(figures, first, range[0] - 1)) {
    const { figure: g, range: at } = figures[k]!;
    if (g.dimension === 'rank') return slot(words(b, at[0], range[1]), 'window-of-rank', words(b, at[0], range[1]));
  }
  return undefined;
}

/**
 * A date in a relative clause that names no event is of the clause's antecedent: "The Palmyra
 * offensive, which Syrian commanders date to 7 March,", "L'offensive sur Palmyre, que Damas fait
 * démarrer le 9 mars,". The antecedent is the phrase right before the clause's comma.
 */
function antecedentPredicate(b: ReadingBlock, range: Range, isEventWord: (g: string) => boolean): Slot<Predicate> | undefined {
  const comma = relativeComma(b, range[0]);
  return comma === undefined ? undefined : predicateBefore(b, comma, isEventWord, 'predicate:antecedent');
}

/** The event's words of the phrase before the comma at token `comma`, nearest it first. */
function predicateBefore(b: ReadingBlock, comma: number, isEventWord: (g: string) => boolean, by: string): Slot<Predicate> | undefined {
  const found = predicatesInPhrase(b, [comma, comma], isEventWord, [], phraseRange(b, comma - 1));
  return found ? slot(found.value, by, found.words) : undefined;
}

/** Words between a pronoun's copula and its date: "that was back in 2013", "c'était en 2013". */
const COPULA_GAP = 2;

/**
 * A date a pronoun and a copula give to the clause before: "since they appeared in the Syrian war, and
 * that was back in 2013", "depuis son apparition dans le conflit, c'était en 2013".
 */
function pronounPredicate(b: ReadingBlock, range: Range, isEventWord: (g: string) => boolean): Slot<Predicate> | undefined {
  const comma = phraseComma(b, range[0]);
  if (comma === undefined) return undefined;
  let i = comma + 1;
  if (b.lex.coordinators.has(b.tokens[i]!.norm)) i++;
  const copula = b.lex.pronounCopulas.at(b.tokens, i);
  if (copula === 0 || range[0] - (i + copula) > COPULA_GAP) return undefined;
  for (let k = i + copula; k < range[0]; k++) if (b.tokens[k]!.type !== 'word') return undefined;
  return predicateBefore(b, comma, isEventWord, 'predicate:pronoun');
}

/** A verb of saying and its "that"/"que" between a date and the words after them: the date is the saying's. */
function reportedBetween(b: ReadingBlock, date: Range, predicate: Range): Slot<true> | undefined {
  if (predicate[0] <= date[1]) return undefined;
  for (let i = date[1] + 1; i < predicate[0]; i++) {
    const say = b.lex.reportVerbs.at(b.tokens, i);
    if (say > 0 && b.lex.complementizers.has(b.tokens[i + say]?.norm)) return slot(true, 'reported', words(b, i, i + say));
  }
  return undefined;
}

/** Phrases past a sentence-opening date's subject to its verb: a subject and an aside or two. */
const FRONTED_DATE_PHRASES = 3;

/** A token of the phrase a date in apposition is said of: the one before it, or after a date opening its segment; -1 when none. */
function appositionNeighbour(b: ReadingBlock, range: Range): number {
  const phrase = phraseRange(b, range[0]);
  const segment = segmentRange(b, range[0]);
  return phrase[0] > segment[0] ? phrase[0] - 1 : phrase[1] < segment[1] ? phrase[1] + 1 : -1;
}

/**
 * A date standing alone between commas is said of the phrase next to it: "depuis l'entrée de la
 * Russie dans le conflit, fin septembre 2015", "from the launch of the offensive, on 7 March,", or,
 * opening its sentence, of the phrase after: "Le 27 mars, Assad avait salué la libération".
 */
function appositionPredicate(
  b: ReadingBlock,
  range: Range,
  isEventWord: (g: string) => boolean,
  own?: Slot<Predicate>,
  otherDates: Range[] = [],
  tally?: (i: number) => boolean,
): Slot<Predicate> | undefined {
  const phrase = phraseRange(b, range[0]);
  let extra = 0;
  for (let i = phrase[0]; i <= phrase[1]; i++) {
    // "le 9 mars selon l'état-major russe": who says it adds nothing to what the date is of.
    if (i > range[1] && b.lex.sourceBefore.at(b.tokens, i) > 0) break;
    if ((i < range[0] || i > range[1]) && b.tokens[i]!.type === 'word') extra++;
  }
  // The date and a word or two: "fin septembre 2015", "on 7 March", "commencée fin septembre 2015".
  if (extra > 2) return undefined;
  const segment = segmentRange(b, range[0]);
  const neighbour = appositionNeighbour(b, range);
  if (neighbour < 0) return undefined;
  let scope = phraseRange(b, neighbour);
  // "IS had overrun the city, whose history stretches back 2,000 years, in May last year": past a
  // relative clause set between commas, to the clause it interrupts.
  const relative = (s: Range) => {
    const opener = b.tokens[s[0]]!.type === 'punct' ? s[0] + 1 : s[0];
    return b.lex.relativePronouns.has(b.tokens[opener]?.norm) || b.lex.relativePlaces.at(b.tokens, opener) > 0;
  };
  if (neighbour < phrase[0] && relative(scope) && scope[0] > segment[0]) scope = [phraseRange(b, scope[0] - 1)[0], scope[1]];
  // "Fin mars, après trois semaines de combats, l'armée avait délogé l'EI": past a fronted adverbial, to its clause.
  let opener = neighbour;
  while (opener < scope[1] && b.tokens[opener]!.type === 'punct') opener++;
  if (neighbour > phrase[1] && b.lex.adverbialOpeners.at(b.tokens, opener) > 0 && scope[1] < segment[1]) scope = [scope[0], phraseRange(b, scope[1] + 1)[1]];
  // "Le 27 mars 2016, les mêmes forces, déjà épaulées par l'aviation russe, avaient chassé l'EI": from a
  // date opening the sentence, past its subject and the asides after it, to the first words of what happened.
  const hasEvent = ([first, last]: Range) => {
    for (let i = first; i <= last; i++) if ((b.hitsAt[i] ?? []).some((h) => isEventWord(h.group))) return true;
    return false;
  };
  for (let k = 0; k < FRONTED_DATE_PHRASES && neighbour > phrase[1] && phrase[0] === segment[0] && !hasEvent(scope) && scope[1] < segment[1]; k++) {
    scope = [scope[0], phraseRange(b, scope[1] + 1)[1]];
  }
  // The neighbour's words are this date's unless nearer another date or a tally ("revised the toll of
  // the March 22 attacks, on Tuesday").
  const found = predicatesInPhrase(b, [phrase[0], phrase[0]], isEventWord, otherDates, scope, tally);
  if (!found) return undefined;
  if (!own) return slot(found.value, 'predicate:apposition', found.words);
  // "L'intervention russe, commencée fin septembre 2015,": the participle's and its noun's words together.
  const distance = new Map([...found.value.distance, ...own.value.distance]);
  return slot({ groups: [...new Set([...own.value.groups, ...found.value.groups])], range: own.value.range, distance }, 'predicate:apposition', `${found.words} … ${own.words}`);
}

interface Label {
  groups: Set<string>;
  /** The groups of the label from outside the block (column header and caption, or the line above). */
  outerGroups: Set<string>;
  text: string;
  /** Its words (the segment's and the header's). */
  tokens: Token[];
}

/**
 * Whom a labelled count counts: the one side its column header (or the line above) names, else the
 * first its row names. "Syrian army statement | 450" under "IS fighters killed": the army is who
 * says, IS who died.
 */
function labelSide(label: Label | undefined, vocab: SubjectVocabulary): Slot<string> | undefined {
  if (!label) return undefined;
  const sides = (groups: Set<string>) => [...groups].filter((g) => vocab.subjects.has(g) && !vocab.generic.has(g));
  const outer = sides(label.outerGroups);
  const all = sides(label.groups);
  const side = outer.length === 1 ? outer[0] : all[0];
  return side ? slot(side, 'subject:label', label.text) : undefined;
}

function labelActors(label: Label | undefined, vocab: SubjectVocabulary): Slot<string[]> | undefined {
  const sides = [...(label?.groups ?? [])].filter((g) => vocab.subjects.has(g) && !vocab.generic.has(g));
  return sides.length > 0 ? slot(sides, 'subject:label', label!.text) : undefined;
}

/** A count's clause: its segment, cut at the counts before and after it ("raised its count to 417, and it now says 194 soldiers died"). */
function clauseOfCount(ctx: ReadContext, f: Figure): Range {
  const { block: b } = ctx;
  const own = figureRange(b, f);
  let [first, last] = segmentRange(b, own[0]);
  for (const k of startingIn(ctx.figures, first, last)) {
    const { figure: g, range } = ctx.figures[k]!;
    if (g === f || g.dimension !== 'count') continue;
    if (range[1] < own[0] && range[1] >= first) first = range[1] + 1;
    if (range[0] > own[1] && range[0] <= last) last = range[0] - 1;
  }
  // "400 tués, dont plus de la moitié lors de frappes": what follows is said of a part.
  for (let i = own[1] + 1; i <= last; i++) if (b.lex.partBefore.at(b.tokens, i) > 0) return [first, i - 1];
  return [first, last];
}

/**
 * "Maelbeek | 16", "Aéroport, hall des départs | 15": a table row whose label is a place inside the
 * event's; "Victimes identifiées | 28": a count of another kind.
 */
function partLabel(label: Label | undefined, sites: Set<string>, lex: ReadingBlock['lex']): Slot<true> | undefined {
  if (!label) return undefined;
  if ([...label.groups].some((g) => sites.has(g)) || label.tokens.some((_, i) => lex.subPlaces.at(label.tokens, i) > 0)) return slot(true, 'part-of-whole:site', label.text);
  if (label.tokens.some((_, i) => lex.otherCountVerbs.at(label.tokens, i) > 0)) return slot(true, 'part-of-whole:other-count', label.text);
  return undefined;
}

/** A present participle: "striking", "bombardant" (the same actor goes on). */
const PARTICIPLE = /^\p{L}{3,}(?:ing|ant)$/u;

/**
 * Two counts of one segment, the second opened by "and"/"et" (and maybe a preposition): "à 400 … et
 * à 188"; by an additive ("along with 188", "ainsi que 188"); or by a participle after a comma: "flew
 * 14 sorties in 24 hours, striking 90 targets".
 */
function coordinated(b: ReadingBlock, before: Range, after: Range): boolean {
  if (b.segmentOf[before[1]] !== b.segmentOf[after[0]]) return false;
  for (let i = after[0] - 1; i >= Math.max(before[1] + 1, after[0] - 3); i--) {
    const t = b.tokens[i]!;
    if (b.lex.coordinators.has(t.norm) || b.lex.additive.before(b.tokens, i) > 0) return true;
    if (PARTICIPLE.test(t.norm) && !b.lex.notNouns.has(t.norm) && b.tokens[i - 1]?.norm === ',') return true;
  }
  return false;
}

/** The clause restates a tally: its noun, a verb of saying, a source of its own, or a value set against another. */
function restatesTally(b: ReadingBlock, [first, last]: Range): boolean {
  for (let i = first; i <= last; i++) {
    // "…400 jihadistes tués selon l'OSDH, 450 selon l'armée": a source's word gives its own value of the tally.
    if (b.lex.tallyNouns.has(b.tokens[i]!.norm) || b.lex.sayVerbs.at(b.tokens, i) > 0 || b.lex.sourceBefore.at(b.tokens, i) > 0) return true;
    const value = b.lex.tallyValue.at(b.tokens, i);
    if (value > 0 && b.tokens[i + value]?.type === 'number') return true;
  }
  return false;
}

/** The counted noun is an event's word, as its head (its last word): "two attacks", not "40 combat sorties". */
function countsEvents(b: ReadingBlock, noun: { groups: string[]; range: Range }, ofCounts: Set<string>, vocab: ReadingVocabulary): boolean {
  const { groups, range } = noun;
  if (groups.length === 0 || groups.some((g) => ofCounts.has(g) || vocab.subjects.has(g) || vocab.placeGroups.has(g))) return false;
  // A word of the reference right after it is the head the event word qualifies ("combat sorties").
  if ((b.hitsAt[range[1] + 1]?.length ?? 0) > 0) return false;
  const head = (b.hitsAt[range[1]] ?? []).map((h) => h.group);
  for (const [dimension, events] of vocab.countGroupsOf) if (dimension !== 'count' && head.some((g) => events.has(g))) return true;
  return false;
}

function readCount(ctx: ReadContext, r: Reading, labelPredicate: () => Slot<string[]> | undefined, label: Label | undefined): void {
  const { block: b, vocab } = ctx;
  const f = r.figure;
  const range = r.range;
  const noun = countedNoun(b, f);
  const nounEnd = noun ? Math.max(noun.value.range[1], range[1]) : range[1];
  // The count's own clause, which several readers below look in.
  const clause = clauseOfCount(ctx, f);
  const ofCounts = vocab.countGroupsOf.get('count') ?? new Set<string>();
  const part = partOfWhole(b, [range[0], f.lastToken], nounEnd, (g) => vocab.tollGroups.has(g), (g) => ofCounts.has(g));
  if (part) r.part = part;
  const rate = rateOf(b, range, nounEnd);
  if (rate) r.rate = rate;
  const derived = derivedCountOf(b, range);
  if (derived) r.derived = derived;
  const window = windowOf(b, range, ctx.figures, f, (g) => vocab.tollGroups.has(g));
  if (window) r.window = window;
  // (A fronted definition is said of the whole sentence's count: "Sans les assaillants, on compte 32
  // victimes, dont quatre blessés décédés".)
  const definition = frontedDefinitionOf(b, range[0], (g) => vocab.subjects.has(g)) ?? countDefinitionOf(b, nounEnd, (g) => vocab.subjects.has(g));
  // Leaving out people no group names ("not counting those who died later") is another count outright.
  const leavesOutUnknown = definition?.value.mode === 'leaves-out' && definition.value.groups.length === 0;
  if (definition && !leavesOutUnknown) r.definition = definition;
  const excluded = leavesOutUnknown ? slot(definition.words, definition.by, definition.words) : (combinedTollOf(b, [range[0], f.lastToken], nounEnd) ?? stateCountOf(b, [range[0], f.lastToken], nounEnd));
  if (excluded) r.countsOther = excluded;
  else if (noun?.value.other) r.countsOther = slot(noun.value.other, noun.by, noun.words);
  // "16 Belges", "12 Britons": people of a place are a count of their own, not the toll.
  else if (noun && noun.value.groups.length > 0 && noun.value.groups.every((g) => vocab.placeGroups.has(g))) r.countsOther = slot(noun.words, 'noun-phrase:place', noun.words);
  // "wounded in the two attacks", "after three offensives": a count of events (words of what happened
  // that the reference dates or measures, never counts) counts those, not people.
  if (!r.countsOther && noun && countsEvents(b, noun.value, ofCounts, vocab)) r.countsOther = slot(noun.words, 'noun-phrase:events', noun.words);
  const nounCounts = (noun?.value.groups ?? []).filter((g) => ofCounts.has(g));
  if (nounCounts.length > 0) r.counts = slot(nounCounts, noun!.by, noun!.words);
  else {
    const predicate = nearestPredicate(b, range, (g) => ofCounts.has(g), clause);
    const counts = tallyCounts(b, range, (g) => ofCounts.has(g)) ?? (predicate ? slot(predicate.value.groups, predicate.by, predicate.words) : labelPredicate());
    if (counts) r.counts = counts;
  }
  // A place inside the event's place makes a toll a part ("16 at the airport"), not the few left
  // "around the military airport".
  if (!r.part) {
    const isCount = (i: number) => b.inFigure[i] === 1 && startingIn(ctx.figures, i - 4, i).some((k) => ctx.figures[k]!.figure.dimension === 'count' && ctx.figures[k]!.range[0] <= i && ctx.figures[k]!.range[1] >= i);
    // The value of a tally is the tally's whole: only the tally's own words can place it ("the toll at
    // the airport rose to 16"), not the clause before it ("four died in hospital and put the total at 35").
    const tally = tallyValueOf(b, range);
    const scope: Range = tally !== undefined ? [Math.max(clause[0], tally), clause[1]] : clause;
    const site = siteOf(b, scope, [range[0], f.lastToken], nounEnd, vocab.sites, isCount) ?? partLabel(label, vocab.sites, b.lex);
    if (site) r.part = site;
  }
  if (r.part?.by === 'part-of-whole:site' && !r.counts?.value.some((g) => vocab.tollGroups.has(g))) delete r.part;
  if (r.counts?.value.some((g) => vocab.tollGroups.has(g))) {
    // In the count's phrase: "with 32 dead, that it can strike far away" names no cause of the 32.
    const phrase = phraseRange(b, range[0]);
    const cause = causeOf(b, [Math.max(clause[0], phrase[0]), Math.min(clause[1], phrase[1])], (g) => vocab.causes.has(g));
    if (cause) r.cause = cause;
  }
  const things = noun?.value.groups.some((g) => vocab.struck.has(g)) ?? false;
  const subject = countSubject(b, range, noun?.value, vocab, things) ?? labelSide(label, vocab);
  if (subject) r.subject = subject;
  const killer = killerOf(b, range, vocab);
  if (killer) r.killer = killer;
  // A count that says neither what nor whose continues the one before it in the paragraph, when its
  // clause revises or restates a tally: "raised its count to 417", "up from the 188 it gave at
  // first", "settled on 32".
  const previous = ctx.previousCount;
  // "28 dead, a figure that left out the three bombers": those the count before takes in or leaves
  // out are a count of their own, which continues nothing.
  const defined = previous?.definition;
  if (defined && range[0] > previous!.range[1] && range[0] <= defined.value.last) {
    r.countsOther ??= slot(defined.words, 'count-definition:inside', defined.words);
    return;
  }
  // A count of people continues no count of things: "struck 117 targets, killing more than 80 fighters".
  const head = noun ? b.tokens[noun.value.range[1]] : b.tokens[range[1]];
  const people = !!noun?.value.groups.some((g) => vocab.subjects.has(g)) || b.lex.genericNouns.has(head?.norm ?? '');
  const mayContinue = !(people && previous?.counts?.value.some((g) => vocab.struck.has(g)));
  // "ils ont coûté la vie à 400 jihadistes (…), et à 188 soldats": a count joined by "and" to the one
  // before it in the same segment shares its verb.
  if (previous?.counts && coordinated(b, previous.range, range)) {
    if (!r.counts && mayContinue) r.counts = slot(previous.counts.value, 'continues:coordinated', previous.counts.words);
    // "Russian jets flew 40 sorties and hit 158 positions": and the same actor. Not the side of a toll
    // whose own noun says who died ("400 jihadists and 188 government fighters died").
    const ownDead = !!noun && r.counts?.value.some((g) => vocab.tollGroups.has(g)) && hasUnknownWord(b, noun.value.range);
    if (!r.subject && previous.subject && !ownDead && !noun?.value.groups.some((g) => vocab.subjects.has(g)) && !b.lex.ownSide.at(b.tokens, f.lastToken + 1)) r.subject = slot(previous.subject.value, 'continues:coordinated', previous.subject.words);
    // "16 victims at the airport and 16 on the metro train": a part by its site, and so its sibling.
    if (!r.part && previous.part?.by === 'part-of-whole:site') r.part = slot(true, 'continues:coordinated', previous.part.words);
    // "flew 40 sorties over a 24-hour period, striking 158 targets": and over the same window.
    if (!r.window && previous.window) r.window = slot(previous.window.value, 'continues:coordinated', previous.window.words);
  }
  // "L'ONG révise ensuite ces chiffres à au moins 417 djihadistes": a noun that only says whose.
  const onlyWhose = !!noun && !r.counts && !r.countsOther && noun.value.groups.length > 0 && noun.value.groups.every((g) => vocab.subjects.has(g));
  if ((!noun || onlyWhose) && previous && restatesTally(b, clause)) {
    // "…400 combattants de l'EI, selon l'OSDH, qui a depuis relevé son bilan à 417": the tally's own
    // word ("bilan") says what it counts; whose, the count it revises.
    const sameCounts = !r.counts || r.counts.value.some((g) => previous.counts?.value.includes(g));
    if (!r.counts && previous.counts && mayContinue) r.counts = slot(previous.counts.value, 'continues', previous.counts.words);
    // Only a tally's: "the three bombers. The toll had risen to 35" is no toll of bombers.
    if (previous.subject && previous.counts && !r.subject && sameCounts) r.subject = slot(previous.subject.value, 'continues', previous.subject.words);
  }
}

/** A word of [first, last] that no alias group knows: a noun of the page's own ("government fighters"). */
function hasUnknownWord(b: ReadingBlock, [first, last]: Range): boolean {
  for (let i = first; i <= last; i++) if (b.tokens[i]!.type === 'word' && !(b.hitsAt[i]?.length) && !b.lex.determiners.has(b.tokens[i]!.norm)) return true;
  return false;
}
