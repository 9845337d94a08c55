// Whom a count counts, and who acts in an event a date or rank belongs to.
//
// A count's side: its own noun ("400 jihadistes", "188 soldats"), the words after it ("188 dead among
// soldiers", "400 morts dans les rangs de l'EI"), or, when the count follows a noun of its side
// ("the jihadists' losses at over 600", "enemy dead is 450"), the words before — unless a verb of
// killing stands between, which makes that side the killer ("the army killed 400").
// An event's actor: the side named before its verb ("l'EI a repris Palmyre"), or after "by"/"par"
// ("retaken by IS").
import type { ReadingBlock, Range } from './block';
import { compoundModifier, phraseRange, possessive, segmentRange, sentenceRange, words } from './block';
import type { NounPhrase } from './noun-phrase';
import { slot, type Slot } from './slot';

export interface SubjectVocabulary {
  /** Groups that name a side (the dataset's subject groups). */
  subjects: Set<string>;
  /** Groups that name people without saying who they are. */
  generic: Set<string>;
}

const AFTER_REACH = 6;
const BEFORE_REACH = 5;

function pick(groups: Iterable<string>, vocab: SubjectVocabulary): string | undefined {
  let generic: string | undefined;
  for (const g of groups) {
    if (!vocab.subjects.has(g)) continue;
    if (!vocab.generic.has(g)) return g;
    generic ??= g;
  }
  return generic;
}

/** The first subject hit starting in [from, to], not past a figure's number (unless `pastNumbers`). */
function firstSubjectHit(b: ReadingBlock, from: number, to: number, vocab: SubjectVocabulary, pastNumbers = false): { group: string; first: number; last: number } | undefined {
  for (let i = from; i <= to && i < b.tokens.length; i++) {
    if (b.tokens[i]!.type === 'number' && !pastNumbers) return undefined;
    const g = pick((b.hitsAt[i] ?? []).filter((h) => h.first === i).map((h) => h.group), vocab);
    if (g) {
      const hit = b.hitsAt[i]!.find((h) => h.group === g)!;
      return { group: g, first: hit.first, last: hit.last };
    }
  }
  return undefined;
}

/**
 * The last side named from `to` back to `from`, not a generic one; `stop` ends the search at a token.
 * Unstopped, it finds whom "their ranks" means in the sentence after it.
 */
function lastSubjectHit(b: ReadingBlock, from: number, to: number, vocab: SubjectVocabulary, stop: (i: number) => boolean = () => false): { group: string; first: number; last: number } | undefined {
  for (let i = to; i >= from; i--) {
    if (stop(i)) return undefined;
    const g = compoundModifier(b, i) ? undefined : pick((b.hitsAt[i] ?? []).filter((h) => h.last === i).map((h) => h.group), vocab);
    if (g && !vocab.generic.has(g)) {
      const hit = b.hitsAt[i]!.find((h) => h.group === g)!;
      return { group: g, first: hit.first, last: hit.last };
    }
  }
  return undefined;
}

/** The nearest side named in the clause that ends at token `last` (back to a coordinator or a subordinator). */
function clauseSide(b: ReadingBlock, first: number, last: number, vocab: SubjectVocabulary): { group: string; first: number; last: number } | undefined {
  return lastSubjectHit(b, first, last, vocab, (i) => {
    const norm = b.tokens[i]!.norm;
    return b.lex.coordinators.has(norm) || b.lex.subordinators.has(norm) || b.tokens[i]!.type === 'number';
  });
}

/**
 * Who a count counts. `np`: its own noun phrase, when it has one. `things`: the noun counts things
 * done to others (targets struck): a side named with it is whom they were done to ("117 cibles
 * terroristes", "objectifs de l'EI"), not whose they are.
 */
