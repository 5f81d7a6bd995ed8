import type { AskedDay } from "../../../core/inbox/types.js";
import {
  DEFAULT_RULE_IDS,
  NOTHING_ALLOWS_ID,
  UNKNOWN_CLOCK_ID,
  VERDICT_EMOJI,
  type Change,
  type Decision,
  type Finding,
  type Hint,
  type Reason,
  type RequestFact,
  type TextFit,
} from "../../../core/rules/index.js";
import { formatClock, formatRangeEnd } from "../../../core/time/clock.js";
import { zonedParts } from "../../../core/time/zone.js";
import type { Translate } from "../../i18n.js";
import { WEEKDAY_KEYS, weekdayShort } from "../weekly-hours.js";
import { dateText, Moments } from "./time.js";

/** A decision in her words, as plain text lines (escape them for HTML). */
export interface RenderedDecision {
  readonly headline: string;
  readonly reasons: string[];
  /** Rules that also apply and point the same way, without deciding: "Spricht auch dagegen". */
  readonly alsoAgainst: string[];
  /** Rules that also apply and argue for getting in touch, outweighed by those that decided. */
  readonly alsoFor: string[];
  readonly facts: string[];
  readonly wouldChange: string[];
  readonly hints: string[];
}

/** What every line of one explanation is worded with: her language, and "now" in her zone. */
interface Wording {
  readonly t: Translate;
  readonly moments: Moments;
}

const BUILT_IN_IDS: readonly string[] = [...DEFAULT_RULE_IDS, NOTHING_ALLOWS_ID, UNKNOWN_CLOCK_ID];

/** A rule's name in explanations; one of hers is named by its id. */
export function ruleTitle(id: string, t: Translate): string {
  return BUILT_IN_IDS.includes(id) ? t("verdict-rule-title", { rule: id }) : t("verdict-rule-title-custom", { id });
}

function askedDay(w: Wording, day: AskedDay): string {
  return w.t("verdict-asked-day", {
    relative: day.kind,
    weekday: day.kind === "weekday" ? WEEKDAY_KEYS[day.weekday] : "",
    date: day.kind === "date" ? dateText(day.day, day.month, w.t) : "",
  });
}

/** "fragt nach einem Termin heute um 17:00" / "bittet um Rückruf" / "ohne Nachricht". */
function whatWasAsked(w: Wording, r: RequestFact): string {
  const callback = r.asked.callback || r.kind === "callback-request";
  const appt = r.asked.appointment;
  let appointment = "";
  if (appt !== undefined) {
    const day = appt.day === undefined ? "" : askedDay(w, appt.day);
    const time =
      appt.time === undefined
        ? ""
        : w.t("verdict-asked-time", { approx: appt.time.approx ? "yes" : "no", clock: formatClock(appt.time.hour * 60 + appt.time.minute) });
    const has = day && time ? "both" : day ? "day" : time ? "time" : "none";
    appointment = w.t("verdict-asked-appointment", { has, day, time });
  }
  const what = callback
    ? appt === undefined ? "callback" : "both"
    : appt !== undefined ? "appointment" : r.kind === "missed-call" ? "missed-call" : "nothing";
  return w.t("verdict-asked", { what, appointment });
}

/** "Mailbox 08:05" / "3× verpasster Anruf 11:53"; `start` when it opens a sentence. */
function eventLabel(w: Wording, r: RequestFact, start = false): string {
  // After a count ("3× verpasster Anruf") the kind no longer opens the sentence.
  const kind = start && r.attempts === 1 ? w.t("verdict-event-kind-start", { kind: r.kind }) : w.t("verdict-event-kind", { kind: r.kind });
  return w.t("verdict-event", { count: r.attempts, kind, when: w.moments.when(r.at) });
}

function describeRequest(w: Wording, r: RequestFact): string {
  return w.t("verdict-request", { event: eventLabel(w, r), age: w.moments.age(r.ageMinutes), asked: whatWasAsked(w, r) });
}

type WrongLength = Extract<Reason, { code: "number-wrong-length" }>;

/** "12", "11 oder 12", "11 bis 16": the digit counts numbers starting like hers have (ascending). */
function expectedDigits(t: Translate, counts: readonly number[]): string {
  const min = counts[0] ?? 0;
  const max = counts[counts.length - 1] ?? min;
  return t("verdict-digits", { shape: counts.length <= 1 ? "one" : counts.length === 2 ? "two" : "span", min, max });
}

function wrongLengthOf(d: Decision): WrongLength | undefined {
  for (const f of d.decided) if (f.reason.code === "number-wrong-length") return f.reason;
  return undefined;
}

function flagReason(w: Wording, reason: Extract<Reason, { code: "flag-set" }>): string {
  if (reason.flag === "trusted") return w.t("verdict-reason-trusted");
  return w.t("verdict-reason-flag", { flag: reason.flag, since: w.moments.when(reason.at), by: reason.by });
}

