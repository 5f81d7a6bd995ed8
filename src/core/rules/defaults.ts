import type { DefaultRuleId, Finding, Reason } from "./decision.js";
import { NO_REQUEST, requestFact, type FactView } from "./factView.js";
import type { LineType } from "../phone/types.js";
import type { TimeRange, Weekday } from "../time/types.js";
import type { FlagMark, FlagName, Verdict } from "./types.js";
import {
  dailyRangeEndAt,
  inWeekly,
  nextDayStartAt,
  nextWeeklyStartAt,
  wallTime,
  type WallTime,
} from "./wallClock.js";

export interface DefaultRule {
  readonly id: DefaultRuleId;
  readonly check: (view: FactView) => Finding;
}

/** Every finding has the same shape so the engine's hot loop stays monomorphic. Findings are
 *  read-only, and the ones that do not depend on the facts are built once and shared. They are
 *  not frozen: a frozen object has another shape, and the hot loop would no longer be. */
export function finding(
  ruleId: string,
  custom: boolean,
  matched: boolean,
  verdict: Verdict | undefined,
  textFits: boolean | undefined,
  until: number | undefined,
  modifier: Finding["modifier"],
  reason: Reason,
): Finding {
  return { ruleId, custom, matched, verdict, textFits, until, modifier, reason };
}

const miss = (id: DefaultRuleId, reason: Reason): Finding =>
  finding(id, false, false, undefined, undefined, undefined, undefined, reason);
const hit = (id: DefaultRuleId, verdict: Verdict, reason: Reason): Finding =>
  finding(id, false, true, verdict, undefined, undefined, undefined, reason);
/** "💬 if a text fits, else ⛔". */
const textOrNone = (id: DefaultRuleId, view: FactView, reason: Reason): Finding =>
  finding(id, false, true, view.textFit.fits ? "text" : "none", view.textFit.fits, undefined, undefined, reason);
const later = (id: DefaultRuleId, until: number | undefined, reason: Reason): Finding =>
  until === undefined
    ? hit(id, "none", reason)
    : finding(id, false, true, "later", undefined, until, undefined, reason);

const unsetFlag = (id: DefaultRuleId, flag: FlagName) => miss(id, { code: "flag-unset", flag });
const MISS_BLOCKED = unsetFlag("blocked", "blocked");
const MISS_NOCALL = unsetFlag("nocall", "nocall");
const MISS_SMSONLY = unsetFlag("smsonly", "smsonly");
const MISS_NOSMS = unsetFlag("nosms", "nosms");
const MISS_TRUSTED = unsetFlag("trusted", "trusted");
const LINES: readonly LineType[] = ["mobile", "landline", "mobile-or-landline", "special", "unknown"];
const perLine = (make: (line: LineType) => Finding): Readonly<Record<LineType, Finding>> =>
  Object.fromEntries(LINES.map((line) => [line, make(line)])) as Record<LineType, Finding>;
const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const MISS_CALL_DAY = WEEKDAYS.map((weekday) => miss("call-days", { code: "call-day", weekday }));
const MISS_WITHHELD = perLine((line) => miss("withheld", { code: "number-usable", line }));
const MISS_LANDLINE = perLine((line) => miss("landline", { code: "line-not-landline", line }));

function flagSet(flag: FlagName, mark: FlagMark | undefined): Reason | undefined {
  return mark === undefined ? undefined : { code: "flag-set", flag, at: mark.at, by: mark.by };
}

