import { z } from "zod";
import type { Weekday } from "../time/types.js";
import { DEFAULT_RULE_IDS, NOTHING_ALLOWS_ID, UNKNOWN_CLOCK_ID, type Finding } from "./decision.js";
import type { FactView } from "./factView.js";
import { FLAG_NAMES, type FlagName, type Verdict } from "./types.js";
import { nextClockAt } from "./wallClock.js";

/*
 * Her own rules: small JSON objects that sit next to the default practice and are combined with
 * it by severity, so a custom rule can make an answer stricter but never soften a default one.
 */

export const FACT_NAMES = [
  "number.line",
  "number.country",
  "number.foreign",
  "number.special",
  "flags",
  "request.kind",
  "request.ageMinutes",
  "request.callback",
  "request.appointment",
  "calls.lastHour",
  "outcomes.someoneElse",
  "hour",
  "weekday",
] as const;
export type FactName = (typeof FACT_NAMES)[number];

export const OPS = ["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn"] as const;
export type Op = (typeof OPS)[number];
export type FactValue = string | number | boolean;

export interface FactCondition {
  readonly fact: FactName;
  readonly op: Op;
  readonly value: FactValue | readonly FactValue[];
}
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FactCondition
  /** Wall clock in her zone; `to` before `from` runs past midnight. */
  | { readonly time: { readonly from: string; readonly to: string } }
  | { readonly weekday: readonly Weekday[] };

export interface CustomRule {
  readonly id: string;
  readonly verdict: Verdict;
  /** Her own words, shown as the reason. */
  readonly reason: string;
  readonly when: Condition;
  /** For verdict "later": the clock time from which contact is allowed again. */
  readonly until?: string;
}

const MAX_DEPTH = 6;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Six or more digits, possibly grouped: reasons are shown in replies and must not carry a number. */
const PHONE_LIKE = /(?:\d[\s/.\-]?){6,}/;
const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/*
 * Problems are codes, worded by the bot in her language: where the schema names a problem of
 * its own, its message is the code (see RuleProblem); zod's own issues are read by kind.
 */
const clock = z.string().regex(CLOCK, "clock");
const weekday = z
  .union([z.int().min(0).max(6), z.enum(WEEKDAY_NAMES)], { error: "weekday" })
  .transform((d): Weekday => (typeof d === "number" ? (d as Weekday) : (WEEKDAY_NAMES.indexOf(d) as Weekday)));

const SET_OPS = ["eq", "ne", "in", "notIn"] as const;
const BOOL_OPS = ["eq", "ne"] as const;

function factSchema<const F extends FactName, const O extends readonly [Op, ...Op[]], V extends z.ZodType>(
  fact: F,
  ops: O,
  value: V,
) {
  return z
    .strictObject({
      fact: z.literal(fact),
      op: z.enum(ops),
      value: z.union([value, z.array(value).min(1)], { error: "fact-value" }),
    })
    .superRefine((parsed, ctx) => {
      const c = parsed as unknown as { readonly op: Op; readonly value: unknown };
      const listOp = c.op === "in" || c.op === "notIn";
      if (listOp !== Array.isArray(c.value)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: listOp ? "needs-list" : "needs-single", params: { op: c.op } });
      }
    });
}

const FactConditionSchema = z.discriminatedUnion("fact", [
  factSchema("number.line", SET_OPS, z.enum(["mobile", "landline", "mobile-or-landline", "special", "unknown"])),
  factSchema("number.country", SET_OPS, z.string().regex(/^[A-Z]{2}$/, "country")),
  factSchema("number.foreign", BOOL_OPS, z.boolean()),
  factSchema(
    "number.special",
    SET_OPS,
    z.enum(["shared-cost", "premium", "toll-free", "personal", "pager", "voicemail", "uan", "voip"]),
  ),
  factSchema("flags", SET_OPS, z.enum(FLAG_NAMES)),
  factSchema("request.kind", SET_OPS, z.enum(["missed-call", "voicemail", "sms", "callback-request"])),
  factSchema("request.ageMinutes", OPS, z.number().min(0)),
  factSchema("request.callback", BOOL_OPS, z.boolean()),
  factSchema("request.appointment", BOOL_OPS, z.boolean()),
  factSchema("calls.lastHour", OPS, z.int().min(0)),
  factSchema("outcomes.someoneElse", OPS, z.int().min(0)),
  factSchema("hour", OPS, z.int().min(0).max(23)),
  factSchema("weekday", OPS, weekday),
]);

