import { describe, expect, it } from "vitest";
import { parseCustomRule } from "../../../src/core/rules/custom.js";
import { evaluate } from "../../../src/core/rules/evaluate.js";
import { ASKED_CALLBACK, ev, facts, flags, number } from "./fixtures.js";

const valid = {
  id: "no-austria",
  verdict: "none",
  reason: "Österreich nie",
  when: { fact: "number.country", op: "eq", value: "AT" },
};

function problems(json: unknown): string[] {
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

describe("parseCustomRule: each kind of problem is named with its path", () => {
  it.each([
    ["not an object", 42, "(rule): Invalid input: expected object, received number"],
    ["id not a slug", { ...valid, id: "No Austria" }, "id: expected a slug"],
    ["id of a built-in rule", { ...valid, id: "landline" }, "id: this id belongs to a built-in rule"],
    ["unknown verdict", { ...valid, verdict: "maybe" }, "verdict: Invalid option"],
    ["empty reason", { ...valid, reason: "   " }, "reason: must not be empty"],
    ["phone number in the reason", { ...valid, reason: "nie 0171 2345678" }, "reason: must not contain a phone number"],
    ["later without until", { ...valid, verdict: "later" }, 'until: required when verdict is "later"'],
    ["until on a none rule", { ...valid, until: "09:00" }, 'until: only allowed when verdict is "later"'],
    ["bad until clock", { ...valid, verdict: "later", until: "9 Uhr" }, "until: expected a clock time HH:MM"],
    ["unknown key in the rule", { ...valid, note: "x" }, '(rule): unknown key "note"'],
    ["unknown fact", { ...valid, when: { fact: "number.e164", op: "eq", value: "x" } }, "when.fact: unknown fact"],
    ["op not allowed for a fact", { ...valid, when: { fact: "number.foreign", op: "gt", value: true } }, "when.op: Invalid option"],
    ["wrong value type", { ...valid, when: { fact: "hour", op: "eq", value: "nine" } }, "when.value: expected a value for hour"],
    ["value out of range", { ...valid, when: { fact: "hour", op: "eq", value: 24 } }, "when.value"],
    ["list op with a single value", { ...valid, when: { fact: "flags", op: "in", value: "nocall" } }, "when.value: op in needs a list of values"],
    ["single op with a list", { ...valid, when: { fact: "flags", op: "eq", value: ["nocall"] } }, "when.value: op eq needs a single value, not a list"],
    ["unknown flag", { ...valid, when: { fact: "flags", op: "eq", value: "vip" } }, "when.value"],
    ["not a condition", { ...valid, when: { foo: 1 } }, "when: expected a condition with one of all, any, not, fact, time, weekday"],
    ["empty all", { ...valid, when: { all: [] } }, "when.all: expected at least one condition"],
    ["bad nested clock", { ...valid, when: { all: [{ weekday: [1] }, { time: { from: "25:00", to: "10:00" } }] } }, "when.all[1].time.from: expected a clock time HH:MM"],
    ["empty time window", { ...valid, when: { time: { from: "10:00", to: "10:00" } } }, "when.time.to: from and to must differ"],
    ["bad weekday", { ...valid, when: { weekday: ["monday"] } }, "when.weekday[0]: expected a weekday"],
    ["too deep", { ...valid, when: { not: { not: { not: { not: { not: { not: { weekday: [1] } } } } } } } }, "when: nested deeper than 6 levels"],
  ])("%s", (_name, json, expected) => {
    const found = problems(json);
    expect(found.some((p) => p.includes(expected)), found.join(" | ")).toBe(true);
  });

  it("reports several problems at once", () => {
    const found = problems({ id: "X", verdict: "later", reason: "", when: { fact: "hour", op: "eq", value: 1 } });
    expect(found.length).toBeGreaterThanOrEqual(3);
  });
});

describe("custom rules in evaluate", () => {
  const now = "2026-03-16 10:00";
  const callback = [ev("voicemail", "2026-03-16 09:30", ASKED_CALLBACK)];
  const rule = (when: unknown) => {
    const r = parseCustomRule({ id: "mine", verdict: "none", reason: "meine Regel", when });
    if (!r.ok) throw new Error(r.problems.join());
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
      expect(r.ok, r.ok ? "" : r.problems.join("; ")).toBe(true);
    }
  });
});
