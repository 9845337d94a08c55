// French number words. Values of simple words; "quatre-vingt(s)" and "et" are handled by the parser.
export const FR_NUMBER_WORDS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  cent: 100, cents: 100, mille: 1000, milles: 1000,
  million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
};

/** Joining words inside a number: "vingt et un". */
export const FR_NUMBER_JOINERS = new Set(['et']);

export const FR_ORDINALS: Record<string, number> = {
  premier: 1, premiere: 1, second: 2, seconde: 2, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, onzieme: 11, douzieme: 12, vingtieme: 20,
  centieme: 100, millieme: 1000,
};

/** Vague amounts, by the verdict policy: "des centaines" is [200, 999]. */
export const FR_VAGUE: Record<string, [number, number]> = {
  poignee: [2, 9],
  dizaines: [20, 99],
  centaines: [200, 999],
  milliers: [2000, 9999],
  millions: [2e6, Infinity],
  milliards: [2e9, Infinity],
};

/** "une centaine de" is about a hundred. */
export const FR_APPROX_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100, millier: 1000,
};

/** Determiners before a vague plural: "des centaines", "plusieurs milliers". */
export const FR_VAGUE_DETERMINERS = new Set(['des', 'plusieurs', 'quelques', 'de', 'une']);

/** « une seule journée » : le mot qui appuie « un » devant une unité. */
export const FR_SINGLE = ['seule', 'seul'];

/** Fractions of a large unit: « un demi-million », « un quart de million », « trois quarts de million ». */
export const FR_FRACTIONS: Record<string, number> = { demi: 0.5, quart: 0.25, quarts: 0.25 };
