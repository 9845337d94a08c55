// What every analysis must satisfy, whatever the page: claims point at their own text in their own
// block, and verdicts, kinds and matches are well formed. Shared by the property and big-input tests.
import { expect } from 'vitest';
import type { Claim, PageAnalysis } from '@/core/engine';
import { reference } from '@/core/reference/dataset';
import type { PageInput } from '@/core/types';

const ref = reference();
const VERDICTS = new Set(['supported', 'contradicted', 'unrelated']);
const KINDS = new Set(['casualties', 'date', 'quantity', 'distance', 'duration', 'age', 'rank']);
const DIMENSIONS = new Set(['count', 'duration', 'distance', 'date', 'rank']);
const ENTRY_IDS = new Set(ref.entries.map((e) => e.entry.id));

/** Every claim of `analysis` is well formed with respect to `input`; throws with the claim otherwise. */
export function checkClaims(input: PageInput, analysis: PageAnalysis): void {
  expect(['fr', 'en']).toContain(analysis.lang);
  const ids = new Set<string>();
  for (const c of analysis.claims) checkClaim(input, c, ids);
}

function checkClaim(input: PageInput, c: Claim, ids: Set<string>): void {
  const where = `claim ${JSON.stringify(c.text.length > 80 ? `${c.text.slice(0, 80)}…` : c.text)} (${c.id})`;
  const block = input.blocks[c.block];
  expect(block, where).toBeDefined();
  const text = block!.text;
  expect(Number.isInteger(c.start) && Number.isInteger(c.end), where).toBe(true);
  expect(c.start >= 0 && c.start < c.end && c.end <= text.length, `${where}: offsets ${c.start}-${c.end} of ${text.length}`).toBe(true);
  expect(c.text, where).toBe(text.slice(c.start, c.end));
  expect(c.id, where).toBe(`${c.block}:${c.start}`);
  expect(ids.has(c.id), `${where}: duplicate id`).toBe(false);
  ids.add(c.id);
  // The sentence shown with the claim is the block's own text around it.
  expect(text.includes(c.sentence), `${where}: sentence ${JSON.stringify(c.sentence)}`).toBe(true);
  expect(c.valueText.length > 0 && text.startsWith(c.valueText, c.start), `${where}: valueText ${JSON.stringify(c.valueText)}`).toBe(true);
  expect(c.region, where).toBe(block!.region);
  expect(c.region, `${where}: boilerplate is never checked`).not.toBe('boilerplate');
  expect(VERDICTS.has(c.verdict), where).toBe(true);
  expect(KINDS.has(c.kind), where).toBe(true);
  expect(DIMENSIONS.has(c.dimension), where).toBe(true);
  expect(Number.isNaN(c.interval.min) || Number.isNaN(c.interval.max), `${where}: NaN in interval`).toBe(false);
  // Only the top may be open ("more than 400"): a page never states an infinite figure.
  expect(Number.isFinite(c.interval.min), `${where}: interval starts at ${c.interval.min}`).toBe(true);
  expect(c.interval.min <= c.interval.max, `${where}: interval ${c.interval.min}..${c.interval.max}`).toBe(true);
  if (c.verdict === 'unrelated') {
    expect(c.match, `${where}: unrelated with a match`).toBeUndefined();
    return;
  }
  expect(c.match, `${where}: ${c.verdict} without a match`).toBeDefined();
  const m = c.match!;
  expect(ENTRY_IDS.has(m.entryId), `${where}: unknown entry ${m.entryId}`).toBe(true);
  expect(m.because.every((w) => typeof w === 'string' && w.length > 0), `${where}: because ${JSON.stringify(m.because)}`).toBe(true);
  expect(ref.byId.get(m.entryId)!.dimension, where).toBe(c.dimension);
  // A figure that differs says by how much; one that matches has no difference.
  if (c.verdict === 'contradicted') {
    expect(m.delta, `${where}: contradicted without delta`).toBeDefined();
    // Claims travel to the background as JSON, where Infinity becomes null and the report's schema rejects it.
    const { page, reference: value, difference } = m.delta!;
    expect([page, value, difference].every(Number.isFinite), `${where}: delta page ${page}, reference ${value}, difference ${difference}`).toBe(true);
  }
  else expect(m.delta, `${where}: supported with a delta`).toBeUndefined();
}

