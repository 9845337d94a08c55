import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { dateOfNoun } from './date-noun';
import { blockOf } from './testing';

const events = reference().countGroups;

function ofNoun(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  return dateOfNoun(b, figure(needle).range, (g) => events.has(g))?.words;
}

describe('dateOfNoun: a date that qualifies a noun of no event', () => {
  it.each([
    ["Monday's front pages are dominated by the fall of Palmyra.", 'Monday', "Monday's front pages"],
    ["Sunday's papers led with the recapture.", 'Sunday', "Sunday's papers"],
    ['Les unes de lundi sont consacrées à la chute de Palmyre.', 'lundi', 'unes de lundi'],
    ["L'édition du 28 mars titrait sur la reprise de la ville.", '28 mars', 'édition du 28 mars'],
  ])('%s → %s', (text, needle, said) => expect(ofNoun(text, needle)).toMatch(new RegExp(`^${said}`)));

  it.each([
    // An event's noun: the date is the event's.
    ["Tuesday's bombings killed 32 people.", 'Tuesday'],
    ['Les attentats meurtriers de mardi ont fait 32 morts.', 'mardi'],
    ["L'offensive du 7 mars a duré vingt jours.", '7 mars'],
    // A part of the time, not a noun that owns it.
    ['Its air force began bombing at the end of last September.', 'last September'],
    ['La semaine du 7 mars a vu le début de l’offensive.', '7 mars'],
    // A verb's date.
    ["L'offensive s'est déroulée du 9 au 27 mars.", '9 au 27 mars'],
    // No noun it qualifies.
    ['The army retook Palmyra on Sunday.', 'Sunday'],
    ['Les forces ont repris Palmyre dimanche.', 'dimanche'],
  ])('%s → %s is no noun’s', (text, needle) => expect(ofNoun(text, needle)).toBeUndefined());
});
