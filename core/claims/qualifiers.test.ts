import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { qualifiedInterval, qualifierBefore } from './qualifiers';

function meaningBefore(text: string, figure: string) {
  const tokens = tokenize(text);
  const at = text.indexOf(figure);
  const index = tokens.findIndex((t) => t.start === at);
  return qualifierBefore(tokens, index)?.meaning ?? 'exact';
}

describe('qualifiers', () => {
  it.each([
    ['plus de 270.000 morts', '270', 'more-than'],
    ['more than 270,000 people', '270', 'more-than'],
    ['au moins 194 morts', '194', 'at-least'],
    ['at least 400 IS fighters', '400', 'at-least'],
    ['près de 2 000 personnes', '2', 'nearly'],
    ['about 50 km further south', '50', 'about'],
    ['Some 340 people', '340', 'about'],
    ['environ 15 000 habitants', '15', 'about'],
    ["jusqu'à 500 morts", '500', 'up-to'],
    ['moins de 100 blessés', '100', 'less-than'],
    ['un peu plus de 300', '300', 'more-than'],
    ['over 600 IS fighters', '600', 'more-than'],
    ['getting on for 200 on the government side', '200', 'nearly'],
    ['a little under 190 soldiers', '190', 'nearly'],
    ['in the region of 400 fighters', '400', 'about'],
    ["de l'ordre de 400 jihadistes", '400', 'about'],
    ['au bas mot 400 jihadistes', '400', 'at-least'],
    ['just over 400 militants', '400', 'more-than'],
    // A bound from above, however it ends in "more than": at most.
    ['no more than 400 fighters', '400', 'up-to'],
    ['not more than 188 soldiers', '188', 'up-to'],
    ['pas plus de 400 combattants', '400', 'up-to'],
    ['tout au plus 50 jihadistes', '50', 'up-to'],
    ['at most 40 sorties', '40', 'up-to'],
    ['over the previous 24 hours', '24', 'exact'],
    ['400 jihadistes', '400', 'exact'],
  ])('%s', (text, figure, meaning) => {
    expect(meaningBefore(text, figure)).toBe(meaning);
  });

  it('gives the policy intervals', () => {
    expect(qualifiedInterval(400, 'nearly')).toEqual({ min: 360, max: 400 });
    expect(qualifiedInterval(50, 'about').min).toBeCloseTo(45);
    expect(qualifiedInterval(50, 'about').max).toBeCloseTo(55);
    expect(qualifiedInterval(400, 'at-least')).toEqual({ min: 400, max: Infinity });
    expect(qualifiedInterval(100, 'less-than')).toEqual({ min: 0, max: 100, maxOpen: true });
  });
});