export function countSubject(b: ReadingBlock, figure: Range, np: NounPhrase | undefined, vocab: SubjectVocabulary, things = false): Slot<string> | undefined {
  const own = np && !things ? pick(np.groups, vocab) : undefined;
  if (own && !vocab.generic.has(own)) return slot(own, 'subject:noun', words(b, np!.range[0], np!.range[1]));
  const phrase = phraseRange(b, figure[0]);
  // "The army retook the city, killing 400 militants and losing 188 of its own": the actor's side,
  // named first in the sentence.
  if (b.lex.ownSide.at(b.tokens, figure[1] + 1) > 0) {
    const [sFirst] = sentenceRange(b, figure[0]);
    const actor = firstSubjectHit(b, sFirst, figure[0] - 1, vocab, true);
    if (actor && !vocab.generic.has(actor.group)) return slot(actor.group, 'subject:own-side', words(b, actor.first, actor.last));
  }
  // "Their ranks": the side named last before the count, in its sentence or the one before ("le prix
  // payé par les forces prorégime est élevé : 188 morts dans leurs rangs"; "…l'armée avait chassé les
  // jihadistes de Palmyre. L'OSDH avait dénombré 417 morts dans leurs rangs").
  if (b.lex.theirSide.at(b.tokens, Math.max(figure[1], np?.range[1] ?? figure[1]) + 1) > 0) {
    const [sFirst] = sentenceRange(b, figure[0]);
    const last = lastSubjectHit(b, sFirst, figure[0] - 1, vocab) ?? (sFirst > 0 ? lastSubjectHit(b, sentenceRange(b, sFirst - 1)[0], sFirst - 1, vocab) : undefined);
    if (last) return slot(last.group, 'subject:their-side', words(b, last.first, last.last));
  }
  // After the noun: "188 morts dans les rangs des soldats", "188 dead among soldiers and militiamen".
  const afterStart = (np ? np.range[1] : figure[1]) + 1;
  // "400 morts jihadistes", "188 dead soldiers": a side named right after a known noun that says no
  // side (a French adjective after its noun; an English noun after "dead").
  const adjective = np && !things && !np.other ? (b.hitsAt[afterStart] ?? []).find((h) => h.first === afterStart && vocab.subjects.has(h.group) && !vocab.generic.has(h.group)) : undefined;
  if (adjective && adjective.last <= phrase[1]) return slot(adjective.group, 'subject:adjective', words(b, np!.range[0], adjective.last));
  // "188 on the jihadist side", "188 in the rebel camp".
  const frame = things ? undefined : sideFrame(b, afterStart, vocab);
  if (frame && frame.last <= phrase[1]) return slot(frame.group, 'subject:after', words(b, afterStart, frame.last));
  const lead = things ? 0 : b.lex.whoseAfter.at(b.tokens, afterStart);
  if (lead > 0) {
    // The side may be in the lead's own words: "188 on the government side", "188 dans le camp gouvernemental".
    const hit = firstSubjectHit(b, afterStart, Math.min(phrase[1], afterStart + lead + AFTER_REACH), vocab);
    if (hit && !vocab.generic.has(hit.group)) return slot(hit.group, 'subject:after', words(b, afterStart, hit.last));
  }
  // A bare figure that a tally's noun defines after it: "417 | C'est le nombre de jihadistes tués", "417:
  // the number of IS fighters killed".
  if (!np) {
    const [, sentenceLast] = sentenceRange(b, figure[0]);
    for (let i = afterStart; i <= Math.min(sentenceLast, afterStart + AFTER_REACH); i++) {
      if (b.tokens[i]!.type === 'number') break;
      if (!b.lex.tallyNouns.has(b.tokens[i]!.norm)) continue;
      // Its complement only: "le nombre de jihadistes", not "a figure the jihadists' supporters dispute".
      if (!b.lex.ofWords.has(b.tokens[i + 1]?.norm)) break;
      const hit = firstSubjectHit(b, i + 1, Math.min(sentenceLast, i + 4), vocab);
      if (hit && !vocab.generic.has(hit.group)) return slot(hit.group, 'subject:defined-after', words(b, i, hit.last));
      break;
    }
  }
  // Before: "the jihadists' losses at over 600", "Pertes loyalistes : 194 morts".
  for (let i = figure[0] - 1; i >= Math.max(phrase[0], figure[0] - BEFORE_REACH); i--) {
    const t = b.tokens[i]!;
    if (t.type === 'number' || b.lex.coordinators.has(t.norm)) break;
    if (b.lex.killingVerbs.before(b.tokens, i) > 0) break;
    const g = pick((b.hitsAt[i] ?? []).filter((h) => h.last === i).map((h) => h.group), vocab);
    if (g && !vocab.generic.has(g)) return slot(g, 'subject:before', words(b, i, figure[0] - 1));
  }
  // A side the sentence opens with: "Côté loyaliste, l'ONG fait état d'au moins 194 morts", "Among the
  // jihadists, the monitor counted 417 dead" (a noun of the count's own has said whose above).
  const opener = openingSide(b, figure, vocab);
  if (opener) return opener;
  // An inline label before the figure: "Loyalistes : au moins 194 morts", "Islamic State: 417 killed
  // (SOHR); 450 killed (per the army)" (a fact box's cell that lists each side's losses, the side's
  // name heading all its figures up to the next label).
  const [sentenceFirst] = sentenceRange(b, figure[0]);
  for (let colon = figure[0] - 1; colon > sentenceFirst; colon--) {
    if (b.tokens[colon]!.norm !== ':') continue;
    const g = pick((b.hitsAt[colon - 1] ?? []).filter((h) => h.last === colon - 1).map((h) => h.group), vocab);
    if (g && !vocab.generic.has(g)) return slot(g, 'subject:inline-label', words(b, colon - 1, colon));
    break;
  }
  // A value of a tally named earlier in the segment: "le nombre de jihadistes tués, désormais estimé
  // à 417", "the count of soldiers killed now stands at 194", "le bilan jihadiste a depuis été porté
  // à 417 morts", "the IS toll was later raised to 417 dead" (a noun that says only "dead" says no side).
  if (!np || !own || vocab.generic.has(own)) {
    const [first] = segmentRange(b, figure[0]);
    // A possessive before a verb of killing is the killer's ("Syria's war has killed 250,000 people").
    let pastKilling = false;
    for (let i = figure[0] - 1; i >= first; i--) {
      if (b.tokens[i]!.type === 'number') break;
      pastKilling ||= b.lex.killingVerbs.before(b.tokens, i) > 0;
      // "put the jihadists' losses in that battle at 417": a side's possessive names whose count it is
      // (not that of a count with a noun: "Syria's conflict has claimed 270,000 lives").
      if (!np && !pastKilling && possessive(b, i)) {
        const owner = pick((b.hitsAt[i] ?? []).filter((h) => h.last === i).map((h) => h.group), vocab);
        if (owner && !vocab.generic.has(owner)) return slot(owner, 'subject:possessor', words(b, i, i));
      }
      if (!b.lex.tallyNouns.has(b.tokens[i]!.norm)) continue;
      const hit = firstSubjectHit(b, i + 1, Math.min(figure[0] - 1, i + 4), vocab);
      if (hit && !vocab.generic.has(hit.group)) return slot(hit.group, 'subject:tally', words(b, i, hit.last));
      const side = i > first ? pick((b.hitsAt[i - 1] ?? []).filter((h) => h.last === i - 1).map((h) => h.group), vocab) : undefined;
      if (side && !vocab.generic.has(side)) return slot(side, 'subject:tally', words(b, i - 1, i));
      break;
    }
  }
  // "Russia's defence ministry said its aircraft had flown 14 sorties", "while Moscow said its jets
  // had flown 40": "its" is the side its clause names before it ("celles de Paris et leurs 130
  // morts" names none).
  const [segmentFirst] = segmentRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= Math.max(segmentFirst, figure[0] - BEFORE_REACH); i--) {
    if (!b.lex.possessives.has(b.tokens[i]!.norm)) continue;
    const owner = clauseSide(b, segmentFirst, i - 1, vocab);
    if (owner) return slot(owner.group, 'subject:possessive', words(b, owner.first, owner.last));
    break;
  }
  if (own) return slot(own, 'subject:noun', words(b, np!.range[0], np!.range[1]));
  return undefined;
}