const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(20) }),
    z.strictObject({ not: ConditionSchema }),
    FactConditionSchema as z.ZodType<FactCondition>,
    z.strictObject({
      time: z
        .strictObject({ from: clock, to: clock })
        .refine((t) => t.from !== t.to, { message: "same-times", path: ["to"] }),
    }),
    z.strictObject({ weekday: z.array(weekday).min(1) }),
  ]),
);
/** The key that tells which kind of condition an object means, in the union's order. */
const CONDITION_KEYS = ["all", "any", "not", "fact", "time", "weekday"] as const;

const RESERVED_IDS: readonly string[] = [...DEFAULT_RULE_IDS, NOTHING_ALLOWS_ID, UNKNOWN_CLOCK_ID];

function depthOf(c: Condition): number {
  if ("all" in c) return 1 + Math.max(0, ...c.all.map(depthOf));
  if ("any" in c) return 1 + Math.max(0, ...c.any.map(depthOf));
  if ("not" in c) return 1 + depthOf(c.not);
  return 1;
}

const CustomRuleSchema = z
  .strictObject({
    id: z
      .string()
      .max(40)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug")
      .refine((id) => !RESERVED_IDS.includes(id), { message: "reserved-id" }),
    verdict: z.enum(["call", "text", "later", "none"]),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((r) => !PHONE_LIKE.test(r), { message: "phone-number" }),
    when: ConditionSchema,
    until: clock.optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.verdict === "later" && rule.until === undefined) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "until-required" });
    }
    if (rule.verdict !== "later" && rule.until !== undefined) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "until-only-later" });
    }
    if (depthOf(rule.when) > MAX_DEPTH) {
      ctx.addIssue({ code: "custom", path: ["when"], message: "too-deep", params: { max: MAX_DEPTH } });
    }
  });

/** Problems the schema names by its message alone. */
const MESSAGE_CODES = [
  "clock",
  "weekday",
  "country",
  "slug",
  "reserved-id",
  "phone-number",
  "same-times",
  "until-required",
  "until-only-later",
] as const;
type MessageCode = (typeof MESSAGE_CODES)[number];
const isMessageCode = (message: string): message is MessageCode => (MESSAGE_CODES as readonly string[]).includes(message);

/**
 * Why one of her rules was refused, as a code with its values (the bot words it): where, as a
 * path like "when.all[0].op" ("" for the rule as a whole), and what.
 */
export type RuleProblem = { readonly path: string } & (
  | { readonly code: MessageCode | "missing" | "unknown-fact" | "no-condition" | "invalid" }
  /** Another kind of value was expected: "object", "array", "string", "number", "int", "boolean". */
  | { readonly code: "type"; readonly expected: string }
  | { readonly code: "one-of"; readonly values: readonly string[] }
  /** A text, a list or a number below its least ("string", "array", "number"). */
  | { readonly code: "too-small"; readonly origin: string; readonly minimum: number }
  | { readonly code: "too-big"; readonly origin: string; readonly maximum: number }
  | { readonly code: "unknown-key"; readonly keys: readonly string[] }
  /** No value of the kind `fact` takes, nor a list of them. */
  | { readonly code: "fact-value"; readonly fact: string }
  /** `op` takes a list (in, notIn), or a single value (the others). */
  | { readonly code: "needs-list" | "needs-single"; readonly op: string }
  | { readonly code: "too-deep"; readonly max: number }
  /** From adding it to the rules she has: the id is taken, or she has `max` rules already. */
  | { readonly code: "id-taken"; readonly id: string }
  | { readonly code: "too-many"; readonly max: number }
);