const HIT_WITHHELD = hit("withheld", "none", { code: "number-withheld" });
const HIT_INVALID = hit("withheld", "none", { code: "number-invalid" });
const MISS_LANDLINE_WITHHELD = miss("landline", { code: "no-number", kind: "withheld" });
const MISS_LANDLINE_INVALID = miss("landline", { code: "no-number", kind: "invalid" });
const MISS_NOT_ASKED_NO_REQUEST = miss("not-asked-to-call", NO_REQUEST);
const MISS_ASKED_NO_REQUEST = miss("asked-to-call", NO_REQUEST);
const MISS_NO_ALLOWED_HOURS = miss("outside-allowed-hours", { code: "no-allowed-hours" });
const MISS_INSIDE_ALLOWED_HOURS = miss("outside-allowed-hours", { code: "inside-allowed-hours" });
const MISS_NO_QUIET_HOURS = miss("quiet-hours", { code: "no-quiet-hours" });
const MISS_NOBODY_ELSE = miss("someone-else-answered", { code: "nobody-else-answered" });

/* Quiet hours are one setting that rarely changes: the finding for "outside them" is kept for
 * the range object last seen. */
let outsideQuietRange: TimeRange | undefined;
let outsideQuiet: Finding | undefined;
function missOutsideQuiet(range: TimeRange): Finding {
  if (range !== outsideQuietRange || outsideQuiet === undefined) {
    outsideQuiet = miss("quiet-hours", { code: "outside-quiet-hours", range });
    outsideQuietRange = range;
  }
  return outsideQuiet;
}

/** The time-of-day rules, also asked about later instants to find when all of them allow contact. */
export const TIME_RULES = {
  "outside-allowed-hours": (view: FactView, at: WallTime): Finding => {
    const hours = view.facts.allowedHours;
    if (hours === undefined) return MISS_NO_ALLOWED_HOURS;
    if (inWeekly(hours, at)) return MISS_INSIDE_ALLOWED_HOURS;
    const next = nextWeeklyStartAt(view.timeZone, at, hours);
    return later("outside-allowed-hours", next, { code: "outside-allowed-hours", next });
  },
  "call-days": (view: FactView, at: WallTime): Finding => {
    const days = view.settings.callDays;
    if (days.includes(at.weekday)) return MISS_CALL_DAY[at.weekday]!;
    const next = nextDayStartAt(view.timeZone, at, days);
    return later("call-days", next, { code: "not-a-call-day", weekday: at.weekday, next });
  },
  "quiet-hours": (view: FactView, at: WallTime): Finding => {
    const range = view.settings.quietHours;
    if (range === null) return MISS_NO_QUIET_HOURS;
    // A range of a whole day or more never ends.
    if (range.end - range.start >= 1440) return later("quiet-hours", undefined, { code: "quiet-hours", range });
    const end = dailyRangeEndAt(view.timeZone, at, range);
    if (end === undefined) return missOutsideQuiet(range);
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
    const at = wallTime(view.timeZone, t);
    let next = t;
    for (const id of enabled) {
      const f = TIME_RULES[id](view, at);
      if (!f.matched) continue;
      if (f.until === undefined) return undefined;
      if (f.until > next) next = f.until;
    }
    if (next === t) return t;
    t = next;
  }
  return undefined;
}

const MISS_WARNLIST = miss("warnlist", { code: "warning-list" });

