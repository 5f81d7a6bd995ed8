import type { OffsetSource } from "../time/offsets.js";
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
import { DEFAULT_RULES, TIME_RULE_IDS, firstFreeInstant } from "./defaults.js";
import { viewOf, type FactView } from "./factView.js";
import type { Facts, Verdict } from "./types.js";
import { wallTime, type WallTime } from "./wallClock.js";

export interface EvaluateOptions {
  readonly customRules?: readonly CustomRule[];
  /** Rule ids she switched off. "withheld" cannot be: there is nothing to call. */
  readonly disabled?: readonly string[];
  /**
   * Where the zone's offsets come from; Intl each time when absent. A caller that evaluates
   * often passes a ZoneOffsets it keeps (src/core/time/offsets.ts).
   */
  readonly offsets?: OffsetSource;
}

const VERDICTS_BY_SEVERITY: readonly Verdict[] = ["call", "text", "later", "none"];

/** The wall clock of the facts, or undefined when the instant or the zone cannot be read. */
function readableWall(facts: Facts, offsets: OffsetSource | undefined): WallTime | undefined {
  if (!Number.isFinite(facts.now)) return undefined;
  try {
    return wallTime(facts.timeZone, facts.now, offsets);
  } catch {
    return undefined;
  }
}

/** Answers "can I call back this number now?" with every rule's finding and the reasons. */
export function evaluate(facts: Facts, options: EvaluateOptions = {}): Decision {
  const wall = readableWall(facts, options.offsets);
  if (wall === undefined) return unknownClock(facts);
  const view = viewOf(facts, options.offsets, wall);
  const disabled = options.disabled ?? [];

  const findings: Finding[] = [];
  const skipped: string[] = [];
  for (const rule of DEFAULT_RULES) {
    if (rule.id !== "withheld" && disabled.includes(rule.id)) skipped.push(rule.id);
    else findings.push(rule.check(view));
  }
  for (const rule of options.customRules ?? []) {
    if (disabled.includes(rule.id)) skipped.push(rule.id);
    else findings.push(checkCustomRule(rule, view));
  }

  // The strictest verdict decides; the strictest other than "later" is what applies once waiting is over.
  let top = -1;
  let afterWaiting = -1;
  for (const f of findings) {
    if (!f.matched || f.verdict === undefined) continue;
    top = Math.max(top, SEVERITY[f.verdict]);
    if (f.verdict !== "later") afterWaiting = Math.max(afterWaiting, SEVERITY[f.verdict]);
  }
  if (top < 0) {
    findings.push({ ruleId: NOTHING_ALLOWS_ID, custom: false, matched: true, verdict: "none", reason: { code: "nothing-allows" } });
    top = SEVERITY.none;
  }
  const verdict = VERDICTS_BY_SEVERITY[top]!;
  const then = verdict === "later" && afterWaiting >= 0 ? (afterWaiting === SEVERITY.text ? "text" : "call") : undefined;

  const decided: Finding[] = [];
  const outweighed: Finding[] = [];
  let noText: Finding | undefined;
  let latest = -Infinity;
  for (const f of findings) {
    if (!f.matched) continue;
    if (f.verdict === verdict || (then === "text" && f.verdict === "text")) {
      decided.push(f);
      if (f.verdict === "later" && f.until !== undefined) latest = Math.max(latest, f.until);
    } else if (f.modifier === "no-text") {
      noText = f;
    } else if (f.modifier !== "no-override" || verdict !== "call") {
      outweighed.push(f);
    }
  }
  // "nosms" decides only where it took away the text a stricter rule would otherwise have allowed.
  if (noText !== undefined && !view.textFit.fits && view.textFit.because === "nosms" && anyWithoutText(decided)) {
    decided.push(noText);
  }

  let until: number | undefined;
  if (verdict === "later" && latest > -Infinity) {
    until = firstFreeInstant(view, latest, TIME_RULE_IDS.filter((id) => !skipped.includes(id)));
  }

  return {
    verdict,
    until,
    then,
    textFits: view.textFit.fits && verdict !== "none",
    textFit: view.textFit,
    decided: decided,
    outweighed: outweighed,
    findings: findings,
    facts: factsOf(view, skipped),
    wouldChange: changesOf(view, verdict, until, decided),
    hints: hintsOf(view, verdict, then, until),
    rulesetVersion: RULESET_VERSION,
  };
}

/** Whether one of the deciding findings holds only because no text fits. */
function anyWithoutText(decided: readonly Finding[]): boolean {
  for (const f of decided) if (f.textFits === false) return true;
  return false;
}

function numberFact(number: Facts["number"], treatedAs: FactView["treatedAs"]): DecisionFacts["number"] {
  if (number.kind !== "number") return { kind: number.kind };
  const { line, special, country, foreign } = number;
  return { kind: "number", line, special, country, foreign, treatedAs };
}