export type CustomRuleParse =
  | { readonly ok: true; readonly rule: CustomRule }
  | { readonly ok: false; readonly problems: RuleProblem[] };

export function parseCustomRule(json: unknown): CustomRuleParse {
  const result = CustomRuleSchema.safeParse(json);
  if (result.success) return { ok: true, rule: result.data };
  const problems: RuleProblem[] = [];
  for (const issue of result.error.issues) collectProblems(issue, [], json, problems);
  // One mistake can reach several branches of the schema: each problem once.
  const unique = new Map(problems.map((p) => [JSON.stringify(p), p]));
  return { ok: false, problems: [...unique.values()] };
}

type Path = readonly PropertyKey[];

function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What one zod issue says, as a problem code with its values. */
function problemOf(issue: z.core.$ZodIssue, path: Path, root: unknown): RuleProblem {
  const at = formatPath(path);
  if (isMessageCode(issue.message)) return { path: at, code: issue.message };
  // A key she left out: zod reads it as a value of the wrong kind.
  const missing = path.length > 0 && valueAt(root, path) === undefined;
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return { path: at, code: "missing" };
  }
  switch (issue.code) {
    case "invalid_type":
      return { path: at, code: "type", expected: issue.expected };
    case "invalid_value":
      return { path: at, code: "one-of", values: issue.values.map(String) };
    case "too_small":
      return { path: at, code: "too-small", origin: issue.origin, minimum: Number(issue.minimum) };
    case "too_big":
      return { path: at, code: "too-big", origin: issue.origin, maximum: Number(issue.maximum) };
    case "unrecognized_keys":
      return { path: at, code: "unknown-key", keys: issue.keys };
    case "invalid_union":
      if (issue.message === "fact-value") return { path: at, code: "fact-value", fact: String(valueAt(root, [...path.slice(0, -1), "fact"])) };
      return { path: at, code: "invalid" };
    case "custom": {
      const params = (issue.params ?? {}) as { op?: unknown; max?: unknown };
      if (issue.message === "needs-list" || issue.message === "needs-single") return { path: at, code: issue.message, op: String(params.op) };
      if (issue.message === "too-deep") return { path: at, code: "too-deep", max: Number(params.max) };
      return { path: at, code: "invalid" };
    }
    default:
      return { path: at, code: "invalid" };
  }
}

/** Flattens zod issues; for a condition that matches no kind, reports the kind its key names. */
function collectProblems(issue: z.core.$ZodIssue, prefix: Path, root: unknown, out: RuleProblem[]): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length === CONDITION_KEYS.length) {
    const input = valueAt(root, path);
    const index =
      input !== null && typeof input === "object" && !Array.isArray(input)
        ? CONDITION_KEYS.findIndex((k) => k in input)
        : -1;
    const branch = index >= 0 ? issue.errors[index] : undefined;
    if (branch === undefined) {
      out.push({ path: formatPath(path), code: input === undefined ? "missing" : "no-condition" });
      return;
    }
    for (const inner of branch) collectProblems(inner, path, root, out);
    return;
  }
  if (issue.code === "invalid_union" && issue.errors.length === 0 && "discriminator" in issue) {
    out.push({ path: formatPath(path), code: "unknown-fact" });
    return;
  }
  out.push(problemOf(issue, path, root));
}

// ---- evaluation -------------------------------------------------------------------------------

/** "HH:MM" (checked by the schema) as minutes of the day. */
function clockMinutes(text: string): number {
  const [hours, minutes] = text.split(":").map(Number);
  return hours! * 60 + minutes!;
}