function reasonText(w: Wording, f: Finding): string {
  const { t, moments } = w;
  const r = f.reason;
  switch (r.code) {
    case "warning-list":
      return t("verdict-reason-warning-list", { hasReason: r.reason ? "yes" : "no", reason: r.reason ?? "" });
    case "number-withheld":
      return t("verdict-reason-withheld");
    case "number-invalid":
      return t("verdict-reason-invalid");
    case "number-wrong-length":
      // Counts only: the digits themselves are hers and stay out of the explanation.
      return t("verdict-reason-wrong-length", { problem: r.problem, digits: r.digits, expected: expectedDigits(t, r.expectedDigits), by: r.by });
    case "flag-set":
      return flagReason(w, r);
    case "line-landline":
      return t("verdict-reason-landline");
    case "line-maybe-landline":
      return t("verdict-reason-maybe-landline", { line: t("verdict-line", { line: r.line }) });
    case "someone-else-answered":
      return t("verdict-reason-someone-else-answered", { when: moments.when(r.at) });
    case "no-fresh-request":
      return r.last === undefined
        ? t("verdict-reason-no-fresh-request", { hours: r.freshnessHours })
        : t("verdict-reason-no-fresh-request-since", { hours: r.freshnessHours, event: eventLabel(w, r.last) });
    case "request-answered":
      return t("verdict-reason-request-answered", { when: moments.when(r.at), outcome: t("verdict-outcome", { outcome: r.outcome }) });
    case "not-asked":
      return r.request.kind === "missed-call"
        ? t("verdict-reason-not-asked-missed-call", { event: eventLabel(w, r.request, true) })
        : t("verdict-reason-not-asked", { event: eventLabel(w, r.request, true), asked: whatWasAsked(w, r.request) });
    case "asked":
      return t("verdict-reason-asked", { event: eventLabel(w, r.request), age: moments.age(r.request.ageMinutes) });
    case "outside-allowed-hours":
      return r.next === undefined
        ? t("verdict-reason-outside-allowed-hours-no-window")
        : t("verdict-reason-outside-allowed-hours", { when: moments.when(r.next) });
    case "not-a-call-day":
      return r.next === undefined
        ? t("verdict-reason-no-call-days")
        : t("verdict-reason-not-a-call-day", { weekday: WEEKDAY_KEYS[r.weekday], when: moments.when(r.next) });
    case "quiet-hours": {
      const range = `${formatClock(r.range.start)}–${formatRangeEnd(r.range.end)}`;
      if (r.end === undefined) return t("verdict-reason-quiet-hours-all-day", { range });
      const now = formatClock(zonedParts(moments.now, moments.timeZone).minuteOfDay);
      return t("verdict-reason-quiet-hours", { range, now, when: moments.when(r.end) });
    }
    case "custom":
      return t("verdict-reason-custom", { id: f.ruleId, text: r.text });
    case "nothing-allows":
      return t("verdict-reason-nothing-allows");
    case "unknown-clock":
      return t("verdict-reason-unknown-clock");
    // Unmatched findings are not rendered as reasons; these keep the switch exhaustive.
    case "number-usable":
    case "flag-unset":
    case "line-not-landline":
    case "no-number":
    case "nobody-else-answered":
    case "fresh-request":
    case "no-request":
    case "inside-allowed-hours":
    case "no-allowed-hours":
    case "call-day":
    case "outside-quiet-hours":
    case "no-quiet-hours":
    case "custom-not-matched":
      return ruleTitle(f.ruleId, t);
  }
}

function textFitText(t: Translate, fit: TextFit): string {
  return fit.fits ? t("verdict-text-fits") : t("verdict-text-does-not-fit", { because: fit.because });
}

function headline(w: Wording, d: Decision): string {
  const emoji = VERDICT_EMOJI[d.verdict];
  if (d.verdict !== "later") return `${emoji} ${w.t("verdict-headline", { verdict: d.verdict })}`;
  const then = d.then ?? "none";
  return d.until === undefined
    ? `${emoji} ${w.t("verdict-headline-later-open", { then })}`
    : `${emoji} ${w.t("verdict-headline-later", { when: w.moments.when(d.until), then })}`;
}

function numberLine(w: Wording, d: Decision): string {
  const n = d.facts.number;
  const wrong = n.kind === "invalid" ? wrongLengthOf(d) : undefined;
  if (wrong) return w.t("verdict-fact-wrong-length", { problem: wrong.problem, digits: wrong.digits, expected: expectedDigits(w.t, wrong.expectedDigits) });
  if (n.kind !== "number") return w.t("verdict-fact-no-number", { kind: n.kind });
  return w.t("verdict-fact-number", {
    line: w.t("verdict-line", { line: n.line }),
    special: n.special ?? "none",
    foreign: n.foreign ? "yes" : "no",
    country: n.country,
    countsAsLandline: n.treatedAs === "landline" && n.line !== "landline" ? "yes" : "no",
  });
}