export const DEFAULT_RULES: readonly DefaultRule[] = [
  {
    id: "warnlist",
    check: (view) => {
      const listed = view.facts.warnList;
      return listed === undefined ? MISS_WARNLIST : hit("warnlist", "none", { code: "warning-list", reason: listed.reason });
    },
  },
  {
    id: "withheld",
    check: (view) => {
      const number = view.facts.number;
      if (number.kind === "withheld") return HIT_WITHHELD;
      if (number.kind === "invalid") {
        const wrong = number.wrongLength;
        if (wrong === undefined) return HIT_INVALID;
        const { problem, digits, expectedDigits, by } = wrong;
        return hit("withheld", "none", { code: "number-wrong-length", problem, digits, expectedDigits, by });
      }
      return MISS_WITHHELD[view.line ?? "unknown"];
    },
  },
  {
    id: "blocked",
    check: (view) => {
      const set = flagSet("blocked", view.flags.blocked);
      return set ? hit("blocked", "none", set) : MISS_BLOCKED;
    },
  },
  {
    id: "landline",
    check: (view) => {
      const number = view.facts.number;
      if (number.kind !== "number") return number.kind === "withheld" ? MISS_LANDLINE_WITHHELD : MISS_LANDLINE_INVALID;
      switch (view.landlineBy) {
        case "line":
          return hit("landline", "none", { code: "line-landline", line: number.line });
        case "flag":
          return hit("landline", "none", flagSet("landline", view.flags.landline)!);
        case "maybe":
          return hit("landline", "none", { code: "line-maybe-landline", line: number.line });
        default:
          return MISS_LANDLINE[number.line];
      }
    },
  },
  {
    id: "someone-else-answered",
    check: (view) => {
      if (view.someoneElseLastAt !== undefined) {
        return textOrNone("someone-else-answered", view, { code: "someone-else-answered", at: view.someoneElseLastAt });
      }
      const forwarded = flagSet("forwarded", view.flags.forwarded);
      return forwarded
        ? textOrNone("someone-else-answered", view, forwarded)
        : MISS_NOBODY_ELSE;
    },
  },
  {
    id: "nocall",
    check: (view) => {
      const set = flagSet("nocall", view.flags.nocall);
      return set ? textOrNone("nocall", view, set) : MISS_NOCALL;
    },
  },
  {
    id: "smsonly",
    check: (view) => {
      const set = flagSet("smsonly", view.flags.smsonly);
      return set ? textOrNone("smsonly", view, set) : MISS_SMSONLY;
    },
  },
  {
    id: "nosms",
    check: (view) => {
      const set = flagSet("nosms", view.flags.nosms);
      return set
        ? finding("nosms", false, true, undefined, false, undefined, "no-text", set)
        : MISS_NOSMS;
    },
  },
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
      if (view.lastRequest === undefined) return MISS_NOT_ASKED_NO_REQUEST;
      if (view.callbackRequest !== undefined) return miss("not-asked-to-call", view.askedReason);
      return textOrNone("not-asked-to-call", view, view.askedReason);
    },
  },
  { id: "outside-allowed-hours", check: (view) => TIME_RULES["outside-allowed-hours"](view, view.wall) },
  { id: "call-days", check: (view) => TIME_RULES["call-days"](view, view.wall) },
  { id: "quiet-hours", check: (view) => TIME_RULES["quiet-hours"](view, view.wall) },
  {
    id: "trusted",
    check: (view) => {
      const set = flagSet("trusted", view.flags.trusted);
      return set
        ? finding("trusted", false, true, undefined, undefined, undefined, "no-override", set)
        : MISS_TRUSTED;
    },
  },
  {
    id: "asked-to-call",
    check: (view) => {
      if (view.callbackRequest !== undefined) return hit("asked-to-call", "call", view.askedReason);
      return view.lastRequest === undefined ? MISS_ASKED_NO_REQUEST : miss("asked-to-call", view.askedReason);
    },
  },
];

const [
  warnlist, withheld, blocked, landline, someoneElse, nocall, smsonly, nosms,
  noFreshRequest, notAsked, outsideAllowed, callDays, quietHours, trusted, askedToCall,
] = DEFAULT_RULES.map((r) => r.check) as [
  DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"],
  DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"],
  DefaultRule["check"], DefaultRule["check"], DefaultRule["check"], DefaultRule["check"],
];

/** All default rules in table order, as direct calls into a list of exactly their size: the
 *  engine's hot path when none is off. */
export function defaultFindings(view: FactView): Finding[] {
  return [
    warnlist(view), withheld(view), blocked(view), landline(view), someoneElse(view), nocall(view), smsonly(view), nosms(view),
    noFreshRequest(view), notAsked(view), outsideAllowed(view), callDays(view), quietHours(view), trusted(view),
    askedToCall(view),
  ];
}
