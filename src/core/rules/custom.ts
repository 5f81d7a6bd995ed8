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

const clock = z.string().regex(CLOCK, "expected a clock time HH:MM, e.g. 09:00");
const weekday = z
  .union([z.int().min(0).max(6), z.enum(WEEKDAY_NAMES)], {
    error: 'expected a weekday: 0 (Sunday) to 6 (Saturday) or "sun" … "sat"',
  })
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
      value: z.union([value, z.array(value).min(1, "expected at least one value")], {
        error: `expected a value for ${fact}, or a list of them for in / notIn`,
      }),
    })
    .superRefine((parsed, ctx) => {
      const c = parsed as unknown as { readonly op: Op; readonly value: unknown };
      const listOp = c.op === "in" || c.op === "notIn";
      if (listOp !== Array.isArray(c.value)) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: listOp ? `op ${c.op} needs a list of values` : `op ${c.op} needs a single value, not a list`,
        });
      }
    });
}

const FactConditionSchema = z.discriminatedUnion("fact", [
  factSchema("number.line", SET_OPS, z.enum(["mobile", "landline", "mobile-or-landline", "special", "unknown"])),
  factSchema("number.country", SET_OPS, z.string().regex(/^[A-Z]{2}$/, "expected a country code like DE")),
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
    z.strictObject({ all: z.array(ConditionSchema).min(1, "expected at least one condition").max(20) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1, "expected at least one condition").max(20) }),
    z.strictObject({ not: ConditionSchema }),
    FactConditionSchema as z.ZodType<FactCondition>,
    z.strictObject({
      time: z
        .strictObject({ from: clock, to: clock })
        .refine((t) => t.from !== t.to, { message: "from and to must differ", path: ["to"] }),
    }),
    z.strictObject({ weekday: z.array(weekday).min(1, "expected at least one weekday") }),
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
      .max(40, "at most 40 characters")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug: lower-case letters, digits and dashes, e.g. no-calls-friday")
      .refine((id) => !RESERVED_IDS.includes(id), { message: "this id belongs to a built-in rule" }),
    verdict: z.enum(["call", "text", "later", "none"]),
    reason: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(200, "at most 200 characters")
      .refine((r) => !PHONE_LIKE.test(r), { message: "must not contain a phone number" }),
    when: ConditionSchema,
    until: clock.optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.verdict === "later" && rule.until === undefined) {
      ctx.addIssue({ code: "custom", path: ["until"], message: 'required when verdict is "later"' });
    }
    if (rule.verdict !== "later" && rule.until !== undefined) {
      ctx.addIssue({ code: "custom", path: ["until"], message: 'only allowed when verdict is "later"' });
    }
    if (depthOf(rule.when) > MAX_DEPTH) {
      ctx.addIssue({ code: "custom", path: ["when"], message: `nested deeper than ${MAX_DEPTH} levels` });
    }
  });

export type CustomRuleParse =
  | { readonly ok: true; readonly rule: CustomRule }
  | { readonly ok: false; readonly problems: string[] };

export function parseCustomRule(json: unknown): CustomRuleParse {
  const result = CustomRuleSchema.safeParse(json);
  if (result.success) return { ok: true, rule: result.data };
  const problems: string[] = [];
  for (const issue of result.error.issues) collectProblems(issue, [], json, problems);
  return { ok: false, problems: [...new Set(problems)] };
}

type Path = readonly PropertyKey[];

function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(rule)" : out;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Flattens zod issues; for a condition that matches no kind, reports the kind its key names. */
function collectProblems(issue: z.core.$ZodIssue, prefix: Path, root: unknown, out: string[]): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length === CONDITION_KEYS.length) {
    const input = valueAt(root, path);
    const index =
      input !== null && typeof input === "object" && !Array.isArray(input)
        ? CONDITION_KEYS.findIndex((k) => k in input)
        : -1;
    const branch = index >= 0 ? issue.errors[index] : undefined;
    if (branch === undefined) {
      out.push(`${formatPath(path)}: expected a condition with one of ${CONDITION_KEYS.join(", ")}`);
      return;
    }
    for (const inner of branch) collectProblems(inner, path, root, out);
    return;
  }
  if (issue.code === "invalid_union" && issue.errors.length === 0 && "discriminator" in issue) {
    out.push(`${formatPath(path)}: unknown fact; expected one of ${FACT_NAMES.join(", ")}`);
    return;
  }
  if (issue.code === "unrecognized_keys") {
    out.push(`${formatPath(path)}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}`);
    return;
  }
  out.push(`${formatPath(path)}: ${issue.message}`);
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
