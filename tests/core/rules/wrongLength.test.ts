import { describe, expect, it } from "vitest";
import { classifyNumber } from "../../../src/core/phone/index.js";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { ASKED_CALLBACK, ev, facts } from "./fixtures.js";

const MON = "2026-03-16";

describe("a number with digits missing or extra", () => {
  it("is rule 1, unparsable, with the digits it has and needs — never a landline", () => {
    const phone = classifyNumber("0151 2223334", "DE");
    const d = evaluate(facts({ now: `${MON} 12:00`, number: phone, events: [ev("callback-request", `${MON} 11:50`, ASKED_CALLBACK)] }));
    expect(d.verdict).toBe("none");
    expect(d.decided.map((f) => f.ruleId)).toEqual(["withheld"]);
    expect(d.decided[0]?.reason).toEqual({ code: "number-wrong-length", problem: "too-short", digits: 11, expectedDigits: [12], by: 1 });
    expect(d.findings.find((f) => f.ruleId === "landline")?.matched).toBe(false);
    expect(d.facts.number).toEqual({ kind: "invalid" });
  });

  it("names a number that is too long as such", () => {
    const d = evaluate(facts({ now: `${MON} 12:00`, number: classifyNumber("0171 234567890", "DE") }));
    expect(d.decided[0]?.reason).toEqual({ code: "number-wrong-length", problem: "too-long", digits: 13, expectedDigits: [11, 12], by: 1 });
  });

  it("keeps the number out of the decision", () => {
    const d = evaluate(facts({ now: `${MON} 12:00`, number: classifyNumber("0151 2223334", "DE") }));
    expect(JSON.stringify(d)).not.toContain("2223334");
  });
});
