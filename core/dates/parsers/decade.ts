// Decades: "the 1990s", "années 1990", "les années 80", "la décennie 2000".
import { DECADE_SUFFIXES, DECADE_WORDS } from '../lexicon';
import { DIGITS, type Found, type TokenParser } from './parser';

export const decade: TokenParser = {
  name: 'decade',
  openers: [DIGITS],
  read(x, i): Found | undefined {
    const value = x.digits(i);
    if (value === undefined || value % 10 !== 0) return undefined;
    const y = x.year(i);
    // "the 1990s"
    if (y !== undefined && DECADE_SUFFIXES.has(x.norm(i + 1) ?? '') && x.glued(i)) return { from: i, to: i + 1, parts: { decade: y } };
    if (!DECADE_WORDS.has(x.norm(i - 1) ?? '')) return undefined;
    if (y !== undefined) return { from: i, to: i, parts: { decade: y } };
    // "les années 80": the twentieth century's.
    if (x.tokens[i]!.norm.length === 2) return { from: i, to: i, parts: { decade: 1900 + value } };
    return undefined;
  },
};
