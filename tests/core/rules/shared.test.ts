import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { ASKED_CALLBACK, ev, facts, flags } from "./fixtures.js";

/* Every evaluation builds its own decision: nothing of one answer may leak into another. */
describe("evaluate: every decision its own", () => {
  const asked = { now: "2026-03-16 12:00", events: [ev("voicemail", "2026-03-16 08:05", ASKED_CALLBACK)] };

  it("names the quiet hours of each evaluation, also when the settings change between calls", () => {
    const first = evaluate(facts({ ...asked, settings: { quietHours: { start: 21 * 60, end: 33 * 60 } } }));
    const second = evaluate(facts({ ...asked, settings: { quietHours: { start: 22 * 60, end: 30 * 60 } } }));
    const reason = (d: typeof first) => d.findings.find((f) => f.ruleId === "quiet-hours")?.reason;
    expect(reason(first)).toEqual({ code: "outside-quiet-hours", range: { start: 1260, end: 1980 } });
    expect(reason(second)).toEqual({ code: "outside-quiet-hours", range: { start: 1320, end: 1800 } });
    expect(reason(evaluate(facts(asked)))).toEqual(reason(first));
  });

  it("gives each decision its own request facts and flags", () => {
    const a = evaluate(facts(asked));
    const b = evaluate(facts({ ...asked, now: "2026-03-16 13:00", flags: flags(["trusted"]) }));
    expect(a.facts.lastRequest?.ageMinutes).toBe(235);
    expect(b.facts.lastRequest?.ageMinutes).toBe(295);
    expect(a.facts.flags).toEqual([]);
    expect(b.facts.flags).toEqual(["trusted"]);
    expect(a.findings.find((f) => f.ruleId === "asked-to-call")?.reason).toMatchObject({ code: "asked", request: { ageMinutes: 235 } });
  });

  it("reads the flags the same whatever shape the flag object has", () => {
    const set = flags(["smsonly", "blocked"]);
    const reordered = { blocked: set.blocked, nocall: undefined, smsonly: set.smsonly, someday: set.blocked };
    const bare = Object.assign(Object.create(null) as object, set);
    const expected = evaluate(facts({ ...asked, flags: set }));
    expect(expected.facts.flags).toEqual(["smsonly", "blocked"]);
    expect(evaluate(facts({ ...asked, flags: reordered as typeof set }))).toEqual(expected);
    expect(evaluate(facts({ ...asked, flags: bare }))).toEqual(expected);
    expect(evaluate(facts({ ...asked, flags: { nocall: undefined } })).facts.flags).toEqual([]);
  });

  it("hands out lists of its own, so changing one answer's lists changes no other", () => {
    const d = evaluate(facts(asked));
    expect(d.verdict).toBe("call");
    expect(d.wouldChange).toEqual([]);
    expect(d.outweighed).toEqual([]);
    (d.wouldChange as unknown[]).push(1);
    (d.outweighed as unknown[]).push(1);
    (d.hints as unknown[]).push(1);
    const next = evaluate(facts(asked));
    expect(next.wouldChange).toEqual([]);
    expect(next.outweighed).toEqual([]);
    expect(next.hints).toEqual([{ kind: "no-voicemail" }]);
  });
});
