// Figures written with digits, whatever the separator convention: "270.000", "270 000"
// (space, no-break space U+00A0, narrow no-break space U+202F), "270,000", "1,5", "1.5".

/** A separator followed by exactly three digits groups thousands; otherwise it marks decimals. */
const GROUP_SEPARATORS = '.,\u00a0\u202f\u2009 ';

export interface DigitRun {
  start: number;
  end: number;
  value: number;
  /** Written with a decimal part ("1,5"). */
  decimal: boolean;
  /** Written with a leading zero ("0442187"), as codes and phone numbers are. */
  leadingZero: boolean;
  /** Number of digits, separators excluded. */
  digits: number;
}

// Grouped thousands first (so "270 000" is one run), then a plain run with an optional decimal part.
// Not after a letter ("COP21") nor after a name and a hyphen ("Paris-8", "Su-24").
const DIGIT_RUN = /(?<![\p{L}\p{N}_]|\p{L}-)(?:\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)/gu;

/** Interprets one matched run. Exported for tests. */
export function parseDigitRun(raw: string): { value: number; decimal: boolean } {
  // Find separators; the last one decides decimals when it is not followed by exactly 3 digits.
  const parts: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') current += ch;
    else {
      parts.push(current);
      seps.push(ch);
      current = '';
    }
  }
  parts.push(current);
  if (seps.length === 0) return { value: Number(raw), decimal: false };
  const last = parts[parts.length - 1]!;
  const lastSep = seps[seps.length - 1]!;
  const lastIsDecimal =
    (last.length !== 3 || (parts.length === 2 && parts[0] === '0')) && (lastSep === '.' || lastSep === ',');
  // "1.234,5": thousands with one mark, decimals with the other.
  const mixed = seps.length > 1 && (lastSep === '.' || lastSep === ',') && seps.slice(0, -1).every((s) => s !== lastSep);
  if (lastIsDecimal || mixed) {
    const whole = parts.slice(0, -1).join('');
    return { value: Number(`${whole}.${last}`), decimal: true };
  }
  return { value: Number(parts.join('')), decimal: false };
}

export function findDigitRuns(text: string, from = 0, to = text.length): DigitRun[] {
  const out: DigitRun[] = [];
  DIGIT_RUN.lastIndex = from;
  for (let m = DIGIT_RUN.exec(text); m !== null && m.index < to; m = DIGIT_RUN.exec(text)) {
    let raw = m[0];
    // A sentence-final "2015." must not read as a decimal.
    while (raw.length > 1 && GROUP_SEPARATORS.includes(raw[raw.length - 1]!)) raw = raw.slice(0, -1);
    const { value, decimal } = parseDigitRun(raw);
    const digits = raw.replace(/\D/g, '').length;
    out.push({ start: m.index, end: m.index + raw.length, value, decimal, leadingZero: /^0\d/.test(raw), digits });
  }
  return out;
}

// Phone numbers: groups of digits joined by spaces, dots or dashes, eight digits or more, and not
// the three-digit groups of a thousands separator ("01 23 45 67 89", "+33 1 23 45 67 89",
// "(555) 123-4567" — but not "12 345 678"). At most six groups: unbounded, a run of "7 7 7 …" backtracked
// quadratically (found by the linearity tests).
const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{1,3}[ .\u00a0-]?)?(?:\(?\d{1,4}\)?[ .\u00a0-]){2,6}\d{2,4}(?![\p{L}\p{N}])/gu;

/** Spans of phone numbers in `text`: their digits are not figures. */
export function findPhoneNumbers(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(PHONE)) {
    const groups = m[0].replace(/^\+\d{1,3}[ .\u00a0-]?/, '').split(/[ .\u00a0()-]+/).filter(Boolean);
    const digits = m[0].replace(/\D/g, '').length;
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
    if (digits >= 8 && !thousands) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
