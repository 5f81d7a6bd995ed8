import { checkCustomRule, type CustomRule } from "./custom.js";
import {
  NOTHING_ALLOWS_ID,
  RULESET_VERSION,
  SEVERITY,
  UNKNOWN_CLOCK_ID,
  type Change,
  type Decision,
  type DecisionFacts,
  type Finding,
  type Hint,
} from "./decision.js";
import {
  DEFAULT_RULES,
  TIME_RULE_IDS,
  checkAllDefaults,
  finding,
  firstFreeInstant,
  type TimeRuleId,
} from "./defaults.js";
import { viewOf, type FactView } from "./factView.js";
import type { Facts, Verdict } from "./types.js";
import { wallTime, type WallTime } from "./wallClock.js";

export interface EvaluateOptions {
  readonly customRules?: readonly CustomRule[];
  /** Rule ids she switched off. "withheld" cannot be: there is nothing to call. */
  readonly disabled?: readonly string[];
}

const VERDICT_BY_SEVERITY: readonly Verdict[] = ["call", "text", "later", "none"];
/** Same order as SEVERITY, without a keyed lookup in the hot loop. */
const severityOf = (v: Verdict): number => (v === "none" ? 3 : v === "later" ? 2 : v === "text" ? 1 : 0);
const NO_STRINGS: readonly string[] = [];

/** The wall clock of the facts, or undefined when the instant or the zone cannot be read. */
function readableWall(facts: Facts): WallTime | undefined {
  if (!Number.isFinite(facts.now)) return undefined;
  try {
    return wallTime(facts.timeZone, facts.now);
  } catch {
    return undefined;
  }
}

/** Answers "can I call back this number now?" with every rule's finding and the reasons. */
export function evaluate(facts: Facts, options?: EvaluateOptions): Decision {
  const wall = readableWall(facts);
  if (wall === undefined) return unknownClock(facts);
  const view = viewOf(facts, wall);
  const disabled = options?.disabled ?? NO_STRINGS;
  const custom = options?.customRules;

  const findings: Finding[] = [];
  let skipped: string[] = NO_STRINGS as string[];
  if (disabled.length === 0) checkAllDefaults(view, findings);
  else {
    skipped = [];
    for (let i = 0; i < DEFAULT_RULES.length; i++) {
      const rule = DEFAULT_RULES[i]!;
      if (rule.id !== "withheld" && disabled.includes(rule.id)) skipped.push(rule.id);
      else findings.push(rule.check(view));
    }
  }
  if (custom !== undefined) {
    for (let i = 0; i < custom.length; i++) {
      const rule = custom[i]!;
      if (disabled.length > 0 && disabled.includes(rule.id)) {
        if (skipped === NO_STRINGS) skipped = [];
        skipped.push(rule.id);
      }
      else findings.push(checkCustomRule(rule, view));
    }
  }

  let top = -1;
  let milderTop = -1; // strictest verdict that is not "later": what applies once waiting is over
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!f.matched || f.verdict === undefined) continue;
    const s = severityOf(f.verdict);
    if (s > top) top = s;
    if (f.verdict !== "later" && s > milderTop) milderTop = s;
  }
  if (top < 0) {
    findings.push(
      finding(NOTHING_ALLOWS_ID, false, true, "none", undefined, undefined, undefined, { code: "nothing-allows" }),
    );
    top = SEVERITY.none;
  }
  const verdict = VERDICT_BY_SEVERITY[top]!;
  const then = verdict === "later" && milderTop >= 0 ? (milderTop === SEVERITY.text ? "text" : "call") : undefined;

  const decided: Finding[] = [];
  const outweighed: Finding[] = [];
  let latest = -Infinity;
  let noText: Finding | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!f.matched) continue;
    if (f.verdict === verdict || (then === "text" && f.verdict === "text")) {
      decided.push(f);
      if (f.verdict === "later" && f.until !== undefined && f.until > latest) latest = f.until;
    } else if (f.modifier === "no-text") {
      noText = f;
    } else if (f.modifier === "no-override") {
      if (verdict !== "call") outweighed.push(f);
    } else {
      outweighed.push(f);
    }
  }

  // "nosms" decides only where it took away the text a stricter rule would otherwise have allowed.
  if (noText !== undefined && view.textFit.fits === false && view.textFit.because === "nosms") {
    if (decided.some((f) => f.textFits === false)) decided.push(noText);
  }

  let until: number | undefined;
  if (verdict === "later" && latest > -Infinity) {
    const timeRules =
      skipped.length === 0 ? TIME_RULE_IDS : TIME_RULE_IDS.filter((id: TimeRuleId) => !skipped.includes(id));
    until = firstFreeInstant(view, latest, timeRules);
  }

  const textFits = view.textFit.fits && verdict !== "none";
  return {
    verdict,
    until,
    then,
    textFits,
    textFit: view.textFit,
    decided,
    outweighed,
    findings,
    facts: factsOf(view, skipped),
    wouldChange: changesOf(view, verdict, until, decided),
    hints: hintsOf(view, verdict, then, until),
    rulesetVersion: RULESET_VERSION,
  };
}

