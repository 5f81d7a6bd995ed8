/**
 * The larger part of the 100,000 fuzz cases (the test suite runs 7,500): the same generators
 * as tests/reliability/fuzz.test.ts, over several bots side by side, reporting cases/s.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { createHarness, type Harness } from "../../tests/support/harness.js";
import {
  callbackCase,
  callbackDataCollector,
  intakeCase,
  otherUpdateCase,
  registeredCommands,
  runCase,
  textCase,
  type FuzzCase,
} from "../../tests/reliability/fuzz-cases.js";
import type { BenchRow } from "./types.js";

/** 100,000 minus what the test suite runs. */
const CASES = Number(process.env.FUZZ_CASES ?? 92_500);
/**
 * At about 100 cases/s on two cores, 94,000 cases take longer than `npm run bench` may; by
 * default the run stops after this many seconds. FUZZ_SECONDS=0 runs every case.
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 90);
const LANES = 4;

export async function run(): Promise<BenchRow[]> {
  const commands = registeredCommands();
  let failures = 0;
  let unanswered = 0;
  let cases = 0;
  const firstProblems: string[] = [];

  let outOfTime = () => false;
  const lane = async (seed: number, count: number): Promise<void> => {
    const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
    const h: Harness = await createHarness({ dataDir: mkdtempSync(join(base, "quietline-fuzz-bench-")) });
    for (const command of commands) await h.send(`/${command}`);
    const arbitrary = fc.oneof(
      { weight: 6, arbitrary: textCase(commands) },
      { weight: 2, arbitrary: callbackCase(callbackDataCollector(h)) },
      { weight: 2, arbitrary: otherUpdateCase() },
      { weight: 2, arbitrary: intakeCase() },
    );
    // Sampled in chunks so memory stays flat; the harness's logs are dropped between chunks.
    for (let done = 0; done < count && !outOfTime(); done += 1_000) {
      const chunk: FuzzCase[] = fc.sample(arbitrary, { seed: seed + done, numRuns: Math.min(1_000, count - done) });
      for (const c of chunk) {
        if (outOfTime()) break;
        const outcome = await runCase(h, c);
        cases++;
        if (outcome.failures.length > 0) failures++;
        if (!outcome.answered) unanswered++;
        if ((outcome.failures.length > 0 || !outcome.answered) && firstProblems.length < 5) {
          firstProblems.push(c.kind === "text" ? `text:${c.text.slice(0, 40)}` : c.kind === "callback" ? `callback:${c.data}` : c.kind);
        }
      }
      h.logLines.length = 0;
      h.apiCalls.length = 0;
      h.surface.shown.length = 0;
      h.surface.files.length = 0;
    }
    await h.close();
  };

  const started = performance.now();
  outOfTime = () => SECONDS > 0 && performance.now() - started > SECONDS * 1000;
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(1_000 + i * 100_000, Math.ceil(CASES / LANES))));
  const seconds = (performance.now() - started) / 1000;
  if (firstProblems.length > 0) process.stderr.write(`fuzz: first problems: ${JSON.stringify(firstProblems)}\n`);
  return [
    {
      name: "fuzz: cases run (+ 7,500 in the test suite)",
      value: cases,
      unit: "cases",
      ...(SECONDS === 0 ? { target: `≥ ${CASES}` } : { note: `time-boxed to ${SECONDS} s; FUZZ_SECONDS=0 runs all ${CASES.toLocaleString("en")}` }),
    },
    { name: "fuzz: throughput", value: Math.round(cases / seconds), unit: "cases/s", note: `${LANES} bots side by side, store in RAM` },
    { name: "fuzz: updates that failed", value: failures, unit: "cases", target: "≤ 0" },
    { name: "fuzz: inputs left unanswered", value: unanswered, unit: "cases", target: "≤ 0" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(row);
}
