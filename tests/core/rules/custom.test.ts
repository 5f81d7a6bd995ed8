import { describe, expect, it } from "vitest";
import { parseCustomRule, type RuleProblem } from "../../../src/core/rules/custom.js";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { ASKED_CALLBACK, ev, facts, flags, number } from "./fixtures.js";

const valid = {
  id: "no-austria",
  verdict: "none",
  reason: "Österreich nie",
  when: { fact: "number.country", op: "eq", value: "AT" },
};

function problems(json: unknown): RuleProblem[] {
  const r = parseCustomRule(json);
  if (r.ok) throw new Error("expected problems");
  return r.problems;
}

describe("parseCustomRule: valid rules", () => {
  it("accepts a fact rule", () => {
    expect(parseCustomRule(valid)).toEqual({ ok: true, rule: valid });
  });

  it("accepts nested all / any / not, weekday names and a time window", () => {
    const r = parseCustomRule({
      id: "weekend-evenings",
      verdict: "later",
      until: "10:00",
      reason: "  Wochenende abends nicht  ",
      when: { all: [{ weekday: ["sat", 0] }, { any: [{ time: { from: "20:00", to: "02:00" } }, { not: { fact: "hour", op: "lt", value: 20 } }] }] },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rule.reason).toBe("Wochenende abends nicht");
      expect(r.rule.when).toEqual({ all: [{ weekday: [6, 0] }, { any: [{ time: { from: "20:00", to: "02:00" } }, { not: { fact: "hour", op: "lt", value: 20 } }] }] });
      // A parsed rule parses again unchanged, so it can be stored as it is.
      expect(parseCustomRule(r.rule)).toEqual(r);
    }
  });

  it("accepts flags with in / notIn and every fact name", () => {
    const conditions = [
      { fact: "flags", op: "in", value: ["nocall", "forwarded"] },
      { fact: "number.line", op: "ne", value: "mobile" },
      { fact: "number.special", op: "eq", value: "premium" },
      { fact: "request.kind", op: "notIn", value: ["sms"] },
      { fact: "request.ageMinutes", op: "gt", value: 90 },
      { fact: "request.callback", op: "eq", value: false },
      { fact: "request.appointment", op: "eq", value: true },
      { fact: "calls.lastHour", op: "gte", value: 3 },
      { fact: "outcomes.someoneElse", op: "gt", value: 0 },
      { fact: "weekday", op: "in", value: ["mon", 2] },
    ];
    for (const when of conditions) expect(parseCustomRule({ ...valid, when }).ok, JSON.stringify(when)).toBe(true);
  });
});

describe("parseCustomRule: each kind of problem is named by its path and a code with its values", () => {
  it.each([
    ["not an object", 42, { path: "", code: "type", expected: "object" }],
    ["id not a slug", { ...valid, id: "No Austria" }, { path: "id", code: "slug" }],
    ["id too long", { ...valid, id: "a".repeat(41) }, { path: "id", code: "too-big", origin: "string", maximum: 40 }],
    ["id of a built-in rule", { ...valid, id: "landline" }, { path: "id", code: "reserved-id" }],
    ["unknown verdict", { ...valid, verdict: "maybe" }, { path: "verdict", code: "one-of", values: ["call", "text", "later", "none"] }],
    ["empty reason", { ...valid, reason: "   " }, { path: "reason", code: "too-small", origin: "string", minimum: 1 }],
    ["phone number in the reason", { ...valid, reason: "nie 0171 2345678" }, { path: "reason", code: "phone-number" }],
    ["later without until", { ...valid, verdict: "later" }, { path: "until", code: "until-required" }],
    ["until on a none rule", { ...valid, until: "09:00" }, { path: "until", code: "until-only-later" }],
    ["bad until clock", { ...valid, verdict: "later", until: "9 Uhr" }, { path: "until", code: "clock" }],
    ["unknown key in the rule", { ...valid, note: "x" }, { path: "", code: "unknown-key", keys: ["note"] }],
    ["unknown fact", { ...valid, when: { fact: "number.e164", op: "eq", value: "x" } }, { path: "when.fact", code: "unknown-fact" }],
    ["op not allowed for a fact", { ...valid, when: { fact: "number.foreign", op: "gt", value: true } }, { path: "when.op", code: "one-of", values: ["eq", "ne"] }],
    ["wrong value type", { ...valid, when: { fact: "hour", op: "eq", value: "nine" } }, { path: "when.value", code: "fact-value", fact: "hour" }],
    ["value out of range", { ...valid, when: { fact: "hour", op: "eq", value: 24 } }, { path: "when.value", code: "too-big", origin: "number", maximum: 23 }],
    ["bad country code", { ...valid, when: { fact: "number.country", op: "eq", value: "de" } }, { path: "when.value", code: "country" }],
    ["list op with a single value", { ...valid, when: { fact: "flags", op: "in", value: "nocall" } }, { path: "when.value", code: "needs-list", op: "in" }],
    ["single op with a list", { ...valid, when: { fact: "flags", op: "eq", value: ["nocall"] } }, { path: "when.value", code: "needs-single", op: "eq" }],
    ["unknown flag", { ...valid, when: { fact: "flags", op: "eq", value: "vip" } }, { path: "when.value", code: "fact-value", fact: "flags" }],
    ["not a condition", { ...valid, when: { foo: 1 } }, { path: "when", code: "no-condition" }],
    ["empty all", { ...valid, when: { all: [] } }, { path: "when.all", code: "too-small", origin: "array", minimum: 1 }],
    ["bad nested clock", { ...valid, when: { all: [{ weekday: [1] }, { time: { from: "25:00", to: "10:00" } }] } }, { path: "when.all[1].time.from", code: "clock" }],
    ["empty time window", { ...valid, when: { time: { from: "10:00", to: "10:00" } } }, { path: "when.time.to", code: "same-times" }],
    ["bad weekday", { ...valid, when: { weekday: ["monday"] } }, { path: "when.weekday[0]", code: "weekday" }],
    ["missing key", { id: "x", verdict: "none", reason: "r" }, { path: "when", code: "missing" }],
    ["missing value", { ...valid, when: { fact: "hour", op: "eq" } }, { path: "when.value", code: "missing" }],
    ["missing verdict", { ...valid, verdict: undefined }, { path: "verdict", code: "missing" }],
    ["too deep", { ...valid, when: { not: { not: { not: { not: { not: { not: { weekday: [1] } } } } } } } }, { path: "when", code: "too-deep", max: 6 }],
  ] as const)("%s", (_name, json, expected) => {
    expect(problems(json)).toContainEqual(expected);
  });

  it("reports several problems at once, each once, and no sentence", () => {
    const found = problems({ id: "X", verdict: "later", reason: "", when: { fact: "hour", op: "eq", value: 1 } });
    expect(found).toEqual([
      { path: "id", code: "slug" },
      { path: "reason", code: "too-small", origin: "string", minimum: 1 },
      { path: "until", code: "until-required" },
    ]);
  });
});