/**
 * Who acts in the event of a date: every side named before its predicate in the segment, and the
 * agent after "by"/"par" ("repris par l'EI", "fell to IS"). A segment that names sides, none of them
 * the entry's, is about another actor's deed ("l'EI a repris Palmyre"). `predicate`: the token range
 * of the event's word.
 */
export function actorsOf(b: ReadingBlock, figure: Range, predicate: Range | undefined, vocab: SubjectVocabulary): Slot<string[]> | undefined {
  // "IS lost Palmyra on Sunday", "la défaite de l'EI": the side named lost the place, it did not take it.
  if (predicate && b.lex.lossWords.at(b.tokens, predicate[0]) > 0) return undefined;
  const segment = segmentRange(b, figure[0]);
  const anchor = predicate ?? figure;
  // The agent follows at once: "repris par l'armée", "tombée aux mains de l'EI", "fell to IS" (where
  // "to" may end the predicate's own words), past the date itself ("reprise le 27 mars par les forces").
  const dateAfter = predicate && figure[0] > anchor[1] && figure[0] <= anchor[1] + 3 ? figure[1] - anchor[1] : 0;
  for (let i = anchor[1]; i <= Math.min(segment[1], anchor[1] + Math.max(3, dateAfter + 2)); i++) {
    const lead = b.lex.agentBefore.at(b.tokens, i);
    if (lead === 0) continue;
    const hit = firstSubjectHit(b, i + lead, Math.min(segment[1], i + lead + 2), vocab);
    if (hit) return slot([hit.group], 'subject:agent', words(b, i, hit.last));
  }
  // "l'intervention russe", "l'offensive américaine": a side's adjective right after the event's noun
  // (a noun: a determiner before it; after a verb, a side is its object: "drove IS fighters out").
  if (predicate) {
    const adjective = b.lex.determiners.has(b.tokens[predicate[0] - 1]?.norm) ? firstSubjectHit(b, predicate[1] + 1, predicate[1] + 1, vocab) : undefined;
    if (adjective && !vocab.generic.has(adjective.group)) return slot([adjective.group], 'subject:adjective', words(b, adjective.first, adjective.last));
  }
  // "au terme d'une offensive lancée le 7 mars", "an offensive launched on 7 March": a participle right
  // after the event's noun tells of that noun; the sides before it belong to another clause.
  const before = anchor[0] - 1;
  const nounBefore = (b.hitsAt[before] ?? []).some((h) => h.last === before && !vocab.subjects.has(h.group));
  if (predicate && nounBefore && b.tokens[before]!.type === 'word') return undefined;
  const sides = new Set<string>();
  let from = -1;
  // The sides before the predicate, in its clause: "the army launched its push on March 9 and the city
  // fell to IS" does not make the army the city's captor. A date before the predicate is skipped: "where
  // on Sunday government forces recaptured the city".
  for (let i = anchor[0] - 1; i >= segment[0] && !b.lex.coordinators.has(b.tokens[i]!.norm); i--) {
    if (i >= figure[0] && i <= figure[1]) continue;
    // "an offensive that began on March 7": a relative clause's subject is the noun before its
    // pronoun, the actor only when that noun names a side ("the troops who retook the city").
    if (sides.size === 0 && b.lex.relativePronouns.has(b.tokens[i]!.norm)) {
      const k = b.tokens[i - 1]?.norm === ',' ? i - 2 : i - 1;
      const antecedent = pick((b.hitsAt[k] ?? []).filter((h) => h.last === k).map((h) => h.group), vocab);
      if (antecedent && !vocab.generic.has(antecedent)) return slot([antecedent], 'subject:antecedent', words(b, k, i));
      return undefined;
    }
    for (const h of b.hitsAt[i] ?? []) {
      if (h.last !== i || !vocab.subjects.has(h.group) || vocab.generic.has(h.group)) continue;
      // "since it surfaced in Syria's war": a possessive names whose the noun after it is, not who acts;
      // "a Britain-based monitor": a name glued to a noun qualifies it.
      if (possessive(b, h.last) || compoundModifier(b, h.last)) continue;
      // "400 jihadistes tués depuis le début de l'offensive": a count's noun names the dead, not who acts.
      if (b.tokens[h.first - 1]?.type === 'number') continue;
      // "The offensive, backed by Russian warplanes, was launched…": a supporter, not who acts; "the
      // biggest victory against IS since…": the side fought.
      if (supporter(b, h.first) || opposed(b, h.first)) continue;
      sides.add(h.group);
      from = h.first;
    }
  }
  if (sides.size === 0) return undefined;
  return slot([...sides], 'subject:actors', words(b, from, Math.max(from, anchor[0] - 1)));
}