function factOf(view: FactView, name: Exclude<FactName, "flags">): FactValue | undefined {
  const number = view.facts.number;
  const request = view.lastRequest;
  switch (name) {
    case "number.line":
      return number.kind === "number" ? number.line : undefined;
    case "number.country":
      return number.kind === "number" ? number.country : undefined;
    case "number.foreign":
      return number.kind === "number" ? number.foreign : undefined;
    case "number.special":
      return number.kind === "number" ? number.special : undefined;
    case "request.kind":
      return request?.kind;
    case "request.ageMinutes":
      return request?.ageMinutes;
    case "request.callback":
      return request === undefined ? undefined : view.callbackRequest !== undefined;
    case "request.appointment":
      return request === undefined ? undefined : request.asked.appointment !== undefined;
    case "calls.lastHour":
      return view.callsLastHour;
    case "outcomes.someoneElse":
      return view.someoneElseCount;
    case "hour":
      return Math.floor(view.wall.minuteOfDay / 60);
    case "weekday":
      return view.wall.weekday;
  }
}

function compare(actual: FactValue | undefined, op: Op, value: FactValue | readonly FactValue[]): boolean {
  // A fact that is not there (no request, no special kind) satisfies no comparison.
  if (actual === undefined) return false;
  switch (op) {
    case "eq":
      return actual === value;
    case "ne":
      return actual !== value;
    case "lt":
      return actual < (value as FactValue);
    case "lte":
      return actual <= (value as FactValue);
    case "gt":
      return actual > (value as FactValue);
    case "gte":
      return actual >= (value as FactValue);
    case "in":
      return Array.isArray(value) && value.includes(actual);
    case "notIn":
      return Array.isArray(value) && !value.includes(actual);
  }
}

function flagsMatch(view: FactView, op: Op, value: FactValue | readonly FactValue[]): boolean {
  const flags = view.flags;
  const has = (f: FactValue) => flags.has(f as FlagName);
  switch (op) {
    case "eq":
      return has(value as FactValue);
    case "ne":
      return !has(value as FactValue);
    case "in":
      return Array.isArray(value) && value.some(has);
    case "notIn":
      return Array.isArray(value) && !value.some(has);
    default:
      return false;
  }
}

export function conditionHolds(c: Condition, view: FactView): boolean {
  if ("all" in c) {
    for (const inner of c.all) if (!conditionHolds(inner, view)) return false;
    return true;
  }
  if ("any" in c) {
    for (const inner of c.any) if (conditionHolds(inner, view)) return true;
    return false;
  }
  if ("not" in c) return !conditionHolds(c.not, view);
  if ("fact" in c) {
    return c.fact === "flags" ? flagsMatch(view, c.op, c.value) : compare(factOf(view, c.fact), c.op, c.value);
  }
  if ("time" in c) {
    const m = view.wall.minuteOfDay;
    const from = clockMinutes(c.time.from);
    const to = clockMinutes(c.time.to);
    return from < to ? from <= m && m < to : m >= from || m < to;
  }
  return c.weekday.includes(view.wall.weekday);
}

export function checkCustomRule(rule: CustomRule, view: FactView): Finding {
  const id = { ruleId: rule.id, custom: true } as const;
  if (!conditionHolds(rule.when, view)) return { ...id, matched: false, reason: { code: "custom-not-matched" } };
  const reason = { code: "custom", text: rule.reason } as const;
  switch (rule.verdict) {
    case "text": {
      const fits = view.textFit.fits;
      return { ...id, matched: true, verdict: fits ? "text" : "none", textFits: fits, reason };
    }
    case "later": {
      const until = nextClockAt(view.timeZone, view.wall, clockMinutes(rule.until ?? "00:00"), view.offsets);
      return { ...id, matched: true, verdict: "later", until, reason };
    }
    default:
      return { ...id, matched: true, verdict: rule.verdict, reason };
  }
}
