import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../dates/calendar';
import { figureRange } from './reading';
import { blockOf } from './testing';
import { cellStarts } from '../text/cells';
import { windowOf } from './window';

function windowIn(text: string, needle: string) {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
  const w = windowOf(b, f.range, all, f.figure, (g) => g === 'killed')?.value;
  if (!w) return undefined;
  return {
    ...(w.length ? { length: [w.length.min, w.length.max] } : {}),
    ...(w.days ? { days: [isoFromDay(w.days.min), Number.isFinite(w.days.max) ? isoFromDay(w.days.max) : 'open'] } : {}),
    ...(w.point ? { point: true } : {}),
    ...(w.since ? { since: true } : {}),
    ...(w.dayInside ? { dayInside: true } : {}),
    ...(w.stretch ? { stretch: true } : {}),
    ...(w.coarse ? { coarse: true } : {}),
  };
}

describe('windowOf: the days a count covers', () => {
  it.each([
    ['Russian jets flew 40 sorties in 24 hours.', '40', { length: [1, 1] }],
    ['Ses avions ont effectué 40 sorties au cours des dernières 24 heures.', '40', { length: [1, 1] }],
    ['Ses avions ont effectué une quarantaine de sorties au cours des vingt-quatre dernières heures.', 'quarantaine', { length: [1, 1] }],
    ['Ses avions ont effectué 40 sorties ces 24 dernières heures.', '40', { length: [1, 1] }],
    ['They flew 40 sorties over the previous 24 hours.', '40', { length: [1, 1] }],
    ['Its aircraft flew 40 sorties in the area over a 24-hour period.', '40', { length: [1, 1] }],
    ['En 20 jours de combats, 400 jihadistes sont morts.', '400', { length: [20, 20] }],
    ['Air strikes killed more than 320 militants in four days.', '320', { length: [4, 4] }],
    ['Moscou revendique 40 sorties en une seule journée.', '40', { length: [1, 1] }],
    ['Entre le 20 et le 23 mars, il avait revendiqué 41 sorties.', '41', { days: ['2016-03-20', '2016-03-23'] }],
    ['Between 20 and 23 March, it said, 41 sorties were flown.', '41', { days: ['2016-03-20', '2016-03-23'] }],
    // A length that runs up to a day: the days before it.
    ['Moscow listed 41 sorties in the 24 hours to 25 March.', '41', { length: [1, 1], days: ['2016-03-24', '2016-03-25'] }],
    ['Moscou a recensé 41 sorties dans les 24 heures précédant le 25 mars.', '41', { length: [1, 1], days: ['2016-03-24', '2016-03-25'] }],
    ['Le conflit a fait plus de 270 000 morts depuis 2011.', '270 000', { days: ['2011-01-01', 'open'], since: true }],
    ['Some 32 fighters were killed the next day.', '32', { dayInside: true }],
    ['The monitor says 32 IS fighters were killed on the day after the launch.', '32', { dayInside: true }],
    ['32 jihadistes ont été tués le 10 mars.', '32', { days: ['2016-03-10', '2016-03-10'], point: true }],
    // The antecedent of a relative clause, dated just before it.
    ['France is still under the emergency declared after the attacks of November 13, which killed 130 people.', '130', { days: ['2015-11-13', '2015-11-13'], point: true }],
    ['Depuis les attentats du 13 novembre, qui ont fait 130 morts, la France vit sous état d\'urgence.', '130', { days: ['2015-11-13', '2015-11-13'], point: true }],
    // A few days, without a number.
    ['Russian jets flew dozens of sorties over the city in the past few days.', 'dozens', { length: [2, 30] }],
    ['Russian jets flew dozens of sorties over the city in the final days of the battle.', 'dozens', { stretch: true }],
    ['Les avions russes ont mené des dizaines de sorties ces derniers jours.', 'dizaines', { length: [2, 30] }],
    // The count's own phrase before a fronted clause's: the 24 hours, not "since September".
    ['Russia has been bombing since late September 2015, and its jets flew 40 sorties in the last 24 hours.', '40', { length: [1, 1] }],
    // The past day, counted back from when it is written: one day.
    ['Moscow says its jets hit 117 targets over the past day.', '117', { length: [1, 1] }],
    ['The ministry claimed at least 80 militants killed in the last day alone.', '80', { length: [1, 1] }],
    ['Au cours de la dernière journée, 30 jihadistes ont été tués.', '30', { length: [1, 1] }],
    // One day named as such, without a number, anywhere in the sentence.
    ['The ministry reported 158 targets hit over the previous day, with more than 100 militants killed.', '100', { length: [1, 1] }],
    ['Selon Moscou, au moins 80 terroristes ont été éliminés pendant cette seule journée.', '80', { length: [1, 1] }],
    // Its days in a parenthesis right after it.
    ['Islamic State: 500+ killed (per Russia, for 20–27 March).', '500+', { days: ['2016-03-20', '2016-03-27'] }],
    ['Pertes russes : 41 sorties (du 20 au 23 mars).', '41', { days: ['2016-03-20', '2016-03-23'] }],
    // A part of today: one day inside whatever event it belongs to.
    ['Two soldiers were killed by a roadside bomb this afternoon.', 'Two', { dayInside: true }],
    ['Trois soldats ont été tués dans la matinée dans une embuscade.', 'Trois', { dayInside: true }],
    ["Cinq civils ont péri dans l'après-midi sous les tirs.", 'Cinq', { dayInside: true }],
    // A year or a month that dates the count's phrase: when, not which days.
    ['En 2015, les jihadistes ont exécuté 25 soldats dans le théâtre antique.', '25', { days: ['2015-01-01', '2015-12-31'], coarse: true }],
    ['IS fighters killed some 280 people in the town in May 2015.', '280', { days: ['2015-05-01', '2015-05-31'], coarse: true }],
    // Something finer in the phrase wins over the month.
    ['In March 2016 Russian jets flew 40 sorties in 24 hours.', '40', { length: [1, 1] }],
  ])('%s → %s', (text, needle, expected) => {
    expect(windowIn(text, needle)).toEqual(expected);
  });

  it.each([
    // A superlative's "since" compares; it is in another phrase.
    ['The fighting killed 400 militants, the worst losses in a single battle since 2013.', '400'],
    ['At least 188 soldiers died in the battle for the city.', '188'],
    // A day that dates a statement, not the deaths.
    ['The monitor counted 188 dead, and a day later raised the figure to 194.', '194'],
    ["Mardi, l'ONG a revu à la hausse le nombre de jihadistes tués, désormais estimé à 417.", '417'],
    // A date that is not the antecedent's: another phrase stands between.
    ['On March 22, in Brussels, which lost 32 people, the metro stopped.', '32'],
    // A part of today that dates a statement, not the deaths.
    ['The monitor said this afternoon that 400 jihadists had died.', '400'],
    ["L'OSDH a annoncé ce matin un bilan de 400 jihadistes tués.", '400'],
    // An aside after a clause of its own dates that clause: 2013 is when IS arrived, not the 188's days.
    ["Quatre cents jihadistes tués, du jamais-vu depuis qu'il a fait irruption dans la guerre, en 2013, et 188 morts parmi les soldats.", '188'],
    ['Some 400 jihadists died, more than in any battle since the group appeared, in 2013, and 188 soldiers.', '188'],
    // A month that dates a statement, not the deaths.
    ["L'OSDH a annoncé en avril que 417 jihadistes avaient été tués.", '417'],
    // A parenthesis that dates the figure's source, not its days.
    ['Islamic State: 417 killed (SOHR, 29 March).', '417'],
    // An earlier value set against the present one: its day is when it was given.
    ['Le bilan est de 194 soldats tués, contre 188 la veille au soir.', '188'],
    ['The toll now stands at 417, up from 400 on Sunday.', '400'],
    ['Les avions ont mené 22 sorties lundi, contre 40 dimanche.', '40'],
  ])('%s → %s has no window of its own', (text, needle) => {
    expect(windowIn(text, needle)).toBeUndefined();
  });
});

