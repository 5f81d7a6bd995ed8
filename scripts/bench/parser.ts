import { performance } from "node:perf_hooks";
import { parseInbound } from "../../src/core/inbox/index.js";
import { findNumbers } from "../../src/core/phone/index.js";
import { corpus, MONDAY_NOON, ZONE } from "../../tests/core/inbox/corpus.js";
import type { BenchRow } from "./types.js";

const ctx = { now: MONDAY_NOON, timeZone: ZONE, region: "DE" };
const ROUNDS = 60;
const PASTE_BYTES = 200_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

function paste(): string {
  const block = corpus.map((c) => c.text).join("\n\n");
  return block.repeat(Math.ceil(PASTE_BYTES / block.length)).slice(0, PASTE_BYTES);
}

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

export async function run(): Promise<BenchRow[]> {
  const notes = corpus.map((c) => c.text).filter((t) => t.length > 0);
  // Warm up the parser, the regex engine and the zone formatters.
  for (let i = 0; i < 5; i++) for (const n of notes) parseInbound(n, ctx);

  const perNoteUs: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const n of notes) {
      const s = performance.now();
      parseInbound(n, ctx);
      perNoteUs.push((performance.now() - s) * 1000);
    }
  }
  const totalMs = performance.now() - t0;
  perNoteUs.sort((a, b) => a - b);

  const big = paste();
  parseInbound(big, ctx);
  const pasteMs = median(Array.from({ length: 5 }, () => timeOnce(() => parseInbound(big, ctx))));
  const findMs = median(Array.from({ length: 5 }, () => timeOnce(() => findNumbers(big, "DE"))));

  return [
    { name: "parser: notes/s (corpus)", value: Math.round((perNoteUs.length / totalMs) * 1000), unit: "notes/s", target: "≥ 20000", note: `${notes.length} notes × ${ROUNDS}` },
    {
      name: "parser: notes/s at median cost",
      value: Math.round(1e6 / percentile(perNoteUs, 0.5)),
      unit: "notes/s",
      target: "≥ 20000",
      note: "1 / median; the wall-clock rate above includes scheduler stalls on a busy machine",
    },
    { name: "parser: median per note", value: Number(percentile(perNoteUs, 0.5).toFixed(1)), unit: "µs" },
    { name: "parser: p99 per note", value: Number(percentile(perNoteUs, 0.99).toFixed(1)), unit: "µs" },
    { name: "parser: 200 KB paste", value: Number(pasteMs.toFixed(1)), unit: "ms", target: "< 1000", note: "median of 5" },
    { name: "phone: findNumbers over 200 KB", value: Number(findMs.toFixed(1)), unit: "ms", note: "median of 5" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(`${row.name.padEnd(34)} ${String(row.value).padStart(10)} ${row.unit}${row.target ? `  (target ${row.target})` : ""}`);
}
