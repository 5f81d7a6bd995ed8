import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEVERITY } from "../../../src/core/rules/decision.js";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { type Facts, type FlagName } from "../../../src/core/rules/types.js";
import { wallTime } from "../../../src/core/rules/wallClock.js";
import { ZoneOffsets } from "../../../src/core/time/offsets.js";
import { factsArb } from "./arbitraries.js";

const RUNS = { numRuns: 300 };
const severity = (f: Facts) => SEVERITY[evaluate(f).verdict];

describe("evaluate: properties", () => {
  it("never throws and always names a deciding rule whose verdict is the answer", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const d = evaluate(facts);
        expect(d.decided.length).toBeGreaterThan(0);
        expect(d.decided.some((f) => f.verdict === d.verdict)).toBe(true);
        for (const f of d.outweighed) expect(f.matched).toBe(true);
        if (d.verdict === "later" && d.until !== undefined) expect(d.until).toBeGreaterThan(facts.now);
        if (d.verdict === "text") expect(d.textFits).toBe(true);
      }),
      RUNS,
    );
  });

  it("decides the same with offsets remembered by the caller as with Intl asked every time", () => {
    const offsets = new ZoneOffsets();
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(evaluate(facts, { offsets })).toEqual(evaluate(facts));
      }),
      RUNS,
    );
  });

  it("never throws on nonsense clocks and zones", () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(NaN, Infinity, -1e20), fc.constantFrom("", "Nowhere/Else", "UTC"), (facts, now, timeZone) => {
        expect(() => evaluate({ ...facts, now, timeZone })).not.toThrow();
        expect(evaluate({ ...facts, now, timeZone }).verdict).toBe("none");
      }),
      { numRuns: 30 },
    );
  });

  const restricting: FlagName[] = ["nocall", "landline", "forwarded", "smsonly", "nosms", "blocked"];
  it.each(restricting)("adding the flag %s never makes the answer more permissive", (flag) => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const flagged: Facts = { ...facts, flags: { ...facts.flags, [flag]: { at: facts.now, by: "owner" } } };
        expect(severity(flagged)).toBeGreaterThanOrEqual(severity(facts));
      }),
      RUNS,
    );
  });

  it("trusted changes no verdict", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const trusted: Facts = { ...facts, flags: { ...facts.flags, trusted: { at: facts.now, by: "owner" } } };
        expect(evaluate(trusted).verdict).toBe(evaluate(facts).verdict);
      }),
      RUNS,
    );
  });

  it("an outcome someone-else never makes the answer more permissive, and rules out a call for good", () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: 100_000 }), (facts, ago) => {
        const after: Facts = { ...facts, outcomes: [...facts.outcomes, { at: facts.now - ago * 60_000, outcome: "someone-else" }] };
        expect(severity(after)).toBeGreaterThanOrEqual(severity(facts));
        const d = evaluate(after);
        expect(d.verdict).not.toBe("call");
        expect(d.then).not.toBe("call");
      }),
      RUNS,
    );
  });

  it("making the number a landline never makes the answer more permissive", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        if (facts.number.kind !== "number") return;
        const landline: Facts = { ...facts, number: { ...facts.number, line: "landline" } };
        expect(evaluate(landline).verdict).toBe("none");
        expect(severity(landline)).toBeGreaterThanOrEqual(severity(facts));
      }),
      RUNS,
    );
  });

  it("moving into quiet hours never makes the answer more permissive", () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 600 }), (facts, before, after) => {
        const minute = wallTime(facts.timeZone, facts.now).minuteOfDay;
        const start = (minute - before + 1440) % 1440;
        const quiet: Facts = { ...facts, settings: { ...facts.settings, quietHours: { start, end: start + before + after } } };
        const s = severity(quiet);
        expect(s).toBeGreaterThanOrEqual(severity(facts));
        expect(s).toBeGreaterThanOrEqual(SEVERITY.later);
      }),
      RUNS,
    );
  });
});