function factsOf(view: FactView, disabled: readonly string[]): DecisionFacts {
  const number = view.facts.number;
  return {
    now: view.now,
    timeZone: view.timeZone,
    number:
      number.kind === "number"
        ? {
            kind: "number",
            line: number.line,
            special: number.special,
            country: number.country,
            foreign: number.foreign,
            treatedAs: view.treatedAs,
          }
        : { kind: number.kind },
    lastRequest: view.lastRequest,
    lastMessage:
      view.lastMessage !== undefined && view.lastMessage.at !== view.lastRequest?.at ? view.lastMessage : undefined,
    fresh: view.lastRequest !== undefined,
    freshnessHours: view.settings.freshnessHours,
    flags: view.flagList,
    outcomes: { someoneElse: view.someoneElseCount, last: view.lastOutcome },
    callsInWindow: view.callsInWindow,
    disabled,
  };
}

function changesOf(view: FactView, verdict: Verdict, until: number | undefined, decided: readonly Finding[]): Change[] {
  const changes: Change[] = [];
  if (verdict === "call") return changes;
  if (verdict === "later" && until !== undefined) pushChange(changes, { kind: "after", at: until });
  for (const f of decided) {
    if (f.custom) {
      pushChange(changes, { kind: "custom-rule", ruleId: f.ruleId });
      continue;
    }
    const reason = f.reason;
    if (reason.code === "flag-set") pushChange(changes, { kind: "remove-flag", flag: reason.flag });
    else if (reason.code === "someone-else-answered") pushChange(changes, { kind: "permanent", ruleId: f.ruleId });
    else if (reason.code === "line-maybe-landline") pushChange(changes, { kind: "setting", setting: "mobileOrLandlineIsLandline" });
    else if (reason.code === "line-landline") pushChange(changes, { kind: "permanent", ruleId: f.ruleId });
    else if (reason.code === "number-withheld" || reason.code === "number-invalid") pushChange(changes, { kind: "number-shown" });
    else if (f.ruleId === "no-fresh-request") pushChange(changes, { kind: "new-request" });
    else if (f.ruleId === "not-asked-to-call") pushChange(changes, { kind: "asks-callback" });
  }
  // A stricter answer than "text" that only a missing message caused: a voicemail or SMS would help.
  if (verdict === "none" && view.textFit.fits === false && view.textFit.because === "missed-call-only") {
    if (decided.some((f) => f.textFits === false)) pushChange(changes, { kind: "leaves-message" });
  }
  return changes;
}

function sameChange(a: Change, b: Change): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "after":
      return a.at === (b as typeof a).at;
    case "remove-flag":
      return a.flag === (b as typeof a).flag;
    case "setting":
      return a.setting === (b as typeof a).setting;
    case "custom-rule":
    case "permanent":
      return a.ruleId === (b as typeof a).ruleId;
    default:
      return true;
  }
}

function pushChange(changes: Change[], change: Change): void {
  for (let i = 0; i < changes.length; i++) if (sameChange(changes[i]!, change)) return;
  changes.push(change);
}

function hintsOf(view: FactView, verdict: Verdict, then: "call" | "text" | undefined, until: number | undefined): Hint[] {
  const hints: Hint[] = [];
  const settings = view.settings;
  if (view.callsInWindow >= settings.repeatedCalls.count && settings.repeatedCalls.count > 0) {
    hints.push({ kind: "repeated-calls", count: view.callsInWindow, minutes: settings.repeatedCalls.minutes });
  }
  const number = view.facts.number;
  if (number.kind === "number" && verdict !== "none") {
    if (settings.cautionForeign && number.foreign) hints.push({ kind: "caution", cause: "foreign", country: number.country });
    if (settings.cautionSpecial && (number.special === "premium" || number.special === "shared-cost" || number.special === "personal")) {
      hints.push({ kind: "caution", cause: number.special });
    }
  }
  if (settings.voicemailReminder && (verdict === "call" || then === "call")) hints.push({ kind: "no-voicemail" });
  if (verdict === "later") {
    if (until === undefined) hints.push({ kind: "until-unknown" });
    else if (view.lastRequest !== undefined && until > view.lastRequest.at + view.freshnessMs) {
      hints.push({ kind: "stale-before", at: view.lastRequest.at + view.freshnessMs });
    }
  }
  return hints;
}

/** Without a readable clock no time rule can be judged, so nothing is allowed. */
function unknownClock(facts: Facts): Decision {
  const f = finding(UNKNOWN_CLOCK_ID, false, true, "none", undefined, undefined, undefined, { code: "unknown-clock" });
  return {
    verdict: "none",
    textFits: false,
    textFit: { fits: false, because: "no-request" },
    decided: [f],
    outweighed: [],
    findings: [f],
    facts: {
      now: facts.now,
      timeZone: facts.timeZone,
      number:
        facts.number.kind === "number"
          ? {
              kind: "number",
              line: facts.number.line,
              special: facts.number.special,
              country: facts.number.country,
              foreign: facts.number.foreign,
              treatedAs: "other",
            }
          : { kind: facts.number.kind },
      fresh: false,
      freshnessHours: facts.settings.freshnessHours,
      flags: [],
      outcomes: { someoneElse: 0 },
      callsInWindow: 0,
      disabled: [],
    },
    wouldChange: [],
    hints: [],
    rulesetVersion: RULESET_VERSION,
  };
}
