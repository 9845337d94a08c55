// Dates as day numbers (days since 1970-01-01, UTC): intervals of days compare with plain numbers.

const MS_PER_DAY = 86_400_000;

/** A UTC date of any year: Date.UTC reads years 0–99 as 1900–1999 ("l'an 32", the 1st century). */
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(utc(year, month - 1, day).getTime() / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month, 0).getUTCDate();
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

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

export function dayOfMonthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDate();
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
