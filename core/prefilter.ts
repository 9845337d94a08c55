// A fast first look at a block: most text holds no figure at all, and skipping it is most of
// the engine's speed. True when the block has a digit, a number word, a month, an ordinal, or
// "a"/"un" before a unit of time ("a month", "un mois"); `mayHoldDays` when it has a weekday or a
// day written against another ("le lendemain", "four days ago", "hier"), which only dates something.
const WORDS = [
  // French numbers, vague amounts, ordinals
  'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|milles?|millions?|milliards?',
  'dizaines?|centaines?|milliers?|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|poign[eé]e',
  'premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|dixi[eè]me|seconde?',
  // English numbers, vague amounts, ordinals
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen',
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|billions?|dozens?|tens|scores|handful',
  'first|third|fourth|fifth|sixth|tenth',
  // months and relative years
  'janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre',
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'last\\s+year|derni[eè]re?|si[eè]cles?|century|centuries',
  // "a month", "un mois"
  '(?:an?|une?)\\s+(?:month|year|week|day|hour|decade|century|dozen|hundred|thousand|million|mois|an|ann[eé]e|semaine|jour|journ[eé]e|heure|si[eè]cle|d[eé]cennie)',
].join('|');
// ASCII word boundaries: a letter with an accent next to a word lets a block through for nothing, no more.
const FIGURE_WORD = new RegExp(`\\b(?:${WORDS})\\b`, 'i');
const DAY_WORD =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lendemain|veille|following\s+day|next\s+day|day\s+before|ago|hier|demain|aujourd|yesterday|today|tomorrow|tonight)\b/i;
const DIGIT = /\d/;

export function mayHoldFigures(text: string): boolean {
  // A digit is the common case and the cheapest test; the word list only when there is none.
  return DIGIT.test(text) || FIGURE_WORD.test(text);
}

/** A weekday or a day written against another: dates only, worth reading where the reference's topic is. */
export function mayHoldDays(text: string): boolean {
  return DAY_WORD.test(text);
}
