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
  defaultFindings,
  finding,
  firstFreeInstant,
  type TimeRuleId,
} from "./defaults.js";
import { viewOf, type FactView } from "./factView.js";
import { FLAG_NAMES, type Facts, type FlagName, type Verdict } from "./types.js";
import { wallTime, type WallTime } from "./wallClock.js";

export interface EvaluateOptions {
  readonly customRules?: readonly CustomRule[];
  /** Rule ids she switched off. "withheld" cannot be: there is nothing to call. */
  readonly disabled?: readonly string[];
}

const VERDICT_BY_SEVERITY: readonly Verdict[] = ["call", "text", "later", "none"];
/** Same order as SEVERITY, without a keyed lookup in the hot loop. */
const severityOf = (v: Verdict): number => (v === "none" ? 3 : v === "later" ? 2 : v === "text" ? 1 : 0);

/* A decision is read-only, so the parts that do not depend on the facts are built once and
 * shared by every decision; all but the findings (see `finding`) are frozen as well. */
const NO_STRINGS: readonly string[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_CHANGES: readonly Change[] = Object.freeze([]);
const NO_HINTS: readonly Hint[] = Object.freeze([]);
const NOTHING_ALLOWS = finding(NOTHING_ALLOWS_ID, false, true, "none", undefined, undefined, undefined, { code: "nothing-allows" });
const NO_VOICEMAIL: Hint = Object.freeze({ kind: "no-voicemail" });
/** The hints of most "call" answers. */
const ONLY_NO_VOICEMAIL: readonly Hint[] = Object.freeze([NO_VOICEMAIL]);
const UNTIL_UNKNOWN: Hint = Object.freeze({ kind: "until-unknown" });
const CAUTION: Readonly<Record<"premium" | "shared-cost" | "personal", Hint>> = {
  premium: Object.freeze({ kind: "caution", cause: "premium" }),
  "shared-cost": Object.freeze({ kind: "caution", cause: "shared-cost" }),
  personal: Object.freeze({ kind: "caution", cause: "personal" }),
};
const NEW_REQUEST: Change = Object.freeze({ kind: "new-request" });
const ASKS_CALLBACK: Change = Object.freeze({ kind: "asks-callback" });
const LEAVES_MESSAGE: Change = Object.freeze({ kind: "leaves-message" });
const NUMBER_SHOWN: Change = Object.freeze({ kind: "number-shown" });
const LANDLINE_SETTING: Change = Object.freeze({ kind: "setting", setting: "mobileOrLandlineIsLandline" });
const REMOVE_FLAG = Object.fromEntries(
  FLAG_NAMES.map((flag) => [flag, Object.freeze({ kind: "remove-flag", flag })]),
) as Readonly<Record<FlagName, Change>>;
const PERMANENT_LANDLINE: Change = Object.freeze({ kind: "permanent", ruleId: "landline" });
const PERMANENT_SOMEONE_ELSE: Change = Object.freeze({ kind: "permanent", ruleId: "someone-else-answered" });
const NO_OUTCOMES: DecisionFacts["outcomes"] = Object.freeze({ someoneElse: 0, last: undefined });
const WITHHELD_NUMBER: DecisionFacts["number"] = Object.freeze({ kind: "withheld" });
const INVALID_NUMBER: DecisionFacts["number"] = Object.freeze({ kind: "invalid" });

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

  let findings: Finding[];
  let skipped: string[] = NO_STRINGS as string[];
  if (disabled.length === 0) findings = defaultFindings(view);
  else {
    findings = [];
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
    findings.push(NOTHING_ALLOWS);
    top = SEVERITY.none;
  }
  const verdict = VERDICT_BY_SEVERITY[top]!;
  const then = verdict === "later" && milderTop >= 0 ? (milderTop === SEVERITY.text ? "text" : "call") : undefined;

  const decided: Finding[] = [];
  let outweighed = NO_FINDINGS as Finding[];
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
    } else if (f.modifier !== "no-override" || verdict !== "call") {
      if (outweighed === NO_FINDINGS) outweighed = [];
      outweighed.push(f);
    }
  }

  // "nosms" decides only where it took away the text a stricter rule would otherwise have allowed.
  if (noText !== undefined && view.textFit.fits === false && view.textFit.because === "nosms") {
    if (anyWithoutText(decided)) decided.push(noText);
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

/** Whether one of the deciding findings holds only because no text fits. */
function anyWithoutText(decided: readonly Finding[]): boolean {
  for (let i = 0; i < decided.length; i++) if (decided[i]!.textFits === false) return true;
  return false;
}

function numberFact(number: Facts["number"], treatedAs: FactView["treatedAs"]): DecisionFacts["number"] {
  if (number.kind === "withheld") return WITHHELD_NUMBER;
  if (number.kind === "invalid") return INVALID_NUMBER;
  return {
    kind: "number",
    line: number.line,
    special: number.special,
    country: number.country,
    foreign: number.foreign,
    treatedAs,
  };
}

function factsOf(view: FactView, disabled: readonly string[]): DecisionFacts {
  const last = view.lastOutcome;
  return {
    now: view.now,
    timeZone: view.timeZone,
    number: numberFact(view.facts.number, view.treatedAs),
    lastRequest: view.lastRequest,
    lastMessage:
      view.lastMessage !== undefined && view.lastMessage.at !== view.lastRequest?.at ? view.lastMessage : undefined,
    fresh: view.lastRequest !== undefined,
    freshnessHours: view.settings.freshnessHours,
    flags: view.flagList,
    outcomes: view.someoneElseCount === 0 && last === undefined ? NO_OUTCOMES : { someoneElse: view.someoneElseCount, last },
    callsInWindow: view.callsInWindow,
    disabled,
  };
}

function changesOf(
  view: FactView,
  verdict: Verdict,
  until: number | undefined,
  decided: readonly Finding[],
): readonly Change[] {
  if (verdict === "call") return NO_CHANGES;
  let changes = NO_CHANGES as Change[];
  if (verdict === "later" && until !== undefined) changes = withChange(changes, { kind: "after", at: until });
  for (let i = 0; i < decided.length; i++) {
    const f = decided[i]!;
    if (f.custom) {
      changes = withChange(changes, { kind: "custom-rule", ruleId: f.ruleId });
      continue;
    }
    // Reasons come in many shapes, so their code is read once.
    const reason = f.reason;
    const code = reason.code;
    if (code === "flag-set") changes = withChange(changes, REMOVE_FLAG[reason.flag]);
    else if (code === "someone-else-answered") changes = withChange(changes, PERMANENT_SOMEONE_ELSE);
    else if (code === "line-maybe-landline") changes = withChange(changes, LANDLINE_SETTING);
    else if (code === "line-landline") changes = withChange(changes, PERMANENT_LANDLINE);
    else if (code === "number-withheld" || code === "number-invalid") changes = withChange(changes, NUMBER_SHOWN);
    else if (f.ruleId === "no-fresh-request") changes = withChange(changes, NEW_REQUEST);
    else if (f.ruleId === "not-asked-to-call") changes = withChange(changes, ASKS_CALLBACK);
  }
  // A stricter answer than "text" that only a missing message caused: a voicemail or SMS would help.
  if (verdict === "none" && view.textFit.fits === false && view.textFit.because === "missed-call-only") {
    if (anyWithoutText(decided)) changes = withChange(changes, LEAVES_MESSAGE);
  }
  return changes;
}

function sameChange(a: Change, b: Change): boolean {
  if (a === b) return true;
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

/** `changes` with `change` added unless an equal one is there; the shared empty list is never written. */
function withChange(changes: Change[], change: Change): Change[] {
  if (changes === NO_CHANGES) return [change];
  for (let i = 0; i < changes.length; i++) if (sameChange(changes[i]!, change)) return changes;
  changes.push(change);
  return changes;
}

/** `hints` with `hint` added; the shared lists are never written. */
function withHint(hints: Hint[], hint: Hint): Hint[] {
  if (hints === NO_HINTS) return hint === NO_VOICEMAIL ? (ONLY_NO_VOICEMAIL as Hint[]) : [hint];
  if (hints === ONLY_NO_VOICEMAIL) return [NO_VOICEMAIL, hint];
  hints.push(hint);
  return hints;
}

function hintsOf(
  view: FactView,
  verdict: Verdict,
  then: "call" | "text" | undefined,
  until: number | undefined,
): readonly Hint[] {
  let hints = NO_HINTS as Hint[];
  const settings = view.settings;
  if (view.callsInWindow >= settings.repeatedCalls.count && settings.repeatedCalls.count > 0) {
    hints = withHint(hints, { kind: "repeated-calls", count: view.callsInWindow, minutes: settings.repeatedCalls.minutes });
  }
  const number = view.facts.number;
  if (number.kind === "number" && verdict !== "none") {
    if (settings.cautionForeign && number.foreign) hints = withHint(hints, { kind: "caution", cause: "foreign", country: number.country });
    if (settings.cautionSpecial && (number.special === "premium" || number.special === "shared-cost" || number.special === "personal")) {
      hints = withHint(hints, CAUTION[number.special]);
    }
  }
  if (settings.voicemailReminder && (verdict === "call" || then === "call")) hints = withHint(hints, NO_VOICEMAIL);
  if (verdict === "later") {
    if (until === undefined) hints = withHint(hints, UNTIL_UNKNOWN);
    else if (view.lastRequest !== undefined && until > view.lastRequest.at + view.freshnessMs) {
      hints = withHint(hints, { kind: "stale-before", at: view.lastRequest.at + view.freshnessMs });
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
