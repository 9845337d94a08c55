import { describe, expect, it } from 'vitest';
import { contrastedBy } from './contrast';
import { blockOf } from './testing';

function contrasted(text: string, first: string, second: string): boolean {
  const { b, figure } = blockOf(text);
  return !!contrastedBy(b, figure(first).range, figure(second).range);
}

describe("contrastedBy: another source's value for the fact just told", () => {
  it.each([
    ["Des médias arabes situent le lancement de l'offensive au 9 mars, quand l'OSDH retient le 7 mars.", '9 mars', '7 mars'],
    ["L'armée date l'assaut du 8 mars, alors que l'ONG avance le 7 mars.", '8 mars', '7 mars'],
    ['Some reports put the start of the offensive on March 9, whereas the monitor gives March 7.', 'March 9', 'March 7'],
    // The next sentence, opening on other sources.
    ["L'agence date le lancement de l'opération au 7 mars. D'autres médias, citant des sources militaires, retiennent le 9 mars.", '7 mars', '9 mars'],
    ['The army dates the start of its push to March 7. Some outlets give March 9.', 'March 7', 'March 9'],
  ])('%s', (text, first, second) => expect(contrasted(text, first, second)).toBe(true));

  it.each([
    // The second clause tells something else that happened, or when the source spoke.
    ['The offensive began on March 7, while the army entered the city on March 24.', 'March 7', 'March 24'],
    ["L'offensive a commencé le 7 mars, quand l'OSDH a annoncé le 24 mars que la ville était tombée.", '7 mars', '24 mars'],
    ['The offensive began on March 7, while officials said on March 24 that the city had fallen.', 'March 7', 'March 24'],
    // The next sentence tells something else, or does not open on other sources.
    ["L'offensive a été lancée le 7 mars. D'autres médias ont annoncé le 24 mars que la ville était tombée.", '7 mars', '24 mars'],
    ['The army dates the start of its push to March 7. The monitor gives March 9.', 'March 7', 'March 9'],
    // No contrast: a second date of the same clause.
    ['The offensive ran from March 7 to March 27.', 'March 7', 'March 27'],
  ])('%s: no', (text, first, second) => expect(contrasted(text, first, second)).toBe(false));
});
