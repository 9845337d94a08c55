import { describe, expect, it } from 'vitest';
import type { Figure } from '../claims/figures';
import { dayFromIso } from '../dates/calendar';
import type { Reading } from '../reading/reading';
import { slot } from '../reading/slot';
import { reference } from '../reference/dataset';
import { alignYear, judge, type PageFacts } from './same-fact';

const ref = reference();
const entry = (id: string) => ref.byId.get(id)!;
const page: PageFacts = {
  published: dayFromIso('2016-03-28'),
  dispatchDay: ref.dispatchDay,
  retrospective: false,
  genericGroups: ref.genericGroups,
  subjectGroups: ref.subjectGroups,
  placeGroups: ref.placeGroups,
  pageGroups: new Set(['palmyra']),
};

function figure(dimension: Figure['dimension'], min: number, max = min, kind: Figure['kind'] = dimension === 'count' ? 'quantity' : (dimension as Figure['kind'])): Figure {
  return { start: 0, end: 3, numberStart: 0, numberEnd: 3, firstToken: 0, lastToken: 0, dimension, kind, interval: { min, max }, qualifier: 'exact', numberText: String(min) };
}

/** "400 jihadistes sont morts" in a paragraph about Palmyra: every slot an entry of the battle's toll asks for. */
function toll(value = 400): Reading {
  return {
    figure: figure('count', value),
    sentence: 0,
    range: [0, 1],
    counts: slot(['killed'], 'predicate:nearest-in-phrase', 'sont morts'),
    subject: slot('islamic-state', 'subject:noun', 'jihadistes'),
    topic: slot(['palmyra'], 'topic:focus', 'palmyra'),
    sentenceGroups: new Set(['islamic-state', 'killed']),
    namedGroups: new Set(),
    nearNames: new Set(),
    contextGroups: new Set(['palmyra', 'killed']),
  };
}

const rule = (r: Reading, id: string, facts = page) => judge(r, entry(id), facts).rule;