function factsOf(view: FactView, disabled: readonly string[]): DecisionFacts {
  const last = view.lastOutcome;
  const lastMessage = view.lastMessage?.at !== view.lastRequest?.at ? view.lastMessage : undefined;
  return {
    now: view.now,
    timeZone: view.timeZone,
    number: numberFact(view.facts.number, view.treatedAs),
    lastRequest: view.lastRequest,
    lastMessage,
    fresh: view.lastRequest !== undefined,
    freshnessHours: view.settings.freshnessHours,
    flags: view.flagList,
    outcomes: last === undefined ? { someoneElse: view.someoneElseCount } : { someoneElse: view.someoneElseCount, last },
    callsInWindow: view.callsInWindow,
    disabled,
  };
}

function sameChange(a: Change, b: Change): boolean {
  switch (a.kind) {
    case "after":
      return b.kind === a.kind && b.at === a.at;
    case "remove-flag":
      return b.kind === a.kind && b.flag === a.flag;
    case "setting":
      return b.kind === a.kind && b.setting === a.setting;
    case "custom-rule":
    case "permanent":
      return b.kind === a.kind && b.ruleId === a.ruleId;
    default:
      return b.kind === a.kind;
  }
}

/** `change` unless `changes` has an equal one already. */
function addChange(changes: Change[], change: Change): void {
  if (!changes.some((c) => sameChange(c, change))) changes.push(change);
}

/** What would make the answer milder, one of each. */
function changesOf(view: FactView, verdict: Verdict, until: number | undefined, decided: readonly Finding[]): Change[] {
  const changes: Change[] = [];
  if (verdict === "call") return changes;
  if (verdict === "later" && until !== undefined) addChange(changes, { kind: "after", at: until });
  for (const f of decided) {
    const reason = f.reason;
    if (f.custom) addChange(changes, { kind: "custom-rule", ruleId: f.ruleId });
    else if (reason.code === "flag-set") addChange(changes, { kind: "remove-flag", flag: reason.flag });
    else if (reason.code === "someone-else-answered") addChange(changes, { kind: "permanent", ruleId: "someone-else-answered" });
    else if (reason.code === "line-maybe-landline") addChange(changes, { kind: "setting", setting: "mobileOrLandlineIsLandline" });
    else if (reason.code === "line-landline") addChange(changes, { kind: "permanent", ruleId: "landline" });
    else if (reason.code === "number-withheld" || reason.code === "number-invalid") addChange(changes, { kind: "number-shown" });
    else if (f.ruleId === "no-fresh-request") addChange(changes, { kind: "new-request" });
    else if (f.ruleId === "not-asked-to-call") addChange(changes, { kind: "asks-callback" });
  }
  // A stricter answer than "text" that only a missing message caused: a voicemail or SMS would help.
  const textFit = view.textFit;
  if (verdict === "none" && !textFit.fits && textFit.because === "missed-call-only" && anyWithoutText(decided)) {
    addChange(changes, { kind: "leaves-message" });
  }
  return changes;
}

function hintsOf(view: FactView, verdict: Verdict, then: "call" | "text" | undefined, until: number | undefined): Hint[] {
  const hints: Hint[] = [];
  const { settings, facts } = view;
  const repeated = settings.repeatedCalls;
  if (repeated.count > 0 && view.callsInWindow >= repeated.count) {
    hints.push({ kind: "repeated-calls", count: view.callsInWindow, minutes: repeated.minutes });
  }
  const number = facts.number;
  if (number.kind === "number" && verdict !== "none") {
    if (settings.cautionForeign && number.foreign) hints.push({ kind: "caution", cause: "foreign", country: number.country });
    const special = number.special;
    if (settings.cautionSpecial && (special === "premium" || special === "shared-cost" || special === "personal")) {
      hints.push({ kind: "caution", cause: special });
    }
  }
  if (settings.voicemailReminder && (verdict === "call" || then === "call")) hints.push({ kind: "no-voicemail" });
  if (verdict === "later") {
    const staleAt = view.lastRequest && view.lastRequest.at + view.freshnessMs;
    if (until === undefined) hints.push({ kind: "until-unknown" });
    else if (staleAt !== undefined && until > staleAt) hints.push({ kind: "stale-before", at: staleAt });
  }
  return hints;
}

/** Without a readable clock no time rule can be judged, so nothing is allowed. */
function unknownClock(facts: Facts): Decision {
  const f: Finding = { ruleId: UNKNOWN_CLOCK_ID, custom: false, matched: true, verdict: "none", reason: { code: "unknown-clock" } };
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
      number: numberFact(facts.number, "other"),
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
