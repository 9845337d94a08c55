import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { tallyCounts, tallyValueOf } from './tally';
import { blockOf } from './testing';

const counted = reference().countGroupsOf.get('count')!;

function tally(text: string, needle: string): string[] | undefined {
  const { b, figure } = blockOf(text);
  return tallyCounts(b, figure(needle).range, (g) => counted.has(g))?.value;
}

describe('tallyCounts: a value given to a tally says what the tally counts', () => {
  it.each([
    ['Le nombre de blessés reste fixé à 340.', '340', 'injured'],
    ['Le bilan des morts a été porté à 35 mercredi.', '35', 'killed'],
    ['The number of wounded stands at 340, officials said.', '340', 'injured'],
    ['The tally of dead jihadists has climbed to 417.', '417', 'killed'],
  ])('%s → %s counts %s', (text, needle, group) => expect(tally(text, needle)).toContain(group));

  it.each([
    // No tally noun: the verb decides.
    ['Les attentats ont fait 340 blessés.', '340'],
    // The tally is of the event, not of what is counted.
    ['The death toll of the Brussels attacks stands at 35.', '35'],
    // Another figure or clause stands between the tally and the value.
    ['Le nombre de morts est passé à 35, et 12 blessés restent hospitalisés.', '12'],
    ['The number of dead rose, and 300 people remain in hospital.', '300'],
  ])('%s → %s: no tally of its own', (text, needle) => expect(tally(text, needle)).toBeUndefined());
});

describe('tallyValueOf: a count that is the value of a tally noun', () => {
  const valueOf = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const at = tallyValueOf(b, figure(needle).range);
    return at === undefined ? undefined : b.tokens[at]!.norm;
  };
  it.each([
    ['The minister said four wounded people had died in hospital and put the total at 35.', '35', 'total'],
    ["Quatre blessés ont succombé à l'hôpital, ce qui porte le total à 35.", '35', 'total'],
    ['Belgique : le bilan passe à 35 morts.', '35', 'bilan'],
  ])('%s → %s is the value of "%s"', (text, needle, noun) => {
    expect(valueOf(text, needle)).toBe(noun);
  });
  it.each([
    ['Four wounded people died in hospital, 35 in all.', '35'],
    ['The total rose after 35 more died.', '35'],
    ["L'armée a repris la ville à 400 jihadistes.", '400'],
  ])('%s → %s is no tally\'s value', (text, needle) => {
    expect(valueOf(text, needle)).toBeUndefined();
  });
});