describe('judge: the same fact, part by part', () => {
  it('accepts a toll of the battle that states every part, and lets it differ', () => {
    const j = judge(toll(417), entry('is-killed-palmyra'), page);
    expect(j).toMatchObject({ ok: true, rule: 'same-fact', differs: true });
    // Tenfold apart, no misreport of the same count: something else the words did not tell apart.
    expect(judge(toll(30), entry('is-killed-palmyra'), page)).toMatchObject({ ok: true, differs: false });
    expect(judge(toll(5000), entry('is-killed-palmyra'), page)).toMatchObject({ ok: true, differs: false });
    // "Fewer than 300": its bound is its size.
    expect(judge({ ...toll(), figure: { ...figure('count', 0, 299), qualifier: 'less-than' } }, entry('is-killed-palmyra'), page)).toMatchObject({ ok: true, differs: true });
  });

  it('refuses a length whose only words of what happened tell two events of the reference apart from none', () => {
    const length = (groups: string[], words: string): Reading => ({
      ...toll(),
      figure: figure('duration', 20),
      subject: undefined,
      counts: slot(groups, 'predicate:phrase', words),
    });
    // "IS had occupied the city for almost a year", "their 10 months in control": the capture's hold or the recapture?
    expect(judge(length(['recapture', 'is-capture'], 'control'), entry('battle-duration'), page)).toMatchObject({ ok: false, rule: 'counts' });
    // "retook the city in 20 days", "20 days of fighting": the recapture, the battle.
    expect(judge(length(['recapture'], 'retook'), entry('battle-duration'), page)).toMatchObject({ ok: true });
    expect(judge(length(['palmyra-battle', 'recapture', 'is-capture'], 'fighting'), entry('battle-duration'), page)).toMatchObject({ ok: true });
    // A word of the battle elsewhere in the sentence names it: "took the city after three weeks of combat".
    const named = { ...length(['recapture', 'is-capture'], 'took'), sentenceGroups: new Set(['recapture', 'is-capture', 'palmyra-battle']) };
    expect(judge(named, entry('battle-duration'), page)).toMatchObject({ ok: true });
  });

  it("compares an age only when it is positively the place's", () => {
    const age = (owner?: 'place' | 'other'): Reading => ({
      ...toll(),
      figure: figure('duration', 2000 * 365.25, 2000 * 365.25, 'age'),
      counts: undefined,
      subject: undefined,
      age: slot(true, 'age:old', '2,000 years old'),
      ...(owner ? { owner: slot(owner, 'age:owner', owner === 'place' ? 'city' : 'temple') } : {}),
    });
    expect(judge(age('place'), entry('palmyra-age'), page)).toMatchObject({ ok: true });
    expect(judge(age('other'), entry('palmyra-age'), page)).toMatchObject({ ok: false, rule: 'event' });
    // "But the temple was nearly 2,000 years old", "Vieux de deux mille ans, il…": whose, unsaid.
    expect(judge(age(), entry('palmyra-age'), page)).toMatchObject({ ok: false, rule: 'event' });
  });

  it('refuses by the first part that does not fit', () => {
    expect(rule({ ...toll(), figure: figure('date', 16887) }, 'is-killed-palmyra')).toBe('dimension');
    expect(rule({ ...toll(), counts: slot(['injured'], 'noun-phrase:after', 'blessés') }, 'is-killed-palmyra')).toBe('counts');
    expect(rule({ ...toll(), countsOther: slot('visiteurs', 'noun-phrase:after', 'visiteurs') }, 'is-killed-palmyra')).toBe('counts');
    expect(rule({ ...toll(), subject: slot('pro-regime-forces', 'subject:noun', 'soldats') }, 'is-killed-palmyra')).toBe('subject');
    expect(rule({ ...toll(), topic: slot(['brussels'], 'topic:sentence', 'Bruxelles') }, 'is-killed-palmyra')).toBe('event');
    expect(rule({ ...toll(), elsewhere: slot('elsewhere:Qaryatain', 'places:phrase', 'Qaryatain'), phraseGroups: new Set() }, 'is-killed-palmyra')).toBe('event');
    expect(rule({ ...toll(), part: slot(true, 'part-of-whole:of', 'of the dead') }, 'is-killed-palmyra')).toBe('part-of-whole');
    expect(rule({ ...toll(), rate: slot(true, 'rate:after', 'a day') }, 'is-killed-palmyra')).toBe('rate');
    expect(rule({ ...toll(), cause: slot('strikes', 'cause', 'air strikes') }, 'is-killed-palmyra')).toBe('cause');
    expect(rule({ ...toll(), modal: slot(true, 'modality', 'could') }, 'is-killed-palmyra')).toBe('modality');
  });

  it('refuses a count over another window than the entry\'s', () => {
    const fourDays = slot({ length: { min: 4, max: 4 } }, 'window:span', 'in four days');
    expect(rule({ ...toll(), window: fourDays }, 'is-killed-palmyra')).toBe('window');
    const oneDayInside = slot({ days: { min: dayFromIso('2016-03-10')!, max: dayFromIso('2016-03-10')! }, point: true }, 'window:day', 'le 10 mars');
    expect(rule({ ...toll(), window: oneDayInside }, 'is-killed-palmyra')).toBe('window');
    // "more than 2,000 militants killed since January": a window that starts weeks before the battle's.
    const sinceJanuary = slot({ days: { min: dayFromIso('2016-01-01')!, max: Infinity }, since: true, figure: figure('date', dayFromIso('2016-01-01')!, dayFromIso('2016-01-31')!) }, 'window:since', 'since January');
    expect(rule({ ...toll(2000), window: sinceJanuary }, 'is-killed-palmyra')).toBe('window');
    const sinceMarch7 = slot({ days: { min: dayFromIso('2016-03-07')!, max: Infinity }, since: true, figure: figure('date', dayFromIso('2016-03-07')!) }, 'window:since', 'since 7 March');
    expect(rule({ ...toll(), window: sinceMarch7 }, 'is-killed-palmyra')).toBe('same-fact');
    // A day written with the count after the battle's last: deaths of another day ("trois soldats tués lundi").
    const dayAfter = slot({ days: { min: dayFromIso('2016-03-28')!, max: dayFromIso('2016-03-28')! }, point: true }, 'window:day', 'lundi');
    expect(rule({ ...toll(3), window: dayAfter }, 'is-killed-palmyra')).toBe('window');
    // …but its last day is the event's own ("400 jihadists dead by Sunday, the day the city fell").
    const lastDay = slot({ days: { min: dayFromIso('2016-03-27')!, max: dayFromIso('2016-03-27')! }, point: true }, 'window:day', 'dimanche');
    expect(rule({ ...toll(), window: lastDay }, 'is-killed-palmyra')).toBe('same-fact');
    const twentyDays = slot({ length: { min: 20, max: 20 } }, 'window:span', 'en 20 jours');
    expect(rule({ ...toll(), window: twentyDays }, 'is-killed-palmyra')).toBe('same-fact');
    // A day months after the event: another occurrence, even for an entry with no window of its own.
    const july = slot({ days: { min: dayFromIso('2016-07-14')!, max: dayFromIso('2016-07-14')! }, point: true }, 'window:day', 'le 14 juillet 2016');
    const brussels = { ...toll(86), subject: slot('people', 'subject:noun', 'personnes'), topic: slot(['brussels'], 'topic:sentence', 'Bruxelles'), sentenceGroups: new Set(['attacks', 'killed', 'brussels']), contextGroups: new Set(['attacks', 'brussels']) };
    expect(rule({ ...brussels, window: july }, 'brussels-killed')).toBe('window');
    const tuesday = slot({ days: { min: dayFromIso('2016-03-22')!, max: dayFromIso('2016-03-22')! }, point: true }, 'window:day', 'mardi');
    expect(rule({ ...brussels, window: tuesday }, 'brussels-killed')).not.toBe('window');
  });

  it('lets an unsaid side match, but not differ', () => {
    const unsaid = { ...toll(188), subject: undefined };
    expect(judge(unsaid, entry('pro-regime-killed-palmyra'), page)).toMatchObject({ ok: true, differs: false });
  });

  it('asks the window of a count narrower than its event before it may differ', () => {
    const sorties: Reading = { ...toll(41), counts: slot(['sorties'], 'noun-phrase:after', 'sorties'), subject: slot('russia', 'subject:before', 'Russian jets') };
    expect(judge(sorties, entry('russian-sorties'), page)).toMatchObject({ ok: true, differs: false });
    const inADay = { ...sorties, window: slot({ length: { min: 1, max: 1 } }, 'window:span', 'in 24 hours') };
    expect(judge(inADay, entry('russian-sorties'), page)).toMatchObject({ ok: true, differs: true });
  });

  it('reads a toll counted since long before an event of days as another count', () => {
    const since2011 = { ...toll(270000), counts: slot(['killed'], 'noun-phrase:after', 'dead'), subject: slot('people', 'subject:noun', 'dead'), topic: slot(['brussels'], 'topic:focus', 'brussels'), sentenceGroups: new Set(['killed', 'attacks', 'brussels']), contextGroups: new Set(['killed', 'attacks', 'brussels']), window: slot({ days: { min: dayFromIso('2011-03-01')!, max: Infinity }, since: true }, 'window:since', 'since March 2011') };
    expect(rule(since2011, 'brussels-killed')).toBe('window');
  });

  it('asks a verb of starting to say what started: the event or its actor', () => {
    const opened = (groups: string[]): Reading => ({ ...toll(), figure: figure('date', dayFromIso('2016-03-07')!), counts: slot(['offensive-launch'], 'predicate:phrase', 'Ouverte'), subject: undefined, sentenceGroups: new Set(['offensive-launch', ...groups]), begins: slot(true, 'since', 'depuis le 7 mars') });
    // "Ouverte depuis le 7 mars, l'exposition a déjà attiré 11 400 visiteurs."
    expect(rule(opened([]), 'offensive-start')).toBe('counts');
    // "The offensive opened on 7 March", "troops opened the assault on 7 March".
    expect(judge(opened(['palmyra-battle']), entry('offensive-start'), page)).toMatchObject({ ok: true });
    expect(judge(opened(['pro-regime-forces']), entry('offensive-start'), page)).toMatchObject({ ok: true });
  });

  it('dates the start of a phase apart from the start of the whole event', () => {
    const launch = (iso: string): Reading => ({ ...toll(), figure: figure('date', dayFromIso(iso)!), counts: slot(['offensive-launch'], 'predicate:phrase', 'began'), subject: undefined, actors: slot(['pro-regime-forces'], 'subject:actors', 'troops'), sentenceGroups: new Set(['pro-regime-forces', 'offensive-launch']), begins: slot(true, 'begins:verb', 'began') });
    expect(judge(launch('2016-03-07'), entry('offensive-start'), page)).toMatchObject({ ok: true });
    expect(rule({ ...launch('2016-03-24'), phase: slot(true, 'phase:word', 'final push') }, 'offensive-start')).toBe('part-of-whole');
    // "March 25 - Troops take the medieval citadel": the capture of a part of the town.
    expect(rule({ ...launch('2016-03-25'), counts: slot(['recapture'], 'predicate:label', 'take'), begins: undefined, placePart: slot(true as const, 'place-part', 'take the medieval citadel') }, 'recapture-date')).toBe('part-of-whole');
    // A phase word elsewhere in the clause does not stop a date of another entry.
    expect(rule({ ...launch('2016-03-27'), counts: slot(['recapture'], 'predicate:phrase', 'retook'), begins: undefined, phase: slot(true, 'phase:word', 'final assault') }, 'recapture-date')).not.toBe('part-of-whole');
  });

  it('reads a date far from the reference\'s as another occurrence, one near it as the same event', () => {
    const recapture = (iso: string): Reading => ({ ...toll(), figure: figure('date', dayFromIso(iso)!), counts: slot(['recapture'], 'predicate:phrase', 'retook'), subject: undefined, actors: slot(['pro-regime-forces'], 'subject:actors', 'the army') });
    // (On a page written after it: on one written before, a day ahead is a plan.)
    expect(rule(recapture('2017-03-02'), 'recapture-date', { ...page, published: dayFromIso('2017-03-05') })).toBe('occurrence');
    expect(rule(recapture('2017-03-02'), 'recapture-date')).toBe('modality');
    expect(judge(recapture('2016-03-26'), entry('recapture-date'), page)).toMatchObject({ ok: true, differs: true });
    expect(rule({ ...recapture('2016-03-27'), actors: slot(['islamic-state'], 'subject:actors', 'IS') }, 'recapture-date')).toBe('subject');
  });

  it('keeps running totals to pages near the dispatch, unless the text goes back to their time', () => {
    const later: PageFacts = { ...page, published: dayFromIso('2017-03-03'), retrospective: true };
    const sorties: Reading = { ...toll(40), counts: slot(['sorties'], 'noun-phrase:after', 'sorties'), subject: undefined };
    expect(rule(sorties, 'russian-sorties', later)).toBe('time-sensitive');
    expect(rule({ ...sorties, time: slot(dayFromIso('2016-03-20')!, 'focus:time', '') }, 'russian-sorties', later)).toBe('same-fact');
    expect(rule({ ...toll(), time: slot(dayFromIso('2016-12-11')!, 'focus:time', '') }, 'is-killed-palmyra', later)).toBe('time');
  });

  it('tells a length from a span between two moments, and from the end of an event', () => {
    const length = (days: number): Reading => ({ ...toll(), figure: figure('duration', days), counts: slot(['palmyra-battle'], 'predicate:phrase', 'combats'), subject: undefined });
    expect(rule(length(20), 'battle-duration')).toBe('same-fact');
    expect(rule({ ...length(20), offset: slot(true, 'offset:after', 'after') }, 'battle-duration')).toBe('offset');
    expect(rule({ ...length(1), endSpan: slot(true, 'end-span', 'last 24 hours') }, 'battle-duration')).toBe('window');
    // "a decisive phase … that took only three days": a phase's length, not the battle's.
    expect(rule({ ...length(3), phase: slot(true as const, 'phase:before', 'phase, … three days') }, 'battle-duration')).toBe('part-of-whole');
    // "depuis dix jours": up to the page's date; on a page written after the battle, another span.
    const sinceTen = { ...length(10), since: slot(true as const, 'since', 'depuis dix jours') };
    expect(rule(sinceTen, 'battle-duration', { ...page, published: dayFromIso('2016-04-07') })).toBe('time');
    expect(rule({ ...length(20), since: slot(true as const, 'since', 'depuis 20 jours') }, 'battle-duration', { ...page, published: dayFromIso('2016-03-27') })).toBe('same-fact');
    expect(rule(length(40 / 1440), 'battle-duration')).toBe('magnitude');
    // "20 days to 27 March" ends on the battle's last day; "20 days to 25 March" are other days.
    const upTo = (iso: string) => {
      const end = figure('date', dayFromIso(iso)!);
      return { ...length(20), runsUpTo: slot(end, 'ended:until', `to ${iso}`) };
    };
    expect(rule(upTo('2016-03-27'), 'battle-duration')).toBe('same-fact');
    expect(rule(upTo('2016-03-25'), 'battle-duration')).toBe('window');
  });

  it('refuses a day told from another event for that event’s day', () => {
    const day = (offset: boolean): Reading => ({
      ...toll(),
      figure: figure('date', dayFromIso('2016-03-28')!),
      subject: undefined,
      counts: slot(['recapture'], 'predicate:phrase', 'entrer'),
      ...(offset ? { offset: slot(true as const, 'offset:day-from', 'ce lundi, au lendemain de') } : {}),
    });
    expect(judge(day(false), entry('recapture-date'), page)).toMatchObject({ ok: true, differs: true });
    expect(rule(day(true), 'recapture-date')).toBe('offset');
  });

  it('lets a length differ only within tenfold of the entry’s', () => {
    const length = (days: number): Reading => ({ ...toll(), figure: figure('duration', days), counts: slot(['palmyra-battle'], 'predicate:phrase', 'combats'), subject: undefined });
    // "18 jours", "a month": the same span told otherwise.
    expect(judge(length(18), entry('battle-duration'), page)).toMatchObject({ ok: true, differs: true });
    expect(judge(length(30), entry('battle-duration'), page)).toMatchObject({ ok: true, differs: true });
    // "10 months" against 20 days, two days against 20: another span, never shown as differing.
    expect(judge(length(300), entry('battle-duration'), page)).toMatchObject({ differs: false });
    expect(judge(length(1.5), entry('battle-duration'), page)).toMatchObject({ differs: false });
  });

  it('takes a one-sided bound far short of the entry’s value for another count', () => {
    const bounded = (min: number, max: number): Reading => ({ ...toll(), figure: figure('count', min, max) });
    // "At least 25", "more than 150" against 400 jihadists: less than half of it.
    expect(rule(bounded(25, Infinity), 'is-killed-palmyra')).toBe('magnitude');
    expect(rule(bounded(150, Infinity), 'is-killed-palmyra')).toBe('magnitude');
    // "Fewer than 1,000" against 400: more than twice it.
    expect(rule(bounded(0, 1000), 'is-killed-palmyra')).toBe('magnitude');
    // Near the value, a bound is a loose figure of the same count; an interval is not a bound.
    expect(rule(bounded(200, Infinity), 'is-killed-palmyra')).toBe('same-fact');
    expect(rule(bounded(380, Infinity), 'is-killed-palmyra')).toBe('same-fact');
    expect(rule(bounded(0, 500), 'is-killed-palmyra')).toBe('same-fact');
    expect(rule(bounded(20, 99), 'is-killed-palmyra')).toBe('same-fact');
    // Above the value: a bound that differs stays comparable ("more than 450" differs from 400).
    expect(rule(bounded(450, Infinity), 'is-killed-palmyra')).toBe('same-fact');
  });
});