describe('windowOf: a day counted back from the text\'s own', () => {
  const fromNow = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const f = figure(needle);
    return windowOf(b, f.range, b.figures.map((g) => ({ figure: g, range: figureRange(b, g) })), f.figure, (g) => g === 'killed')?.value.fromNow;
  };
  it.each([
    ['The ministry reported 41 sorties over the previous day.', '41', { length: [1, 1] }],
    ['Its jets flew 38 sorties in the past day, Moscow said.', '38', { length: [1, 1] }],
    ['Le ministère a fait état de 25 sorties au cours de la journée précédente.', '25', { length: [1, 1] }],
    ['Ses avions ont effectué 40 sorties ces dernières 24 heures.', '40', { length: [1, 1] }],
  ])('%s', (text, needle, expected) => {
    expect(windowIn(text, needle)).toEqual({ length: expected.length });
    expect(fromNow(text, needle)).toBe(true);
  });
  it.each([
    ['Russian jets flew 41 sorties in a single day.', '41'],
    ['Moscou revendique 40 sorties en une seule journée.', '40'],
  ])('not a single day of no time: %s', (text, needle) => expect(fromNow(text, needle)).toBeUndefined());
});

describe('windowOf: a table row is one record', () => {
  function rowWindow(text: string, needle: string) {
    const { b, figure } = blockOf(text);
    b.columns = cellStarts(text).map((start) => ({ start, label: { text: '', tokens: [], hits: [] } }));
    const f = figure(needle);
    const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
    const w = windowOf(b, f.range, all, f.figure)?.value;
    return w?.days ? [isoFromDay(w.days.min), isoFromDay(w.days.max)] : w;
  }

  it.each([
    ['Russian defence ministry | 500+ | n/a | air and ground fire, 20–27 March only', '500', ['2016-03-20', '2016-03-27']],
    ['Armée syrienne | du 12 au 19 mars | 250 jihadistes tués', '250', ['2016-03-12', '2016-03-19']],
  ])('%s → %s', (text, needle, expected) => {
    expect(rowWindow(text, needle)).toEqual(expected);
  });

  it.each([
    // A single day in the row may date the report, not the deaths.
    ['Syrian Observatory | 28 March | 400', '400'],
    ['OSDH | publié le 28 mars | 400 jihadistes tués', '400'],
  ])('%s → %s has no window from its row', (text, needle) => {
    expect(rowWindow(text, needle)).toBeUndefined();
  });

  it('reads cells only in a table row, not in a line with bars', () => {
    const text = 'Pertes de l\'EI | 400 tués | du 12 au 19 mars';
    const { b, figure } = blockOf(text);
    const f = figure('400');
    const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
    expect(windowOf(b, f.range, all, f.figure)).toBeUndefined();
  });
});

