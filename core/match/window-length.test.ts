import { describe, expect, it } from 'vitest';
import { analyzePage } from '../engine';
import { reference } from '../reference/dataset';
import { windowLengthEntry } from './window-length';

const ref = reference();

/** The verdict of the span `needle` in a paragraph under a title about Palmyra. */
function spanVerdict(paragraph: string, needle: string, title = 'Palmyra / Palmyre'): string {
  const claims = analyzePage({ title, published: '2016-03-28', blocks: [{ text: title, region: 'heading' }, { text: paragraph, region: 'main' }] }, ref).claims;
  const c = claims.find((x) => x.text.includes(needle));
  if (!c) throw new Error(`no claim "${needle}" among ${claims.map((x) => `"${x.text}"`).join(', ')}`);
  return c.match ? `${c.verdict} ${c.match.entryId}` : c.verdict;
}

describe('window-length: the span of a toll of the battle is the battle\'s length', () => {
  it('finds the duration entry spanning a toll\'s window', () => {
    expect(windowLengthEntry(ref.byId.get('is-killed-palmyra')!, ref.entries)?.entry.id).toBe('battle-duration');
    expect(windowLengthEntry(ref.byId.get('brussels-killed')!, ref.entries)).toBeUndefined();
  });

  it.each([
    ["Selon l'OSDH, l'organisation y a perdu environ quatre cents hommes en vingt jours.", 'vingt jours'],
    ["L'Observatoire parle de 400 jihadistes tués en 20 jours à Palmyre.", '20 jours'],
    ['The monitor says Islamic State lost some 400 fighters in twenty days around Palmyra.', 'twenty days'],
    // Even when other words of the sentence would tie the span to another length (the war's years).
    ['The monitor, which follows the war, said 400 IS fighters had been killed around Palmyra in the 20 days since the army began its advance.', '20 days'],
  ])('%s → %s matches', (text, needle) => {
    expect(spanVerdict(text, needle)).toBe('supported battle-duration');
  });

  it.each([
    // The span does not fit the toll's window: the count is another fact, and so is its span.
    ['The monitor says 120 jihadists were killed in four days around Palmyra.', 'four days'],
    ["Selon l'OSDH, 60 jihadistes ont été tués en 48 heures à Palmyre.", '48 heures'],
    // A span of a toll of another event.
    ['In Brussels, the bombers killed 32 people in two hours.', 'two hours'],
    ["À Bruxelles, les kamikazes ont tué 32 personnes en deux heures.", 'deux heures'],
  ])('%s → %s says nothing', (text, needle) => {
    expect(spanVerdict(text, needle)).toBe('unrelated');
  });
});