function factLines(w: Wording, d: Decision): string[] {
  const { t, moments } = w;
  const f = d.facts;
  const lines = [numberLine(w, d)];
  const now = zonedParts(f.now, moments.timeZone);
  lines.push(t("verdict-fact-now", { weekday: weekdayShort(now.weekday, t), clock: formatClock(now.minuteOfDay) }));
  if (f.lastMessage !== undefined && f.lastRequest !== undefined) {
    lines.push(t("verdict-fact-last-contact", { request: describeRequest(w, f.lastRequest) }));
    lines.push(t("verdict-fact-last-request", { request: describeRequest(w, f.lastMessage) }));
  } else if (f.lastRequest !== undefined) {
    lines.push(t("verdict-fact-last-request", { request: describeRequest(w, f.lastRequest) }));
  } else {
    lines.push(t("verdict-fact-no-request", { hours: f.freshnessHours }));
  }
  if (f.flags.length > 0) lines.push(t("verdict-fact-flags", { flags: f.flags.join(", ") }));
  if (f.outcomes.someoneElse > 0) lines.push(t("verdict-fact-someone-else", { count: f.outcomes.someoneElse }));
  if (f.outcomes.last !== undefined) {
    lines.push(t("verdict-fact-last-callback", { when: moments.when(f.outcomes.last.at), outcome: t("verdict-outcome", { outcome: f.outcomes.last.outcome }) }));
  }
  if (f.disabled.length > 0) lines.push(t("verdict-fact-disabled", { rules: f.disabled.join(", ") }));
  return lines;
}

function changeText(w: Wording, c: Change): string {
  const t = w.t;
  switch (c.kind) {
    case "after":
      return t("verdict-change-after", { when: w.moments.when(c.at) });
    case "asks-callback":
    case "new-request":
    case "leaves-message":
    case "number-shown":
      return t("verdict-change", { change: c.kind });
    case "remove-flag":
      return t("verdict-change-remove-flag", { flag: c.flag });
    case "setting":
      return t("verdict-change-setting", { setting: c.setting });
    case "custom-rule":
      return t("verdict-change-custom-rule", { id: c.ruleId });
    case "permanent":
      return t("verdict-change-permanent", { rule: ruleTitle(c.ruleId, t) });
  }
}

function hintText(w: Wording, h: Hint, d: Decision): string {
  const t = w.t;
  switch (h.kind) {
    case "repeated-calls":
      return t("verdict-hint-repeated-calls", { count: h.count, minutes: h.minutes });
    case "caution":
      return t("verdict-hint-caution", { cause: h.cause, country: h.country ?? "?" });
    case "no-voicemail":
      return t("verdict-hint-no-voicemail");
    case "stale-before":
      return t("verdict-hint-stale-before", { when: w.moments.when(h.at), hours: d.facts.freshnessHours });
    case "until-unknown":
      return t("verdict-hint-until-unknown");
  }
}

/** The reply text parts for a decision, in her language. Names and numbers never reach it: the engine has none. */
export function renderDecision(decision: Decision, t: Translate, timeZone: string): RenderedDecision {
  const w: Wording = { t, moments: new Moments(decision.facts.now, timeZone, t) };
  const reasons = decision.decided.map((f) => reasonText(w, f));
  const textMatters =
    decision.verdict === "text" ||
    decision.then === "text" ||
    (decision.verdict === "none" && decision.decided.some((f) => f.textFits === false));
  if (textMatters) reasons.push(textFitText(t, decision.textFit));

  // Only a ✅ rule (or a trusted flag) argues for getting in touch; what else also applies under a
  // stricter answer (quiet hours under ⛔, a 💬 rule under ⛔) says "not like this" as well.
  const alsoAgainst: string[] = [];
  const alsoFor: string[] = [];
  let rules: string | undefined;
  let until: string | undefined;
  for (const f of decision.outweighed) {
    const reason = reasonText(w, f);
    if (f.modifier === "no-override") alsoFor.push(reason);
    else if (f.verdict !== "call") alsoAgainst.push(reason);
    else {
      rules ??= decision.decided.map((d) => ruleTitle(d.ruleId, t)).join(", ");
      if (decision.verdict === "later" && decision.until !== undefined) until ??= w.moments.when(decision.until);
      alsoFor.push(until === undefined ? t("verdict-outweighed-by", { reason, rules }) : t("verdict-outweighed-by-until", { reason, rules, when: until }));
    }
  }
  return {
    headline: headline(w, decision),
    reasons,
    alsoAgainst,
    alsoFor,
    facts: factLines(w, decision),
    wouldChange: decision.wouldChange.map((c) => changeText(w, c)),
    hints: decision.hints.map((h) => hintText(w, h, decision)),
  };
}
