// Places the reference has no name for: "à Raqqa", "in Baghdad", "the town of Qaryatain", "IS still
// holds Qaryatain". A capitalised word that no alias group knows, after a preposition of place,
// after "the town of", or right after a verb of capture. A place is topical (it moves the text's
// focus) when an event's word stands right before it, or a noun of place introduces it; in passing
// ("commanders in Raqqa") it only marks its own phrase.
import { MONTHS, WEEKDAYS } from '../dates/lexicon';
import { placePrepositionEndingAt, possessive, sinceAt, type Range, type ReadingBlock } from './block';
import { elsewhere } from './focus';

export interface UnknownPlace {
  name: string;
  token: number;
  topical: boolean;
  /** Opens its segment before a comma: it places the rest of the segment. */
  fronted?: true;
}

const EVENT_REACH = 3;

const UPPER = /^\p{Lu}\p{Ll}/u;

function capitalised(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i];
  if (!t || t.type !== 'word') return false;
  const c = b.text.charCodeAt(t.start);
  // ASCII letters answer at once; other scripts ask the regex.
  if (c < 128) return c >= 65 && c <= 90 && t.end - t.start > 1 && b.text.charCodeAt(t.start + 1) >= 97;
  return UPPER.test(b.text.slice(t.start, t.start + 4));
}

/** "al-Qaryatain", "Al-Qaim": a particle glued by a hyphen to a capitalised name. */
function particleAt(b: ReadingBlock, i: number): boolean {
  const { tokens } = b;
  return b.lex.nameParticles.has(tokens[i]?.norm) && tokens[i + 1]?.norm === '-' && tokens[i + 1]!.start === tokens[i]!.end && capitalised(b, i + 2);
}

/** Unknown places among tokens [first, last]; `isEventWord(group)`: a group of what happens. */
export function unknownPlaces(b: ReadingBlock, first: number, last: number, isEventWord: (g: string) => boolean): UnknownPlace[] {
  const { tokens, lex, text } = b;
  const out: UnknownPlace[] = [];
  // "since"/"depuis" marks a time, not an event: "ordonné depuis Raqa" does not make Raqqa topical.
  const eventAt = (k: number) => (b.hitsAt[k] ?? []).some((h) => isEventWord(h.group) && !(h.first === h.last && sinceAt(b, h.first)));
  const eventBefore = (i: number) => {
    for (let k = i - 1; k >= Math.max(first, i - EVENT_REACH); k--) if (eventAt(k)) return true;
    return false;
  };
  // "al-Qaryatain": a lower-case particle and a hyphen before a capitalised name.
  for (let i = first; i <= last; i++) {
    if (!(capitalised(b, i) || particleAt(b, i)) || (b.hitsAt[i]?.length ?? 0) > 0 || b.inFigure[i]) continue;
    const norm = tokens[i]!.norm;
    if (MONTHS[norm] !== undefined || WEEKDAYS[norm] !== undefined) continue;
    const nameEnd = particleAt(b, i) ? i + 2 : i;
    // Opening the sentence, a capitalised word is any word; a place only as a passive event's subject
    // ("Al-Qaryatain reprise par l'armée le 3 avril", "Ramadi retaken by Iraqi forces"), as the label
    // of an item ("Lahore: Pakistan says 72 people were killed") or with an apposition that says so
    // and tells an event there ("Qaryatain, a town the army retook on Sunday,").
    if (i === first) {
      const subject = passiveSubject(b, i, eventAt) ?? itemLabel(b, i) ?? (placeApposition(b, nameEnd, last, eventAt) === 'event' ? nameEnd : undefined);
      if (subject === undefined) continue;
      out.push({ name: text.slice(tokens[i]!.start, tokens[subject]!.end), token: i, topical: true });
      i = subject;
      continue;
    }
    // "the districts of eastern Aleppo": the name's own adjective of direction stands between.
    const before = lex.directionAdjectives.has(tokens[i - 1]?.norm) ? i - 2 : i - 1;
    const prev = tokens[before]!;
    const prep = placePrepositionEndingAt(b, before);
    const isPrep = prep > 0;
    // "the town of Qaryatain", "un parc de Lahore", "a crowded park in Lahore": a noun of place names it.
    const afterOf = prev.norm === 'of' || prev.norm === 'de' || prev.norm === 'd';
    const ofPlace = (afterOf || (isPrep && prep === 1)) && lex.placeNouns.has(tokens[before - 1]?.norm ?? '');
    // Right after a verb of capture, or after its date: "a repris le 3 avril Al-Qaryatain".
    let verb = i - 1;
    if (b.inFigure[i - 1]) while (verb > first && (b.inFigure[verb] || lex.datePrepositions.has(tokens[verb]!.norm))) verb--;
    const afterVerb = (eventAt(verb) && tokens[verb]!.type === 'word') || expelledFrom(b, i, first);
    // "Al-Qaryatayn, ville chrétienne reprise ce dimanche", "Qaryatain, a town the army retook": a noun of
    // place apposed to the name says it is one, topical when the apposition tells an event there.
    const apposition = placeApposition(b, nameEnd, last, eventAt);
    // "la base de Hmeimim": a place named in passing, whatever is said there ("basé à Londres" is no base).
    const ofFacility = afterOf && lex.facilityNouns.before(tokens, before - 1) > 0;
    if (!isPrep && !ofPlace && !afterVerb && !ofFacility && !apposition) continue;
    let end = nameEnd;
    while (capitalised(b, end + 1) || (tokens[end + 1]?.norm === '-' && capitalised(b, end + 2))) end += tokens[end + 1]!.norm === '-' ? 2 : 1;
    const name = text.slice(tokens[i]!.start, tokens[end]!.end);
    // "Near Aleppo, rebels fought ten days of clashes": a place opening its segment, closed by a comma,
    // places what the rest of the segment tells (and no more: "À Amboise, une archéologue a suivi la
    // bataille" does not move the story to Amboise).
    const lead = i - Math.max(prep, 1);
    // (A segment starts with the mark that opens it: "…elsewhere: near Aleppo, …".)
    const segmentStart = b.segments[b.segmentOf[lead]!]![0];
    const opens = segmentStart === lead || (segmentStart === lead - 1 && tokens[segmentStart]!.type === 'punct');
    const fronted = isPrep && opens && tokens[end + 1]?.norm === ',';
    out.push({ name, token: i, topical: ofPlace || afterVerb || apposition === 'event' || eventBefore(i - Math.max(prep, 0)), ...(fronted ? { fronted } : {}) });
    i = end;
  }
  return out;
}

