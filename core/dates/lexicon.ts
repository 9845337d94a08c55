// Month and weekday names, FR and EN, folded (lower case, no accents).

/** Full month names. */
export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/**
 * Abbreviations, and "May", which are also ordinary words ("sept" is seven in French, "may" a verb):
 * months only when written with a capital.
 */
export const CAPITALISED_MONTHS: Record<string, number> = {
  may: 5, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7,
};

export const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Parts of a month: "fin septembre" is days 21–end, "début mars" 1–10, "mi-mars" 11–20. */
export const MONTH_PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  debut: 'early', early: 'early', mi: 'mid', mid: 'mid', milieu: 'mid', fin: 'late', late: 'late', end: 'late',
};