describe('windowOf: the first or last stretch of an event', () => {
  it.each([
    ['Russian officials spoke of over 500 militants killed in the final week of the battle.', '500'],
    ['In the opening days of the offensive, 60 soldiers died.', '60'],
    ["Au cours de la dernière semaine de l'offensive, 300 jihadistes ont péri.", '300'],
    ["Dans les premiers jours de l'assaut, 50 soldats ont été tués.", '50'],
    // A restriction after a comma narrows the count's phrase.
    ['Russian officials spoke of over 500 militants killed, but only in the final week of the battle.', '500'],
    ["Moscou parle de 500 jihadistes tués, mais seulement pendant la dernière semaine.", '500'],
  ])('%s → %s covers a stretch', (text, needle) => expect(windowIn(text, needle)).toEqual({ stretch: true }));

  it.each([
    ['In 20 days of fighting, 400 jihadists were killed.', '400'],
    ['The monitor said last week that 400 jihadists had died.', '400'],
    ['The figure of 340 injured that was widely reported in the first days included minor cuts.', '340'],
    ['Some 400 jihadists were killed, all of them in Palmyra.', '400'],
  ])('%s → %s covers no stretch', (text, needle) => expect(windowIn(text, needle)?.stretch).toBeUndefined());
});

describe('windowOf: a time set apart between commas before the count', () => {
  it('reads it as when the sentence happens', () => {
    expect(windowIn('A Ramadi, fin décembre, Bagdad revendiquait « des centaines » de jihadistes tués.', 'centaines')).toEqual({ days: ['2015-12-21', '2015-12-31'], point: true });
    expect(windowIn('In Ramadi, in late December, Baghdad claimed hundreds of militants killed.', 'hundreds')).toEqual({ days: ['2015-12-21', '2015-12-31'], point: true });
  });
  it('leaves a phrase with other words than the date alone', () => {
    expect(windowIn('A Ramadi, tombée fin décembre, Bagdad revendiquait « des centaines » de jihadistes tués.', 'centaines')).toBeUndefined();
  });
});
