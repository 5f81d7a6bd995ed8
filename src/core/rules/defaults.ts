import type { DefaultRuleId, Finding, Reason } from "./decision.js";
import { requestFact, type FactView } from "./factView.js";
import type { FlagName, Verdict } from "./types.js";
import { dailyRangeEndAt, inWeekly, nextDayStartAt, nextWeeklyStartAt, wallTime, type WallTime } from "./wallClock.js";

export interface DefaultRule {
  readonly id: DefaultRuleId;
  readonly check: (view: FactView) => Finding;
}

const miss = (ruleId: DefaultRuleId, reason: Reason): Finding => ({ ruleId, custom: false, matched: false, reason });
const hit = (ruleId: DefaultRuleId, verdict: Verdict, reason: Reason): Finding => ({ ruleId, custom: false, matched: true, verdict, reason });
/** "💬 if a text fits, else ⛔". */
const textOrNone = (ruleId: DefaultRuleId, view: FactView, reason: Reason): Finding => {
  const fits = view.textFit.fits;
  return { ruleId, custom: false, matched: true, verdict: fits ? "text" : "none", textFits: fits, reason };
};
/** "⏳ until then", or "⛔" when the rule does not end within reach. */
const later = (ruleId: DefaultRuleId, until: number | undefined, reason: Reason): Finding =>
  until === undefined ? hit(ruleId, "none", reason) : { ruleId, custom: false, matched: true, verdict: "later", until, reason };

/** The reason of a flag that is set, or undefined. */
function flagSet(view: FactView, flag: FlagName): Reason | undefined {
  const mark = view.flags.get(flag);
  return mark === undefined ? undefined : { code: "flag-set", flag, at: mark.at, by: mark.by };
}

/** A rule that only looks at one flag. */
function flagRule(id: DefaultRuleId & FlagName, matched: (view: FactView, reason: Reason) => Finding): DefaultRule {
  return {
    id,
    check: (view) => {
      const set = flagSet(view, id);
      return set ? matched(view, set) : miss(id, { code: "flag-unset", flag: id });
    },
  };
}

/** The time-of-day rules, also asked about later instants to find when all of them allow contact. */
export const TIME_RULES = {
  "outside-allowed-hours": (view: FactView, at: WallTime): Finding => {
    const hours = view.facts.allowedHours;
    if (hours === undefined) return miss("outside-allowed-hours", { code: "no-allowed-hours" });
    if (inWeekly(hours, at)) return miss("outside-allowed-hours", { code: "inside-allowed-hours" });
    const next = nextWeeklyStartAt(view.timeZone, at, hours, 14, view.offsets);
    return later("outside-allowed-hours", next, { code: "outside-allowed-hours", next });
  },
  "call-days": (view: FactView, at: WallTime): Finding => {
    const days = view.settings.callDays;
    if (days.includes(at.weekday)) return miss("call-days", { code: "call-day", weekday: at.weekday });
    const next = nextDayStartAt(view.timeZone, at, days, view.offsets);
    return later("call-days", next, { code: "not-a-call-day", weekday: at.weekday, next });
  },
  "quiet-hours": (view: FactView, at: WallTime): Finding => {
    const range = view.settings.quietHours;
    if (range === null) return miss("quiet-hours", { code: "no-quiet-hours" });
    // A range of a whole day or more never ends.
    if (range.end - range.start >= 1440) return later("quiet-hours", undefined, { code: "quiet-hours", range });
    const end = dailyRangeEndAt(view.timeZone, at, range, view.offsets);
    if (end === undefined) return miss("quiet-hours", { code: "outside-quiet-hours", range });
    return later("quiet-hours", end, { code: "quiet-hours", range, end });
  },
} as const satisfies Partial<Record<DefaultRuleId, (view: FactView, at: WallTime) => Finding>>;
export type TimeRuleId = keyof typeof TIME_RULES;
export const TIME_RULE_IDS = Object.keys(TIME_RULES) as TimeRuleId[];

/**
 * The earliest instant from `from` on at which no enabled time rule holds, or undefined when
 * that is not within reach (e.g. quiet hours ending where allowed hours have already closed).
 */
export function firstFreeInstant(view: FactView, from: number, enabled: readonly TimeRuleId[]): number | undefined {
  let t = from;
  for (let round = 0; round < 8; round++) {
    const at = wallTime(view.timeZone, t, view.offsets);
    let next = t;
    for (const id of enabled) {
      const f = TIME_RULES[id](view, at);
      if (!f.matched) continue;
      if (f.until === undefined) return undefined;
      next = Math.max(next, f.until);
    }
    if (next === t) return t;
    t = next;
  }
  return undefined;
}