/** How far after its opener the side of an opening phrase is named ("du côté des forces gouvernementales"). */
const OPENER_REACH = 4;

/**
 * A side's name closed by a noun of side, from `first`: "on the government side", "in the jihadist camp"
 * (the noun of side may be the alias's own last word).
 */
function sideFrame(b: ReadingBlock, first: number, vocab: SubjectVocabulary): { group: string; last: number } | undefined {
  const lead = b.lex.sideFrames.at(b.tokens, first);
  if (lead === 0) return undefined;
  const hit = (b.hitsAt[first + lead] ?? []).find((h) => h.first === first + lead && vocab.subjects.has(h.group) && !vocab.generic.has(h.group));
  if (!hit) return undefined;
  if (b.lex.sideNouns.has(b.tokens[hit.last]!.norm)) return { group: hit.group, last: hit.last };
  return b.lex.sideNouns.has(b.tokens[hit.last + 1]?.norm) ? { group: hit.group, last: hit.last + 1 } : undefined;
}

/**
 * The side of a phrase opening the count's sentence: closed by its noun of side ("On the government
 * side the monitor puts the dead at 188") or by a comma after an opener ("Côté loyaliste, …").
 */
function openingSide(b: ReadingBlock, figure: Range, vocab: SubjectVocabulary): Slot<string> | undefined {
  const [sFirst] = sentenceRange(b, figure[0]);
  const frame = sideFrame(b, sFirst, vocab);
  if (frame && frame.last < figure[0]) return slot(frame.group, 'subject:opening', words(b, sFirst, frame.last));
  const lead = b.lex.sideOpeners.at(b.tokens, sFirst);
  if (lead === 0) return undefined;
  for (let i = sFirst + lead; i < Math.min(figure[0], sFirst + lead + OPENER_REACH); i++) {
    if (b.tokens[i]!.type === 'punct') return undefined;
    const hit = (b.hitsAt[i] ?? []).find((h) => h.first === i && vocab.subjects.has(h.group) && !vocab.generic.has(h.group));
    if (!hit) continue;
    const comma = b.tokens[hit.last + 1];
    return comma?.norm === ',' && hit.last + 1 < figure[0] ? slot(hit.group, 'subject:opening', words(b, sFirst, hit.last)) : undefined;
  }
  return undefined;
}