/** Words of an apposition's noun phrase before an event's word: "ville chrétienne et musulmane reprise". */
const APPOSITION_EVENT_REACH = 6;

/**
 * After the name ending at `end`, a comma, an article maybe, and a noun of place: 'place'; 'event' when
 * an event's word follows the noun within a few words.
 */
function placeApposition(b: ReadingBlock, end: number, last: number, eventAt: (k: number) => boolean): 'place' | 'event' | undefined {
  const { tokens, lex } = b;
  if (tokens[end + 1]?.norm !== ',') return undefined;
  const article = lex.indefiniteArticles.has(tokens[end + 2]?.norm) || lex.determiners.has(tokens[end + 2]?.norm);
  const noun = article ? end + 3 : end + 2;
  const n = lex.placeNouns.at(tokens, noun);
  // "Smith, the town's mayor": the noun is another's owner.
  if (n === 0 || possessive(b, noun + n - 1)) return undefined;
  for (let k = noun + n; k <= Math.min(last, noun + n + APPOSITION_EVENT_REACH); k++) {
    if (tokens[k]!.type === 'punct') break;
    if (eventAt(k)) return 'event';
  }
  return 'place';
}

/** Words of a verb's object between it and the place it is driven out of ("les jihadistes", "the Islamic State group"). */
const OBJECT_REACH = 4;

/** The name at i follows a verb of driving out and its object: "ont chassé les jihadistes d'Al-Qaryatayn". */
function expelledFrom(b: ReadingBlock, i: number, first: number): boolean {
  const { tokens, lex } = b;
  const from = lex.expelFrom.before(tokens, i - 1);
  if (from === 0) return false;
  for (let k = i - 1 - from; k >= Math.max(first, i - from - 1 - OBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.type !== 'word') return false;
    if (lex.expelVerbs.has(t.norm)) return true;
  }
  return false;
}

