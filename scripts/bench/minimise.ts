/**
 * The data-minimisation finder on the inputs its patterns find hardest. A note or alias is
 * scanned before it is saved, up to its first 4,000 characters; no input of that length may
 * keep her waiting, and none may make a pattern backtrack without end (a hyphenated capitalised
 * word once did: each hyphen doubled the work).
 */
import { performance } from "node:perf_hooks";
import { findSensitive } from "../../src/core/minimise/index.js";
import type { BenchRow } from "./types.js";

/** The finder's scan limit (MAX_SCAN in src/core/minimise/find.ts). */
const LONG = 4_000;
const SHORT = 1_000;
const RUNS = 11;

/** Text of `length` characters repeating `unit`. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Runs of what the patterns start on: cue words, capitals, hyphens, digits, letters. */
const SHAPES: Readonly<Record<string, (length: number) => string>> = {
  "hyphenated capitals": (n) => `x ${fill("Aa-", n - 2)}`,
  "street word, hyphenated name": (n) => `strada ${fill("Aa-", n - 7)}`,
  "capitalised words": (n) => fill("Aa ", n),
  "upper case": (n) => fill("A", n),
  "lower case": (n) => fill("a", n),
  digits: (n) => fill("1", n),
  "employer cues": (n) => fill("lucrează la arbeitet bei ", n),
  "role words": (n) => fill("șeful Sekretärin birou ", n),
  "address cues": (n) => fill("bloc bl. sc. ap. cod poștal str. ", n),
  honorifics: (n) => fill("Herr dl. dna. domnul ", n),
  "an ordinary note": (n) => fill("Kommt meist dienstags, mag es ruhig, nur SMS vorher. Vine marțea, doar seara. ", n),
};

/** Fastest of RUNS, in ms: the run least disturbed by other work on the machine. */
function fastestMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    findSensitive(text, "note");
    findSensitive(text, "alias");
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function run(): Promise<BenchRow[]> {
  let slowest = { shape: "", ms: 0 };
  let steepest = { shape: "", ratio: 0 };
  for (const [shape, make] of Object.entries(SHAPES)) {
    fastestMs(make(SHORT));
    const shortMs = fastestMs(make(SHORT));
    const longMs = fastestMs(make(LONG));
    if (longMs > slowest.ms) slowest = { shape, ms: longMs };
    const ratio = longMs / Math.max(shortMs, 0.01);
    if (ratio > steepest.ratio) steepest = { shape, ratio };
  }
  return [
    {
      name: `minimise: ${LONG.toLocaleString("en")} characters, slowest input`,
      value: Number(slowest.ms.toFixed(2)),
      unit: "ms",
      target: "< 250",
      note: `${slowest.shape}; a note and an alias each, fastest of ${RUNS}; ${Object.keys(SHAPES).length} shapes`,
    },
    {
      name: `minimise: ${LONG.toLocaleString("en")} ÷ ${SHORT.toLocaleString("en")} characters`,
      value: Number(steepest.ratio.toFixed(1)),
      unit: "×",
      target: "≤ 5",
      note: `steepest shape (${steepest.shape}); 4 when time grows linearly with the input`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ""}${row.note ? ` — ${row.note}` : ""}`);
}
