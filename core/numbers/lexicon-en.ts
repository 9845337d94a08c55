// English number words.
export const EN_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
};

export const EN_NUMBER_JOINERS = new Set(['and']);

export const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
};

export const EN_VAGUE: Record<string, [number, number]> = {
  handful: [2, 9],
  dozens: [20, 99],
  tens: [20, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, Infinity],
  billions: [2e9, Infinity],
};

/** Before a lone "hundred" or "thousand": some of them, like "hundreds" ("several hundred", "a few thousand"). */
export const EN_SEVERAL = new Set(['several', 'few']);

/** "a single day": the word that stresses "one" before a unit. */
export const EN_SINGLE = ['single'];

/** Fractions of a large unit: "half a million", "a quarter of a million", "three quarters of a million". */
export const EN_FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.25 };
