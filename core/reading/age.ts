// A duration that is an age, and whose: "ville vieille de plus de 2.000 ans", "the city, more than two
// millennia old", "2,000 years of history", "vingt siècles d'histoire" are a place's age; "the
// 2,000-year-old temple", "a statue over 1,800 years old", "l'archéologue, 81 ans" are the age of
// something in it, or of someone.
import { TIMES_WORDS } from '../claims/units';
import { MONTHS, WEEKDAYS } from '../dates/lexicon';
import type { Figure } from '../claims/figures';
import type { ReadingBlock, Range } from './block';
import { clauseRange, outerLabel, phraseRange, sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

export type Owner = 'place' | 'other';

const OPENING_QUOTES = new Set(['«', '"', '\u201c', '\u2018', "'"]);

/** A hundred years, in days: a place's span of as many years is its age. */
const CENTURY_DAYS = 36_500;

/** True when the words around a duration make it an age; `label`: the segment that labels it ("2 000 ans : l'âge de la cité"). */
export function isAge(b: ReadingBlock, f: Figure, figure: Range, label?: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  if (f.kind === 'age') return slot(true, 'age:old', words(b, figure[0], figure[1]));
  const after = lex.ageWords.at(tokens, figure[1] + 1);
  if (after > 0) return slot(true, 'age:after', words(b, figure[0], figure[1] + after));
  // "vieille de plus de", "fondée il y a plus de deux mille ans": an age word a few words before.
  for (let k = 1; k <= 4; k++) {
    const before = lex.ageWords.before(tokens, figure[0] - k);
    if (before > 0) return slot(true, 'age:before', words(b, figure[0] - k - before + 1, figure[1]));
  }
  // "Palmyre a plus de deux millénaires": a span counted in millennia is something's age.
  if (f.unit === 'millennium') return slot(true, 'age:millennia', words(b, figure[0], figure[1]));
  // "Une cité de vingt siècles", "une cité de deux mille ans": centuries of a place are its age.
  const centuries = f.unit === 'century' || (f.unit === 'year' && f.interval.min >= CENTURY_DAYS);
  if (centuries && tokens[figure[0] - 1]?.norm === 'de' && (lex.placeNouns.has(tokens[figure[0] - 2]?.norm) || lex.siteNouns.has(tokens[figure[0] - 2]?.norm))) {
    return slot(true, 'age:of-place', words(b, figure[0] - 2, figure[1]));
  }
  const outer = outerLabel(b, f.start);
  if (outer && outer.tokens.some((t) => lex.ageWords.has(t.norm))) return slot(true, 'age:label', outer.text);
  if (label) for (let i = label[0]; i <= label[1]; i++) if (lex.ageWords.has(tokens[i]!.norm)) return slot(true, 'age:label', words(b, label[0], label[1]));
  return undefined;
}

function ownerAt(b: ReadingBlock, i: number, isName: (i: number) => boolean): Slot<Owner> | undefined {
  const t = b.tokens[i];
  if (!t || t.type !== 'word') return undefined;
  const { lex } = b;
  if (isName(i) || lex.placeNouns.has(t.norm) || lex.siteNouns.has(t.norm)) return slot('place', 'age:owner', words(b, i, i));
  if (lex.determiners.has(t.norm) || lex.notNouns.has(t.norm) || lex.ageWords.has(t.norm)) return undefined;
  return slot('other', 'age:owner', words(b, i, i));
}

/** Words a noun of place may have before it in an apposition: "Nimrud, an Assyrian city". */
const APPOSITION_WORDS = 3;

/**
 * The name a noun of place is apposed to, when it is another place's: "Nimrud, a city roughly 3,000
 * years old", "Apamée, une cité vieille de…". The age is that place's, not the place in focus.
 */
function apposedName(b: ReadingBlock, noun: number, isName: (i: number) => boolean): Slot<Owner> | undefined {
  const { tokens, lex } = b;
  // Back over the noun's determiner and adjectives to the comma.
  const lowerWord = (k: number) => tokens[k]?.type === 'word' && !/^\p{Lu}/u.test(b.text.slice(tokens[k]!.start, tokens[k]!.end));
  let k = noun - 1;
  while (k > noun - 1 - APPOSITION_WORDS && lowerWord(k) && (lex.appositionArticles.has(tokens[k]!.norm) || !lex.notNouns.has(tokens[k]!.norm))) k--;
  if (tokens[k]?.norm !== ',' || !lex.appositionArticles.has(tokens[k + 1]?.norm)) return undefined;
  const name = tokens[k - 1];
  // ("On Sunday, a city…": a day is no place.)
  if (!name || name.type !== 'word' || isName(k - 1) || !/^\p{Lu}/u.test(b.text.slice(name.start, name.end)) || MONTHS[name.norm] !== undefined || WEEKDAYS[name.norm] !== undefined) return undefined;
  return slot('other', 'age:apposed-name', words(b, k - 1, noun));
}

/**
 * Whose age it is: the noun the age word follows ("cité vieille de", "patrimoine vieux de"), the
 * noun after "-year-old", the noun a comma-phrase describes ("The city, more than two millennia old,"),
 * the sentence's first noun for "est vieille de", or "years of history". `isName(i)`: token i names
 * the entry's place.
 */
export function ageOwner(b: ReadingBlock, figure: Range, isName: (i: number) => boolean, label?: Range): Slot<Owner> | undefined {
  const { tokens, lex } = b;
  // "2 000 ans, et plus : l'âge de la cité caravanière".
  if (label) for (let i = label[0]; i <= label[1]; i++) if (isName(i) || lex.placeNouns.has(tokens[i]!.norm) || lex.siteNouns.has(tokens[i]!.norm)) return slot('place', 'age:label', words(b, label[0], label[1]));
  // A fact sheet's row, "Age of the ancient city: more than 2,000 years": the label outside the block.
  const outer = outerLabel(b, tokens[figure[0]]!.start);
  if (outer?.tokens.some((t) => lex.ageWords.has(t.norm)) && outer.tokens.some((t) => lex.placeNouns.has(t.norm) || lex.siteNouns.has(t.norm))) {
    return slot('place', 'age:label', outer.text);
  }
  const [sFirst] = sentenceRange(b, figure[0]);
  const phrase = phraseRange(b, figure[0]);
  // "2,000 years of history", "vingt siècles d'histoire": the history of the place in focus.
  const after = lex.ageWords.at(tokens, figure[1] + 1);
  if (after > 0 && lex.siteNouns.has(tokens[figure[1] + after]!.norm)) {
    // Unless its clause names whose history it is: "ces visages ont traversé dix-huit siècles
    // d'histoire", "an exhibition tracing 2,000 years of history" (a noun with its article before it).
    const [clauseFirst] = clauseRange(b, figure);
    for (let k = figure[0] - 1; k > clauseFirst; k--) {
      if (!lex.determiners.has(tokens[k - 1]!.norm)) continue;
      const subject = ownerAt(b, k, isName);
      if (subject) return subject.value === 'place' ? slot('place', 'age:history', words(b, k, figure[1] + after)) : slot('other', 'age:history-of', words(b, k - 1, figure[1] + after));
    }
    return slot('place', 'age:history', words(b, figure[0], figure[1] + after));
  }
  // "2,000-year-old temple": the noun after "old".
  if (tokens[figure[1]]?.norm === 'old' || tokens[figure[1] + 1]?.norm === 'old') {
    const k = tokens[figure[1]]?.norm === 'old' ? figure[1] + 1 : figure[1] + 2;
    const noun = ownerAt(b, k, isName);
    if (noun && tokens[k - 1]!.type !== 'punct') return noun;
  }
  // "ville vieille de plus de", "cité de deux millénaires", "patrimoine vieux de": the noun before.
  // "the temple stood for almost 2,000 years", "a city that has stood for…": past a phrase of age and a
  // relative pronoun, the noun it tells of.
  let i = figure[0] - 1;
  let quoted = false;
  for (;;) {
    const agePhrase = i >= sFirst ? lex.ageWords.before(tokens, i) : 0;
    if (agePhrase > 1) i -= agePhrase;
    else if (i >= sFirst && (lex.ageWords.has(tokens[i]!.norm) || tokens[i]!.norm === 'de' || tokens[i]!.norm === 'd' || tokens[i]!.norm === 'of' || tokens[i]!.norm === 'est' || tokens[i]!.norm === 'is')) i--;
    // "cette cité « vieille de plus de deux mille ans »": an opening quote around the age phrase.
    else if (i > sFirst && i < figure[0] - 1 && OPENING_QUOTES.has(tokens[i]!.norm)) {
      quoted = true;
      i--;
    }
    else break;
  }
  if (i > sFirst && i < figure[0] - 1 && lex.relativePronouns.has(tokens[i]!.norm)) i--;
  // "the ancient city, which is more than 2,000 years old": the comma before the relative pronoun.
  if (i > sFirst && i < figure[0] - 2 && tokens[i]!.norm === ',' && lex.relativePronouns.has(tokens[i + 1]!.norm)) i--;
  // English writes the owner right before: "a statue more than 1,800 years old".
  // French "deux fois millénaire" is an adjective too: "une cité plus de deux fois millénaire".
  const postposed = tokens[figure[1]]?.norm === 'old' || tokens[figure[1] + 1]?.norm === 'old' || tokens.slice(figure[0], figure[1] + 1).some((t) => TIMES_WORDS.has(t.norm));
  // "une cité caravanière vieille de…": a French adjective after a noun of place is that place's.
  const here = ownerAt(b, i, isName);
  const placeBefore = ownerAt(b, i - 1, isName);
  const adjectiveOfPlace = here?.value === 'other' && placeBefore?.value === 'place' && /^\p{Ll}/u.test(b.text.slice(tokens[i]!.start, tokens[i]!.end));
  const noun = adjectiveOfPlace ? i - 1 : i;
  const before = adjectiveOfPlace ? placeBefore : here;
  // Before a quote stands a place noun or a verb of saying ("On la dit « vieille de… »"): only the former owns it.
  if (before && (i < figure[0] - 1 || postposed) && (!quoted || before.value === 'place')) return (before.value === 'place' && apposedName(b, noun, isName)) || before;
  // "The city, more than two millennia old, fell": a place before the comma-phrase. When the phrase is
  // the age alone ("The temple, almost 2,000 years old, was blown up"), the noun it describes, the last
  // before its comma, whatever it is; not after a verb ("La ville, inscrite à l'Unesco, est vieille de").
  if (phrase[0] > sFirst && tokens[phrase[0]]!.norm === ',') {
    let apposed = true;
    for (let k = phrase[0] + 1; k < figure[0]; k++) if (!lex.ageWords.has(tokens[k]!.norm) && !lex.ofWords.has(tokens[k]!.norm)) apposed = false;
    // The described noun phrase back to its determiner: a place word anywhere in it makes it a place's
    // ("la cité caravanière, vieille de…"), else its last noun ("The temple, almost 2,000 years old").
    // Not when someone is said to be that old: "Dans le portrait de l'archéologue de Palmyre, il
    // fallait lire qu'il était âgé de 82 ans".
    let someone = false;
    // ("fondée il y a deux mille ans": an impersonal "il").
    for (let k = phrase[0] + 1; k < figure[0]; k++) if (lex.personPronouns.has(tokens[k]!.norm) && tokens[k + 1]?.norm !== 'y') someone = true;
    let described: Slot<Owner> | undefined;
    for (let k = phrase[0] - 1; k >= sFirst && tokens[k]!.norm !== ','; k--) {
      const o = ownerAt(b, k, isName);
      if (o?.value === 'place' && !someone) return o;
      if (apposed && lex.determiners.has(tokens[k]!.norm)) break;
      described ??= o;
    }
    if (apposed && described) return described;
  }
  // "Vieille de plus de deux millénaires, Palmyre a perdu…": a sentence opening on the age, then the
  // noun after its comma (past articles and quotes); a pronoun there says nothing ("Vieux de deux
  // mille ans, il a été pulvérisé").
  const opensSentence = tokens.slice(sFirst, figure[0]).every((t) => lex.ageWords.has(t.norm) || lex.ofWords.has(t.norm) || t.norm === 'de' || t.norm === 'd');
  if (opensSentence && phrase[0] === sFirst && tokens[phrase[1] + 1]?.norm === ',') {
    for (let k = phrase[1] + 2; k <= Math.min(phrase[1] + 4, tokens.length - 1); k++) {
      if (tokens[k]!.type === 'punct' || lex.determiners.has(tokens[k]!.norm)) continue;
      return ownerAt(b, k, isName);
    }
  }
  // "La ville, inscrite au patrimoine en 1980, est vieille de plus de 2 000 ans": the sentence's subject.
  for (let k = sFirst; k < Math.min(figure[0], sFirst + 3); k++) {
    const o = ownerAt(b, k, isName);
    if (o) return o.value === 'place' ? o : undefined;
  }
  return undefined;
}
