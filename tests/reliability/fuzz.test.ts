import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import {
  callbackCase,
  callbackDataCollector,
  intakeCase,
  otherUpdateCase,
  registeredCommands,
  runCase,
  textCase,
  type FuzzCase,
} from "./fuzz-cases.js";

/**
 * Every entry point of the real bot with its encrypted store, fed nonsense. The benchmark
 * (scripts/bench/fuzz.ts) runs the same generators for the rest of the 100,000 cases.
 */
const CASES = { text: 3_600, callback: 1_200, update: 1_200, intake: 1_500 } as const;
/** Bots fuzzed side by side: each case mostly waits on SQLite, so lanes overlap that wait. */
const LANES = 3;

/** The store in RAM where there is one: this is about handlers, not the disk (the crash test covers that). */
function scratchDir(): string {
  const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
  return mkdtempSync(join(base, "quietline-fuzz-"));
}

describe("fuzzing every entry point", () => {
  const harnesses: Harness[] = [];
  const commands = registeredCommands();

  afterAll(async () => {
    for (const h of harnesses) await h.close();
  });

  async function lane(): Promise<Harness> {
    const h = await createHarness({ dataDir: scratchDir() });
    harnesses.push(h);
    // Every command once, so there are buttons to press and state to stumble over.
    for (const command of commands) await h.send(`/${command}`);
    return h;
  }

  async function check(h: Harness, c: FuzzCase): Promise<void> {
    const outcome = await runCase(h, c);
    expect(outcome.failures, "an update failed").toEqual([]);
    expect(outcome.answered, "the input got no answer").toBe(true);
  }

  /** Runs `total` cases split over LANES bots, each lane with its own seed. */
  async function fuzz(arbitrary: (h: Harness) => fc.Arbitrary<FuzzCase>, total: number, seed: number): Promise<void> {
    const lanes = await Promise.all(Array.from({ length: LANES }, lane));
    await Promise.all(
      lanes.map((h, i) =>
        fc.assert(
          fc.asyncProperty(arbitrary(h), (c) => check(h, c)),
          { numRuns: Math.ceil(total / LANES), seed: seed + i },
        ),
      ),
    );
  }

  it("takes its commands from allFeatures(), so features that land are fuzzed too", () => {
    expect(commands).toContain("help");
    expect(commands).toContain("start");
  });

  it("answers every text she could type: commands with any arguments, pastes, questions, noise", async () => {
    await fuzz(() => textCase(commands), CASES.text, 42);
  }, 150_000);

  it("answers every button press, with real, cut, altered or random callback data", async () => {
    await fuzz((h) => callbackCase(callbackDataCollector(h)), CASES.callback, 142);
  }, 120_000);

  it("survives unknown update types, edits, strangers, groups and media", async () => {
    await fuzz(() => otherUpdateCase(), CASES.update, 242);
  }, 60_000);

  it("answers every request to POST /intake with one of its fixed answers: any headers, bodies and tokens", async () => {
    await fuzz(() => intakeCase(), CASES.intake, 342);
  }, 120_000);

  it("answers a 1 MB message and a 100 KB argument to every command", async () => {
    const h = await lane();
    const paste = "Entgangener Anruf 0171 2345678 heute 08:05 bitte zurückrufen\n";
    await check(h, { kind: "text", text: paste.repeat(Math.ceil(1_048_576 / paste.length)).slice(0, 1_048_576) });
    await check(h, { kind: "text", text: "x".repeat(1_048_576) });
    for (const command of commands) await check(h, { kind: "text", text: `/${command} ${"0171 2345678 ".repeat(8_000)}` });
  }, 60_000);
});