/** The default practice, in the order of the domain table. */
export const DEFAULT_RULES: readonly DefaultRule[] = [
  {
    id: "warnlist",
    check: (view) => {
      const listed = view.facts.warnList;
      return listed === undefined ? miss("warnlist", { code: "warning-list" }) : hit("warnlist", "none", { code: "warning-list", reason: listed.reason });
    },
  },
  {
    id: "withheld",
    check: (view) => {
      const number = view.facts.number;
      if (number.kind === "withheld") return hit("withheld", "none", { code: "number-withheld" });
      if (number.kind === "invalid") {
        const wrong = number.wrongLength;
        if (wrong === undefined) return hit("withheld", "none", { code: "number-invalid" });
        const { problem, digits, expectedDigits, by } = wrong;
        return hit("withheld", "none", { code: "number-wrong-length", problem, digits, expectedDigits, by });
      }
      return miss("withheld", { code: "number-usable", line: number.line });
    },
  },
  flagRule("blocked", (_view, set) => hit("blocked", "none", set)),
  {
    id: "landline",
    check: (view) => {
      const number = view.facts.number;
      if (number.kind !== "number") return miss("landline", { code: "no-number", kind: number.kind });
      switch (view.landlineBy) {
        case "line":
          return hit("landline", "none", { code: "line-landline", line: number.line });
        case "flag":
          return hit("landline", "none", flagSet(view, "landline")!);
        case "maybe":
          return hit("landline", "none", { code: "line-maybe-landline", line: number.line });
        default:
          return miss("landline", { code: "line-not-landline", line: number.line });
      }
    },
  },
  {
    id: "someone-else-answered",
    check: (view) => {
      if (view.someoneElseLastAt !== undefined) {
        return textOrNone("someone-else-answered", view, { code: "someone-else-answered", at: view.someoneElseLastAt });
      }
      const forwarded = flagSet(view, "forwarded");
      return forwarded
        ? textOrNone("someone-else-answered", view, forwarded)
        : miss("someone-else-answered", { code: "nobody-else-answered" });
    },
  },
  flagRule("nocall", (view, set) => textOrNone("nocall", view, set)),
  flagRule("smsonly", (view, set) => textOrNone("smsonly", view, set)),
  // Takes the text option away; decides only where that leaves a stricter answer (see evaluate).
  flagRule("nosms", (_view, set) => ({ ruleId: "nosms", custom: false, matched: true, textFits: false, modifier: "no-text", reason: set })),
  {
    id: "no-fresh-request",
    check: (view) => {
      if (view.lastRequest !== undefined) {
        return miss("no-fresh-request", { code: "fresh-request", request: view.lastRequest });
      }
      const answered = view.answered;
      if (answered !== undefined && answered.at >= view.now - view.freshnessMs) {
        return hit("no-fresh-request", "none", { code: "request-answered", outcome: answered.outcome, at: answered.at });
      }
      return hit("no-fresh-request", "none", {
        code: "no-fresh-request",
        freshnessHours: view.settings.freshnessHours,
        last: view.lastAny && requestFact(view.lastAny, view.now),
      });
    },
  },
  {
    id: "not-asked-to-call",
    check: (view) => {
      if (view.lastRequest === undefined) return miss("not-asked-to-call", view.askedReason);
      if (view.callbackRequest !== undefined) return miss("not-asked-to-call", view.askedReason);
      return textOrNone("not-asked-to-call", view, view.askedReason);
    },
  },
  { id: "outside-allowed-hours", check: (view) => TIME_RULES["outside-allowed-hours"](view, view.wall) },
  { id: "call-days", check: (view) => TIME_RULES["call-days"](view, view.wall) },
  { id: "quiet-hours", check: (view) => TIME_RULES["quiet-hours"](view, view.wall) },
  // Never decides: a trusted client is still subject to every other rule.
  flagRule("trusted", (_view, set) => ({ ruleId: "trusted", custom: false, matched: true, modifier: "no-override", reason: set })),
  {
    id: "asked-to-call",
    check: (view) =>
      view.callbackRequest !== undefined ? hit("asked-to-call", "call", view.askedReason) : miss("asked-to-call", view.askedReason),
  },
];
