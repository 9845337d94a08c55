// How many generated inputs each property of the suite runs, in one place so the total the README
// quotes is the sum of what the tests really run (each test also counts the inputs it saw).
/** PALMYRA_FUZZ_SCALE=10 npx vitest run test/unit/property runs ten times as many, to search deeper. */
export const SCALE = Math.max(1, Number(process.env.PALMYRA_FUZZ_SCALE) || 1);

const BASE = {
  // engine.property.test.ts
  enginePages: 6_000,
  engineBlocks: 12_000,
  engineExplain: 2_000,
  // text.property.test.ts
  tokenize: 20_000,
  tokenizeWindow: 5_000,
  findNumbers: 20_000,
  findDates: 20_000,
  splitSentences: 15_000,
  blocksFromPlainText: 10_000,
};

export const RUNS: Readonly<Record<keyof typeof BASE, number>> = Object.fromEntries(
  Object.entries(BASE).map(([k, v]) => [k, v * SCALE]),
) as Record<keyof typeof BASE, number>;

/** Hand-written big and adversarial inputs of big-inputs.test.ts (megabytes, long runs). */
export const BIG_INPUTS = 26;

export const TOTAL_INPUTS = Object.values(RUNS).reduce((a, b) => a + b, 0) + BIG_INPUTS;