/**
 * Who kills, when the count's clause says so before it: "IS put to death more than 280 people", "l'armée
 * a tué 400 jihadistes". The side named before the verb of killing (back to the clause's start): those
 * it counts are others.
 */
export function killerOf(b: ReadingBlock, figure: Range, vocab: SubjectVocabulary): Slot<string> | undefined {
  const phrase = phraseRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= Math.max(phrase[0], figure[0] - BEFORE_REACH); i--) {
    const t = b.tokens[i]!;
    if (t.type === 'number' || b.lex.coordinators.has(t.norm)) return undefined;
    const verb = b.lex.killingVerbs.before(b.tokens, i);
    if (verb === 0) continue;
    const side = clauseSide(b, phrase[0], i - verb, vocab);
    return side && !vocab.generic.has(side.group) ? slot(side.group, 'killer:before-verb', words(b, side.first, i)) : undefined;
  }
  return undefined;
}

/** Whose a rank is: "IS's second major setback", "la deuxième grande défaite de l'EI". */
export function rankSubject(b: ReadingBlock, figure: Range, vocab: SubjectVocabulary): Slot<string> | undefined {
  const phrase = phraseRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= Math.max(phrase[0], figure[0] - 4); i--) {
    const g = pick((b.hitsAt[i] ?? []).filter((h) => h.last === i).map((h) => h.group), vocab);
    if (g && !vocab.generic.has(g)) return slot(g, 'subject:before', words(b, i, figure[0] - 1));
  }
  const after = firstSubjectHit(b, figure[1] + 1, Math.min(phrase[1], figure[1] + 5), vocab);
  if (after && !vocab.generic.has(after.group)) return slot(after.group, 'subject:of', words(b, figure[1] + 1, after.last));
  return undefined;
}

/** How far before a side "backed by" may end: "épaulée par l'aviation et les forces spéciales russes" (8 tokens). */
const SUPPORT_REACH = 10;

/** The side at token `first` follows a word of opposition: "against IS", "face à l'EI" (an article may stand between). */
function opposed(b: ReadingBlock, first: number): boolean {
  if (b.lex.opposedLeads.before(b.tokens, first - 1) > 0) return true;
  return b.lex.determiners.has(b.tokens[first - 1]?.norm) && b.lex.opposedLeads.before(b.tokens, first - 2) > 0;
}

/** A side named after "backed by", "soutenue par", "with the support of": it helps, it does not act. */
function supporter(b: ReadingBlock, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - SUPPORT_REACH); i--) {
    if (b.tokens[i]!.type === 'punct') return false;
    if (b.lex.supportLeads.before(b.tokens, i) > 0) return true;
  }
  return false;
}
