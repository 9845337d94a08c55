// ISO and year-first dates: "2016-03-27", "2016/03/27", "2016.3.27", in prose or as machine values
// ("2016-03-27T18:42:00+02:00" keeps the publisher's own calendar day; "20160327" in meta tags only).
import { isValidDate } from '../calendar';
import type { DateText } from '../context';
import type { PatternParser } from './parser';

const ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[.,/-]\p{N})/gu;
const NOT_BEFORE = /[\p{N}\p{L}./-]/u;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export const isoDate: PatternParser = {
  name: 'iso',
  scan(x: DateText, emit) {
    const { text } = x;
    ISO.lastIndex = 0;
    for (let m = ISO.exec(text); m !== null; m = ISO.exec(text)) {
      const before = text[m.index - 1];
      if (before !== undefined && NOT_BEFORE.test(before)) {
        ISO.lastIndex = m.index + 1;
        continue;
      }
      const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (isValidDate(year, month, day)) emit({ start: m.index, end: m.index + m[0].length, parser: 'iso', parts: { year, month, day } });
    }
  },
};

const MACHINE_ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const MACHINE_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/;

/**
 * A machine value that starts with a date ("2016-03-27T18:42:00Z", "20160327"): its parts as written,
 * valid or not (the caller rejects "2016-13-01"), or undefined when it does not start with one.
 */
export function machineDate(value: string): YearMonthDay | undefined {
  const m = MACHINE_ISO.exec(value) ?? MACHINE_COMPACT.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}