/**
 * The last token of a one-word name opening the block before a colon, the label of an item of a brief
 * ("Lahore: Pakistan says…", "Brussels: The toll…"): what the item is about. Not a rubric ("Update:",
 * "Journaliste :"), nor a heading's theme ("Patrimoine : ce qui reste de la cité").
 */
function itemLabel(b: ReadingBlock, i: number): number | undefined {
  const { tokens, lex } = b;
  if (i !== 0 || b.heading) return undefined;
  // One word ("Lahore", "Al-Qaim"): two capitalised words before a colon are as often a speaker in a
  // transcript ("Hélène Marchand : …").
  const end = particleAt(b, i) ? i + 2 : i;
  if (lex.rubricLabels.at(tokens, i) > 0) return undefined;
  const colon = datelineColon(b, end + 1);
  if (colon === undefined) return undefined;
  return fieldValue(b, colon + 1) ? undefined : end;
}

/** The most tokens of a dateline's rest after its first name: ", Tunisia, June 26, 2015". */
const DATELINE_REACH = 10;

/**
 * The colon closing a label at token k: right there ("Lahore:"), or after the commas of a dateline, each
 * followed by a name or a date ("Sousse, Tunisia, June 26, 2015:").
 */
function datelineColon(b: ReadingBlock, k: number): number | undefined {
  const { tokens } = b;
  for (let j = k; j < Math.min(tokens.length, k + DATELINE_REACH); j++) {
    const t = tokens[j]!;
    if (t.norm === ':') return j;
    if (t.norm === ',' && (capitalised(b, j + 1) || b.inFigure[j + 1])) continue;
    if (j === k || !(capitalised(b, j) || b.inFigure[j])) return undefined;
  }
  return undefined;
}

/** The most words of a field's value: "Rating: Mostly false.", "Verdict : plutôt vrai." */
const FIELD_VALUE_WORDS = 3;

/**
 * Does a short value closing its sentence start at token `from`? Then the word before the colon names a
 * field of a form ("Rating: False. The monitor counted…"), not what an item of a brief is about
 * ("Lahore: Pakistan says 72 people were killed").
 */
function fieldValue(b: ReadingBlock, from: number): boolean {
  if (from >= b.tokens.length) return false;
  const last = b.sentences[b.sentenceOf[from]!]![1];
  let count = 0;
  for (let k = from; k <= last; k++) {
    if (b.tokens[k]!.type !== 'punct' && ++count > FIELD_VALUE_WORDS) return false;
  }
  return count > 0 && last < b.tokens.length - 1;
}

/**
 * The last token of a name at token i followed by an event's word and its agent ("… reprise par", "…
 * retaken by"), or by an auxiliary, the event's word and a date ("… est reprise le 3 avril"), if it is one.
 */
function passiveSubject(b: ReadingBlock, i: number, eventAt: (k: number) => boolean): number | undefined {
  const { tokens, lex } = b;
  let end = particleAt(b, i) ? i + 2 : i;
  while (tokens[end + 1]?.norm === '-' && capitalised(b, end + 2)) end += 2;
  // "Al-Qaryatayn est reprise le 3 avril", "Ramadi was retaken in December": an auxiliary of the passive
  // and a date after the participle say so without an agent (not "Europe was still reeling").
  const aux = lex.passiveAuxiliaries.at(tokens, end + 1);
  const verb = end + 1 + aux;
  if (!eventAt(verb) || tokens[verb]!.type !== 'word') return undefined;
  const after = lex.timePrepositions.has(tokens[verb + 1]?.norm ?? '') ? verb + 2 : verb + 1;
  if (aux > 0 && b.inFigure[after]) return end;
  const agent = lex.agentBefore.at(tokens, verb + 1);
  // "by", "par", "aux mains de": not "of", "de", "to", which follow many words.
  return agent > 1 || tokens[verb + 1]?.norm === 'by' || tokens[verb + 1]?.norm === 'par' ? end : undefined;
}

/** The most tokens between a place's name and the distance apposed to it: ", à", " — at". */
const APPOSITION_GAP = 3;

/**
 * The place a distance is apposed to, named right before it across a comma, a bracket or a preposition
 * ("Al-Qaryatayn, à une centaine de kilomètres à l'ouest", "Deir Ezzor, some 200 km to the north-east"):
 * where that place lies. A group of `isPlace`, or `elsewhere(name)` for one the reference does not know.
 */