describe('alignYear: a year-less date on a page with no date of its own', () => {
  const undated: PageFacts = { ...page, published: undefined };
  const march27 = dayFromIso('2016-03-27')!;
  const dated = (weekday: boolean): Figure => ({
    ...figure('date', march27),
    date: { start: 0, end: 8, first: march27, last: march27, precision: 'day', yearInferred: true, relative: false, parser: 'month-day', ...(weekday ? { weekday, writtenWeekday: 0 } : {}) },
  });
  const may2015 = { min: dayFromIso('2015-05-01')!, max: dayFromIso('2015-05-31')! };
  it("is compared by day and month in the entry's year", () => {
    expect(alignYear(dated(false), { min: march27, max: march27 }, may2015, undated).min).toBe(dayFromIso('2015-03-27'));
  });
  it('keeps its year when a weekday written with it falls only then ("Sunday, March 27" was no Sunday in 2015)', () => {
    expect(alignYear(dated(true), { min: march27, max: march27 }, may2015, undated).min).toBe(march27);
  });
  it("moves to the entry's year when the weekday written falls there ('dimanche 27 mars' read in 2015 after a 2015 date)", () => {
    const in2015 = dayFromIso('2015-03-27')!;
    expect(alignYear({ ...dated(true), interval: { min: in2015, max: in2015 } }, { min: in2015, max: in2015 }, { min: march27, max: march27 }, undated).min).toBe(march27);
  });
});