describe("custom rules in evaluate", () => {
  const now = "2026-03-16 10:00";
  const callback = [ev("voicemail", "2026-03-16 09:30", ASKED_CALLBACK)];
  const rule = (when: unknown) => {
    const r = parseCustomRule({ id: "mine", verdict: "none", reason: "meine Regel", when });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.rule;
  };
  const verdictWith = (when: unknown, over: Parameters<typeof facts>[0] = { now, events: callback }) =>
    evaluate(facts(over), { customRules: [rule(when)] }).verdict;

  it("reads each fact", () => {
    expect(verdictWith({ fact: "number.line", op: "eq", value: "mobile" })).toBe("none");
    expect(verdictWith({ fact: "number.country", op: "eq", value: "DE" })).toBe("none");
    expect(verdictWith({ fact: "number.special", op: "eq", value: "premium" })).toBe("call");
    expect(verdictWith({ fact: "number.special", op: "ne", value: "premium" })).toBe("call"); // a missing fact satisfies nothing
    expect(verdictWith({ fact: "request.kind", op: "eq", value: "voicemail" })).toBe("none");
    expect(verdictWith({ fact: "request.ageMinutes", op: "gte", value: 30 })).toBe("none");
    expect(verdictWith({ fact: "request.ageMinutes", op: "gt", value: 30 })).toBe("call");
    expect(verdictWith({ fact: "request.callback", op: "eq", value: true })).toBe("none");
    expect(verdictWith({ fact: "request.appointment", op: "eq", value: true })).toBe("call");
    expect(verdictWith({ fact: "calls.lastHour", op: "eq", value: 1 })).toBe("none");
    expect(verdictWith({ fact: "outcomes.someoneElse", op: "eq", value: 0 })).toBe("none");
    expect(verdictWith({ fact: "hour", op: "eq", value: 10 })).toBe("none");
    expect(verdictWith({ fact: "weekday", op: "eq", value: "mon" })).toBe("none");
    expect(verdictWith({ weekday: [2] })).toBe("call");
    expect(verdictWith({ time: { from: "09:00", to: "10:00" } })).toBe("call");
    expect(verdictWith({ time: { from: "22:00", to: "10:01" } })).toBe("none");
    expect(verdictWith({ fact: "flags", op: "notIn", value: ["nocall"] })).toBe("none");
    expect(verdictWith({ fact: "flags", op: "eq", value: "trusted" }, { now, events: callback, flags: flags(["trusted"]) })).toBe("none");
    expect(verdictWith({ fact: "number.foreign", op: "eq", value: true }, { now, events: callback, number: number({ foreign: true, country: "AT" }) })).toBe("none");
  });

  it("combines all / any / not", () => {
    expect(verdictWith({ all: [{ weekday: [1] }, { fact: "hour", op: "lt", value: 9 }] })).toBe("call");
    expect(verdictWith({ any: [{ weekday: [0] }, { fact: "hour", op: "lt", value: 11 }] })).toBe("none");
    expect(verdictWith({ not: { weekday: [1] } })).toBe("call");
  });
});

describe("README-rules.md examples", () => {
  it("every example rule parses", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../../../src/core/rules/README-rules.md", import.meta.url), "utf8");
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.includes('"when"') && !b.includes("…"));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      const r = parseCustomRule(JSON.parse(block));
      expect(r.ok, r.ok ? "" : JSON.stringify(r.problems)).toBe(true);
    }
  });
});