export function apposedPlace(b: ReadingBlock, figure: Range, first: number, isPlace: (g: string) => boolean, unknown: UnknownPlace[]): { place: string; name: string } | undefined {
  const { tokens, lex } = b;
  let k = figure[0] - 1;
  const stop = Math.max(first, figure[0] - 1 - APPOSITION_GAP);
  while (k >= stop && (tokens[k]!.type === 'punct' || lex.placePrepositions.has(tokens[k]!.norm))) k--;
  if (k === figure[0] - 1 || k < first) return undefined;
  const known = (b.hitsAt[k] ?? []).find((h) => h.last === k && h.named && isPlace(h.group));
  if (known) return { place: known.group, name: b.text.slice(tokens[known.first]!.start, tokens[k]!.end) };
  const end = tokens[k]!.end;
  const place = unknown.find((p) => tokens[p.token]!.start + p.name.length === end);
  return place ? { place: elsewhere(place.name), name: place.name } : undefined;
}

/**
 * The places a rank is compared with: named after it, past a word of comparison ("the second big
 * defeat in Syria, after Kurdish fighters drove it out of Kobane", "le deuxième revers après la perte
 * de Kobané"). They are the first of the ranking, not what the ranked figure is about.
 */
export function comparedPlaces(b: ReadingBlock, rank: number, last: number, isPlace: (g: string) => boolean): Set<string> {
  const out = new Set<string>();
  let compared = false;
  for (let i = rank + 1; i <= last; i++) {
    if (!compared && b.lex.inPassing.at(b.tokens, i) > 0) compared = true;
    if (compared) for (const h of b.hitsAt[i] ?? []) if (h.first === i && isPlace(h.group)) out.add(h.group);
  }
  return out;
}

/**
 * The places named after a time between two moments, to the end of its sentence ("qui font une
 * trentaine de morts, quatre mois après le carnage de Paris"): the event the time is told from, not
 * what the sentence before it is about; what follows it in the sentence is that event's ("a week after
 * the Brussels bombings, whose toll now stands at 35"). `offset`: the tokens of that time.
 */
export function offsetPlaces(b: ReadingBlock, offset: Range, isPlace: (g: string) => boolean): Set<string> {
  const last = b.sentences[b.sentenceOf[offset[1]]!]![1];
  const places = new Set<string>();
  for (let i = offset[1] + 1; i <= last; i++) for (const h of b.hitsAt[i] ?? []) if (h.first === i && h.named && isPlace(h.group)) places.add(h.group);
  return places;
}

/**
 * The places of the reference a range names as what it is about: every name of `isPlace`, except
 * those named in passing ("after Kobane", "ordered from Raqqa"). A place that is the subject of a
 * clause after "before" or "after" ("in the last week before Palmyra fell") is what it tells of:
 * an event's word (`isEventWord`) right after the name.
 */
export function namedPlaces(b: ReadingBlock, first: number, last: number, isPlace: (g: string) => boolean, isEventWord: (g: string) => boolean = () => false): Set<string> {
  const { tokens, lex } = b;
  const out = new Set<string>();
  for (let i = first; i <= last; i++) {
    for (const h of b.hitsAt[i] ?? []) {
      if (h.first !== i || !isPlace(h.group)) continue;
      let k = i - 1;
      while (k >= first && lex.determiners.has(tokens[k]!.norm)) k--;
      // ("from the Brussels bombings": after an article, the name qualifies a noun.)
      const clauseSubject = k === i - 1 && (b.hitsAt[h.last + 1] ?? []).some((n) => n.first === h.last + 1 && isEventWord(n.group));
      const article = k < i - 1;
      if (k >= first && (lex.inPassing.before(tokens, k) > 0 || (article && lex.inPassingBeforeArticle.before(tokens, k) > 0)) && !clauseSubject) continue;
      // "à 120 km au sud-ouest de Palmyre", "à l'est de Palmyre": where another place lies.
      const compound = tokens[k - 1]?.norm === '-' && lex.bearings.has(tokens[k - 2]?.norm);
      if (k > first && lex.bearings.has(tokens[k]!.norm) && (lex.bearingLeads.has(tokens[k - 1]!.norm) || compound)) continue;
      out.add(h.group);
    }
  }
  return out;
}
