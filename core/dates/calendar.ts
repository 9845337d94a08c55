// Dates as day numbers (days since 1970-01-01, UTC): intervals of days compare with plain numbers.

const MS_PER_DAY = 86_400_000;

/** A UTC date of any year: Date.UTC reads years 0–99 as 1900–1999 ("l'an 32", the 1st century). */
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar, as Date counts them, by
 * arithmetic (no Date object: pages hold thousands of dates). Months and days out of range roll over
 * as Date.UTC's do ("31 April" is 1 May, day 0 the last of the month before).
 */
export function dayOf(year: number, month: number, day: number): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = ((m0 % 12) + 12) % 12; // 0 = January
  // Howard Hinnant's days_from_civil, years starting in March.
  const yy = m < 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 10) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return utc(year, month, 0).getUTCDate();
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** yyyy-mm-dd → day number; undefined when malformed. */
export function dayFromIso(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : undefined;
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** [year, month 1–12, day of month] of a day number (Howard Hinnant's civil_from_days). */
function civil(dayNumber: number): [number, number, number] {
  const z = Math.floor(dayNumber) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function yearOf(day: number): number {
  return civil(day)[0];
}

export function monthOf(day: number): number {
  return civil(day)[1];
}

export function dayOfMonthOf(day: number): number {
  return civil(day)[2];
}

/** Average lengths used to turn durations into days. */
export const DAYS_PER = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 365.2425 / 12,
  year: 365.2425,
  decade: 3652.425,
  century: 36524.25,
  millennium: 365242.5,
} as const;

export type TimeUnit = keyof typeof DAYS_PER;
