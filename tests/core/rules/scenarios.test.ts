import { describe, expect, it } from "vitest";
import { evaluate, type EvaluateOptions } from "../../../src/core/rules/evaluate.js";
import type { Decision } from "../../../src/core/rules/decision.js";
import { parseCustomRule, type CustomRule } from "../../../src/core/rules/custom.js";
import type { Facts, Verdict } from "../../../src/core/rules/types.js";
import {
  ASKED_APPOINTMENT_TODAY,
  ASKED_CALLBACK,
  L,
  LANDLINE,
  ev,
  facts,
  flags,
  mark,
  number,
  weekly,
} from "./fixtures.js";

function custom(json: unknown): CustomRule {
  const parsed = parseCustomRule(json);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.rule;
}

interface Scenario {
  name: string;
  facts: Facts;
  options?: EvaluateOptions;
  verdict: Verdict;
  decided: string[];
  until?: number;
  then?: "call" | "text";
  textFits?: boolean;
  outweighed?: string[];
  check?: (d: Decision) => void;
}

const MON = "2026-03-16";
const VOICEMAIL_0805 = ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY);
const MISSED_1153 = ev("missed-call", `${MON} 11:53`);
const SOMEONE_ELSE = { at: L(`${MON} 12:02`), outcome: "someone-else" } as const;
const AFTER_INCIDENT_FLAGS = { forwarded: mark(`${MON} 12:02`, "outcome"), nocall: mark(`${MON} 12:02`, "outcome") };
const CALLBACK_0900 = ev("voicemail", `${MON} 09:00`, ASKED_CALLBACK);

const scenarios: Scenario[] = [
  // --- the incident, step by step ---
  {
    name: "incident 08:10: voicemail asks for an appointment, still quiet hours",
    facts: facts({ now: `${MON} 08:10`, events: [VOICEMAIL_0805] }),
    verdict: "later",
    until: L(`${MON} 09:00`),
    then: "text",
    textFits: true,
    decided: ["not-asked-to-call", "quiet-hours"],
  },
  {
    name: "incident 09:30: she may text",
    facts: facts({ now: `${MON} 09:30`, events: [VOICEMAIL_0805] }),
    verdict: "text",
    textFits: true,
    decided: ["not-asked-to-call"],
  },
  {
    name: "incident 12:00: missed call 7 minutes old without a message is not a callback request",
    facts: facts({ now: `${MON} 12:00`, events: [MISSED_1153, VOICEMAIL_0805] }),
    verdict: "text",
    textFits: true,
    decided: ["not-asked-to-call"],
    check: (d) => {
      expect(d.facts.lastRequest?.kind).toBe("missed-call");
      expect(d.facts.lastRequest?.ageMinutes).toBe(7);
      expect(d.facts.lastMessage?.asked.appointment?.day).toEqual({ kind: "today" });
      expect(d.wouldChange).toContainEqual({ kind: "asks-callback" });
    },
  },
  {
    name: "incident 12:25: after someone else answered, even a callback request gets no call",
    facts: facts({
      now: `${MON} 12:30`,
      events: [VOICEMAIL_0805, MISSED_1153, ev("voicemail", `${MON} 12:25`, ASKED_CALLBACK)],
      outcomes: [SOMEONE_ELSE],
      flags: AFTER_INCIDENT_FLAGS,
    }),
    verdict: "text",
    decided: ["someone-else-answered", "nocall"],
    outweighed: ["asked-to-call"],
    check: (d) => expect(d.wouldChange).toContainEqual({ kind: "permanent", ruleId: "someone-else-answered" }),
  },
  {
    name: "incident: a week later, flags removed, the outcome still forbids calls",
    facts: facts({
      now: "2026-03-23 11:00",
      events: [ev("voicemail", "2026-03-23 10:30", ASKED_CALLBACK)],
      outcomes: [SOMEONE_ELSE],
    }),
    verdict: "text",
    decided: ["someone-else-answered"],
    outweighed: ["asked-to-call"],
  },
  {
    name: "incident: trusted does not lift someone-else-answered",
    facts: facts({
      now: "2026-03-23 11:00",
      events: [ev("voicemail", "2026-03-23 10:30", ASKED_CALLBACK)],
      outcomes: [SOMEONE_ELSE],
      flags: { ...AFTER_INCIDENT_FLAGS, trusted: mark("2026-03-01 10:00") },
    }),
    verdict: "text",
    decided: ["someone-else-answered", "nocall"],
    outweighed: ["trusted", "asked-to-call"],
  },
  {
    name: "incident: a later lone missed call after someone else answered",
    facts: facts({ now: "2026-03-23 11:00", events: [ev("missed-call", "2026-03-23 10:55")], outcomes: [SOMEONE_ELSE], flags: AFTER_INCIDENT_FLAGS }),
    verdict: "none",
    decided: ["someone-else-answered", "nocall", "not-asked-to-call"],
    textFits: false,
  },

  // --- the number ---
  { name: "withheld number", facts: facts({ now: `${MON} 10:00`, number: { kind: "withheld" }, events: [CALLBACK_0900] }), verdict: "none", decided: ["withheld"] },
  { name: "unparsable number", facts: facts({ now: `${MON} 10:00`, number: { kind: "invalid" }, events: [CALLBACK_0900] }), verdict: "none", decided: ["withheld"] },
  { name: "landline by number type", facts: facts({ now: `${MON} 10:00`, number: LANDLINE, events: [CALLBACK_0900] }), verdict: "none", decided: ["landline"], outweighed: ["asked-to-call"] },
  {
    name: "mobile-or-landline counts as landline by default",
    facts: facts({ now: `${MON} 10:00`, number: number({ line: "mobile-or-landline" }), events: [CALLBACK_0900] }),
    verdict: "none",
    decided: ["landline"],
    check: (d) => expect(d.wouldChange).toContainEqual({ kind: "setting", setting: "mobileOrLandlineIsLandline" }),
  },
  {
    name: "mobile-or-landline as mobile when the setting is off",
    facts: facts({ now: `${MON} 10:00`, number: number({ line: "mobile-or-landline" }), events: [CALLBACK_0900], settings: { mobileOrLandlineIsLandline: false } }),
    verdict: "call",
    decided: ["asked-to-call"],
  },
  { name: "landline flag on a mobile", facts: facts({ now: `${MON} 10:00`, flags: flags(["landline"]), events: [CALLBACK_0900] }), verdict: "none", decided: ["landline"] },
  { name: "unknown line type counts as landline by default", facts: facts({ now: `${MON} 10:00`, number: number({ line: "unknown" }), events: [CALLBACK_0900] }), verdict: "none", decided: ["landline"] },
  {
    name: "unknown line type with the setting off: a text does not fit a non-mobile",
    facts: facts({ now: `${MON} 10:00`, number: number({ line: "unknown" }), events: [ev("voicemail", `${MON} 09:00`, ASKED_APPOINTMENT_TODAY)], settings: { mobileOrLandlineIsLandline: false } }),
    verdict: "none",
    decided: ["not-asked-to-call"],
    textFits: false,
  },
  {
    name: "premium number: allowed with a caution line",
    facts: facts({ now: `${MON} 10:00`, number: number({ line: "special", special: "premium" }), events: [CALLBACK_0900] }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => expect(d.hints).toContainEqual({ kind: "caution", cause: "premium" }),
  },
  {
    name: "foreign mobile: allowed with a caution line",
    facts: facts({ now: `${MON} 10:00`, number: number({ country: "AT", foreign: true }), events: [CALLBACK_0900] }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => expect(d.hints).toContainEqual({ kind: "caution", cause: "foreign", country: "AT" }),
  },
  {
    name: "cautions switched off",
    facts: facts({ now: `${MON} 10:00`, number: number({ country: "AT", foreign: true, line: "special", special: "shared-cost" }), events: [CALLBACK_0900], settings: { cautionForeign: false, cautionSpecial: false } }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => expect(d.hints.filter((h) => h.kind === "caution")).toEqual([]),
  },

  // --- the warning list ---
  {
    name: "on the warning list: nothing, whatever else allows a call, with the list's reason",
    facts: { ...facts({ now: `${MON} 10:00`, flags: flags(["trusted"]), events: [CALLBACK_0900] }), warnList: { reason: "gewalttätig" } },
    verdict: "none",
    decided: ["warnlist"],
    check: (d) => expect(d.decided[0]?.reason).toEqual({ code: "warning-list", reason: "gewalttätig" }),
  },
  {
    name: "on the warning list and blocked: both decide",
    facts: { ...facts({ now: `${MON} 10:00`, flags: flags(["blocked"]), events: [CALLBACK_0900] }), warnList: { reason: "" } },
    verdict: "none",
    decided: ["warnlist", "blocked"],
  },
  {
    name: "on the warning list with a text that would fit: still no text",
    facts: { ...facts({ now: `${MON} 10:00`, events: [VOICEMAIL_0805] }), warnList: { reason: "no-show" } },
    verdict: "none",
    decided: ["warnlist"],
    check: (d) => expect(d.textFits).toBe(false),
  },
  {
    name: "on the warning list, her rules switched off: the list still holds",
    facts: { ...facts({ now: `${MON} 10:00`, events: [CALLBACK_0900] }), warnList: { reason: "x" } },
    options: { disabled: ["quiet-hours", "no-fresh-request"] },
    verdict: "none",
    decided: ["warnlist"],
  },

  // --- flags ---
  { name: "blocked", facts: facts({ now: `${MON} 10:00`, flags: flags(["blocked"]), events: [CALLBACK_0900] }), verdict: "none", decided: ["blocked"] },
  { name: "nocall with an open voicemail: text", facts: facts({ now: `${MON} 10:00`, flags: flags(["nocall"]), events: [CALLBACK_0900] }), verdict: "text", decided: ["nocall"], textFits: true },
  { name: "nocall with a lone missed call: nothing", facts: facts({ now: `${MON} 10:00`, flags: flags(["nocall"]), events: [ev("missed-call", `${MON} 09:50`)] }), verdict: "none", decided: ["nocall", "not-asked-to-call"] },
  { name: "smsonly with a callback request: text", facts: facts({ now: `${MON} 10:00`, flags: flags(["smsonly"]), events: [CALLBACK_0900] }), verdict: "text", decided: ["smsonly"] },
  {
    name: "nosms on an appointment question: no text, no call",
    facts: facts({ now: `${MON} 10:00`, flags: flags(["nosms"]), events: [VOICEMAIL_0805] }),
    verdict: "none",
    decided: ["nosms", "not-asked-to-call"],
    textFits: false,
    check: (d) => expect(d.wouldChange).toContainEqual({ kind: "remove-flag", flag: "nosms" }),
  },
  { name: "nosms does not stop an asked-for call", facts: facts({ now: `${MON} 10:00`, flags: flags(["nosms"]), events: [CALLBACK_0900] }), verdict: "call", decided: ["asked-to-call"], textFits: false },
  { name: "forwarded flag: text", facts: facts({ now: `${MON} 10:00`, flags: flags(["forwarded"]), events: [CALLBACK_0900] }), verdict: "text", decided: ["someone-else-answered"] },
  { name: "trusted with a callback request", facts: facts({ now: `${MON} 10:00`, flags: flags(["trusted"]), events: [CALLBACK_0900] }), verdict: "call", decided: ["asked-to-call"] },
  { name: "trusted landline is still a landline", facts: facts({ now: `${MON} 10:00`, number: LANDLINE, flags: flags(["trusted"]), events: [CALLBACK_0900] }), verdict: "none", decided: ["landline"], outweighed: ["trusted", "asked-to-call"] },

  // --- requests and freshness ---
  { name: "no events at all", facts: facts({ now: `${MON} 10:00` }), verdict: "none", decided: ["no-fresh-request"] },
  { name: "callback request 25 h old is stale", facts: facts({ now: "2026-03-17 10:00", events: [ev("voicemail", `${MON} 09:00`, ASKED_CALLBACK)] }), verdict: "none", decided: ["no-fresh-request"] },
  { name: "freshness 48 h keeps it", facts: facts({ now: "2026-03-17 10:00", events: [CALLBACK_0900], settings: { freshnessHours: 48 } }), verdict: "call", decided: ["asked-to-call"] },
  {
    name: "a request answered by a callback that reached him is settled",
    facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], outcomes: [{ at: L(`${MON} 09:10`), outcome: "reached" }] }),
    verdict: "none",
    decided: ["no-fresh-request"],
    check: (d) => expect(d.decided[0]?.reason.code).toBe("request-answered"),
  },
  {
    name: "no answer leaves the request open",
    facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], outcomes: [{ at: L(`${MON} 09:10`), outcome: "no-answer" }] }),
    verdict: "call",
    decided: ["asked-to-call"],
  },
  {
    name: "a lone missed call after a settled request",
    facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900, ev("missed-call", `${MON} 09:40`)], outcomes: [{ at: L(`${MON} 09:10`), outcome: "reached" }] }),
    verdict: "none",
    decided: ["not-asked-to-call"],
  },
  { name: "SMS asking for a call", facts: facts({ now: `${MON} 10:00`, events: [ev("sms", `${MON} 09:58`, ASKED_CALLBACK)] }), verdict: "call", decided: ["asked-to-call"] },
  { name: "carrier callback request", facts: facts({ now: `${MON} 10:00`, events: [ev("callback-request", `${MON} 09:58`)] }), verdict: "call", decided: ["asked-to-call"] },
  { name: "lone missed call, missedCallText always", facts: facts({ now: `${MON} 10:00`, events: [ev("missed-call", `${MON} 09:58`)], settings: { missedCallText: "always" } }), verdict: "text", decided: ["not-asked-to-call"] },
  { name: "lone missed call, missedCallText after-request", facts: facts({ now: `${MON} 10:00`, events: [ev("missed-call", `${MON} 09:58`)] }), verdict: "none", decided: ["not-asked-to-call"], check: (d) => expect(d.wouldChange).toContainEqual({ kind: "leaves-message" }) },
  {
    name: "missed call keeps a stale voicemail's thread alive (after-request)",
    facts: facts({ now: "2026-03-17 10:00", events: [ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY), ev("missed-call", "2026-03-17 07:00")] }),
    verdict: "text",
    decided: ["not-asked-to-call"],
    check: (d) => expect(d.textFit).toEqual({ fits: true, via: "missed-call-after-request" }),
  },
  {
    name: "the same with missedCallText never",
    facts: facts({ now: "2026-03-17 10:00", events: [ev("voicemail", `${MON} 08:05`, ASKED_APPOINTMENT_TODAY), ev("missed-call", "2026-03-17 07:00")], settings: { missedCallText: "never" } }),
    verdict: "none",
    decided: ["not-asked-to-call"],
  },
  { name: "missedCallText never still answers a fresh voicemail", facts: facts({ now: `${MON} 12:00`, events: [VOICEMAIL_0805, MISSED_1153], settings: { missedCallText: "never" } }), verdict: "text", decided: ["not-asked-to-call"] },

  // --- quiet hours ---
  {
    name: "callback request at night: later, then call",
    facts: facts({ now: `${MON} 22:40`, events: [ev("voicemail", `${MON} 22:30`, ASKED_CALLBACK)] }),
    verdict: "later",
    until: L("2026-03-17 09:00"),
    then: "call",
    decided: ["quiet-hours"],
    outweighed: ["asked-to-call"],
  },
  { name: "no quiet hours", facts: facts({ now: `${MON} 23:00`, events: [ev("voicemail", `${MON} 22:30`, ASKED_CALLBACK)], settings: { quietHours: null } }), verdict: "call", decided: ["asked-to-call"] },
  { name: "quiet hours within a day", facts: facts({ now: `${MON} 13:30`, events: [CALLBACK_0900], settings: { quietHours: { start: 780, end: 840 } } }), verdict: "later", until: L(`${MON} 14:00`), then: "call", decided: ["quiet-hours"] },
  { name: "quiet hours across midnight, one minute before the end", facts: facts({ now: "2026-03-17 05:59", events: [ev("voicemail", "2026-03-17 05:00", ASKED_CALLBACK)], settings: { quietHours: { start: 1320, end: 1800 } } }), verdict: "later", until: L("2026-03-17 06:00"), then: "call", decided: ["quiet-hours"] },
  { name: "quiet hours across midnight, at the end", facts: facts({ now: "2026-03-17 06:00", events: [ev("voicemail", "2026-03-17 05:00", ASKED_CALLBACK)], settings: { quietHours: { start: 1320, end: 1800 } } }), verdict: "call", decided: ["asked-to-call"] },
  { name: "quiet hours all day never end", facts: facts({ now: `${MON} 12:00`, events: [CALLBACK_0900], settings: { quietHours: { start: 0, end: 1440 } } }), verdict: "none", decided: ["quiet-hours"] },

  // --- DST in Europe/Berlin ---
  {
    name: "spring forward 2026-03-29: quiet hours end at 09:00 CEST",
    facts: facts({ now: Date.parse("2026-03-29T00:30:00Z"), events: [ev("voicemail", Date.parse("2026-03-29T00:20:00Z"), ASKED_CALLBACK)] }),
    verdict: "later",
    until: Date.parse("2026-03-29T07:00:00Z"),
    then: "call",
    decided: ["quiet-hours"],
  },
  {
    name: "spring forward: quiet hours ending in the gap end at 03:00 CEST",
    facts: facts({ now: Date.parse("2026-03-29T00:45:00Z"), events: [ev("voicemail", Date.parse("2026-03-29T00:20:00Z"), ASKED_CALLBACK)], settings: { quietHours: { start: 1380, end: 1590 } } }),
    verdict: "later",
    until: Date.parse("2026-03-29T01:00:00Z"),
    decided: ["quiet-hours"],
  },
  {
    name: "fall back 2026-10-25: quiet hours end at 09:00 CET",
    facts: facts({ now: Date.parse("2026-10-25T01:30:00Z"), events: [ev("voicemail", Date.parse("2026-10-25T01:00:00Z"), ASKED_CALLBACK)] }),
    verdict: "later",
    until: Date.parse("2026-10-25T08:00:00Z"),
    then: "call",
    decided: ["quiet-hours"],
  },
  {
    name: "fall back: the second 02:30 is still inside quiet hours",
    facts: facts({ now: Date.parse("2026-10-25T01:30:00Z"), events: [ev("voicemail", Date.parse("2026-10-25T01:00:00Z"), ASKED_CALLBACK)], settings: { quietHours: { start: 60, end: 240 } } }),
    verdict: "later",
    until: Date.parse("2026-10-25T03:00:00Z"),
    decided: ["quiet-hours"],
  },

  // --- allowed hours and call days ---
  { name: "only weekdays 12–14, Monday 10:00", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], allowedHours: weekly("12:00", "14:00", [1, 2, 3, 4, 5]) }), verdict: "later", until: L(`${MON} 12:00`), then: "call", decided: ["outside-allowed-hours"] },
  { name: "only weekdays 12–14, Monday 13:00", facts: facts({ now: `${MON} 13:00`, events: [CALLBACK_0900], allowedHours: weekly("12:00", "14:00", [1, 2, 3, 4, 5]) }), verdict: "call", decided: ["asked-to-call"] },
  {
    name: "only weekdays 12–14, Friday 15:00: Monday, and the request is stale by then",
    facts: facts({ now: "2026-03-20 15:00", events: [ev("voicemail", "2026-03-20 14:30", ASKED_CALLBACK)], allowedHours: weekly("12:00", "14:00", [1, 2, 3, 4, 5]) }),
    verdict: "later",
    until: L("2026-03-23 12:00"),
    decided: ["outside-allowed-hours"],
    check: (d) => expect(d.hints).toContainEqual({ kind: "stale-before", at: L("2026-03-21 14:30") }),
  },
  { name: "no allowed hours at all", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], allowedHours: [[], [], [], [], [], [], []] }), verdict: "none", decided: ["outside-allowed-hours"] },
  { name: "allowed hours across midnight, inside yesterday's range", facts: facts({ now: "2026-03-17 01:00", events: [ev("voicemail", "2026-03-17 00:30", ASKED_CALLBACK)], allowedHours: weekly("20:00", "02:00", [1]), settings: { quietHours: null } }), verdict: "call", decided: ["asked-to-call"] },
  {
    name: "quiet hours and allowed hours together: the later end wins",
    facts: facts({ now: `${MON} 08:00`, events: [ev("voicemail", `${MON} 07:30`, ASKED_CALLBACK)], allowedHours: weekly("12:00", "14:00") }),
    verdict: "later",
    until: L(`${MON} 12:00`),
    decided: ["outside-allowed-hours", "quiet-hours"],
  },
  {
    name: "allowed hours that always fall into quiet hours: no time",
    facts: facts({ now: `${MON} 20:00`, events: [ev("voicemail", `${MON} 19:30`, ASKED_CALLBACK)], allowedHours: weekly("22:00", "23:00") }),
    verdict: "later",
    until: undefined,
    decided: ["outside-allowed-hours"],
    check: (d) => expect(d.hints).toContainEqual({ kind: "until-unknown" }),
  },
  {
    name: "Saturday is not a call day: Monday after quiet hours",
    facts: facts({ now: "2026-03-21 10:00", events: [ev("voicemail", "2026-03-21 09:30", ASKED_CALLBACK)], settings: { callDays: [1, 2, 3, 4, 5], freshnessHours: 72 } }),
    verdict: "later",
    until: L("2026-03-23 09:00"),
    decided: ["call-days"],
  },
  { name: "no call days at all", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], settings: { callDays: [] } }), verdict: "none", decided: ["call-days"] },

  // --- hints ---
  {
    name: "three missed calls within ten minutes",
    facts: facts({ now: `${MON} 10:00`, events: [ev("missed-call", `${MON} 09:40`), ev("missed-call", `${MON} 09:44`), ev("voicemail", `${MON} 09:49`, ASKED_CALLBACK)] }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => expect(d.hints).toContainEqual({ kind: "repeated-calls", count: 3, minutes: 10 }),
  },
  {
    name: "three calls spread over half an hour are not repeated calls",
    facts: facts({ now: `${MON} 10:00`, events: [ev("missed-call", `${MON} 09:20`), ev("missed-call", `${MON} 09:35`), ev("voicemail", `${MON} 09:50`, ASKED_CALLBACK)] }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => expect(d.hints.some((h) => h.kind === "repeated-calls")).toBe(false),
  },
  {
    name: "voicemail reminder off",
    facts: facts({ now: `${MON} 10:00`, events: [ev("callback-request", `${MON} 09:58`, ASKED_NOTHING_CB(), 3)], settings: { voicemailReminder: false } }),
    verdict: "call",
    decided: ["asked-to-call"],
    check: (d) => {
      expect(d.hints).not.toContainEqual({ kind: "no-voicemail" });
      expect(d.hints).toContainEqual({ kind: "repeated-calls", count: 3, minutes: 10 });
    },
  },

  // --- her own rules ---
  {
    name: "custom: never call foreign numbers",
    facts: facts({ now: `${MON} 10:00`, number: number({ country: "AT", foreign: true }), events: [CALLBACK_0900] }),
    options: { customRules: [custom({ id: "no-foreign", verdict: "none", reason: "Ausland nie", when: { fact: "number.foreign", op: "eq", value: true } })] },
    verdict: "none",
    decided: ["no-foreign"],
    check: (d) => expect(d.wouldChange).toContainEqual({ kind: "custom-rule", ruleId: "no-foreign" }),
  },
  {
    name: "custom: Sundays not before noon",
    facts: facts({ now: "2026-03-22 10:00", events: [ev("voicemail", "2026-03-22 09:30", ASKED_CALLBACK)] }),
    options: { customRules: [custom({ id: "sunday-late", verdict: "later", until: "12:00", reason: "Sonntags erst mittags", when: { all: [{ weekday: ["sun"] }, { time: { from: "00:00", to: "12:00" } }] } })] },
    verdict: "later",
    until: L("2026-03-22 12:00"),
    then: "call",
    decided: ["sunday-late"],
  },
  {
    name: "custom call rule cannot soften a default rule",
    facts: facts({ now: `${MON} 12:00`, events: [VOICEMAIL_0805, MISSED_1153] }),
    options: { customRules: [custom({ id: "always-call", verdict: "call", reason: "immer", when: { fact: "request.kind", op: "in", value: ["missed-call", "voicemail"] } })] },
    verdict: "text",
    decided: ["not-asked-to-call"],
    outweighed: ["always-call"],
  },
  {
    name: "custom text rule alongside the default (missedCallText always)",
    facts: facts({ now: `${MON} 10:00`, events: [ev("missed-call", `${MON} 09:58`)], settings: { missedCallText: "always" } }),
    options: { customRules: [custom({ id: "repeat-text", verdict: "text", reason: "bei vielen Anrufen schreiben", when: { fact: "calls.lastHour", op: "gte", value: 1 } })] },
    verdict: "text",
    decided: ["not-asked-to-call", "repeat-text"],
  },
  { name: "quiet hours switched off", facts: facts({ now: `${MON} 23:00`, events: [ev("voicemail", `${MON} 22:30`, ASKED_CALLBACK)] }), options: { disabled: ["quiet-hours", "withheld"] }, verdict: "call", decided: ["asked-to-call"] },
  { name: "withheld cannot be switched off", facts: facts({ now: `${MON} 10:00`, number: { kind: "withheld" }, events: [CALLBACK_0900] }), options: { disabled: ["withheld"] }, verdict: "none", decided: ["withheld"] },
  { name: "nothing allows when the allowing rule is off", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900] }), options: { disabled: ["asked-to-call"] }, verdict: "none", decided: ["nothing-allows"] },
  { name: "a custom rule switched off", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900] }), options: { customRules: [custom({ id: "no-mobiles", verdict: "none", reason: "x", when: { fact: "number.line", op: "eq", value: "mobile" } })], disabled: ["no-mobiles"] }, verdict: "call", decided: ["asked-to-call"] },
  { name: "an unknown time zone allows nothing", facts: facts({ now: `${MON} 10:00`, events: [CALLBACK_0900], timeZone: "Mars/Olympus" }), verdict: "none", decided: ["unknown-clock"] },
];

function ASKED_NOTHING_CB() {
  return { callback: false };
}

describe("evaluate: scenario table", () => {
  it("has at least 45 scenarios", () => expect(scenarios.length).toBeGreaterThanOrEqual(45));

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const d = evaluate(s.facts, s.options);
    expect(d.verdict).toBe(s.verdict);
    expect(d.decided.map((f) => f.ruleId).sort()).toEqual([...s.decided].sort());
    if ("until" in s) expect(d.until).toBe(s.until);
    if (s.then !== undefined) expect(d.then).toBe(s.then);
    if (s.textFits !== undefined) expect(d.textFits).toBe(s.textFits);
    if (s.outweighed !== undefined) expect(d.outweighed.map((f) => f.ruleId).sort()).toEqual([...s.outweighed].sort());
    s.check?.(d);
  });
});

describe("evaluate: every rule reports", () => {
  it("lists a finding for every default rule, matched or not, with the facts it looked at", () => {
    const d = evaluate(facts({ now: `${MON} 12:00`, events: [VOICEMAIL_0805, MISSED_1153] }));
    expect(d.findings.map((f) => f.ruleId)).toEqual([
      "warnlist", "withheld", "blocked", "landline", "someone-else-answered", "nocall", "smsonly", "nosms",
      "no-fresh-request", "not-asked-to-call", "outside-allowed-hours", "call-days", "quiet-hours", "trusted", "asked-to-call",
    ]);
    const landline = d.findings.find((f) => f.ruleId === "landline");
    expect(landline).toMatchObject({ matched: false, reason: { code: "line-not-landline", line: "mobile" } });
    const quiet = d.findings.find((f) => f.ruleId === "quiet-hours");
    expect(quiet).toMatchObject({ matched: false, reason: { code: "outside-quiet-hours" } });
    expect(d.rulesetVersion).toMatch(/\S/);
  });

  it("never puts a phone number into the decision", () => {
    const d = evaluate(facts({ now: `${MON} 12:00`, events: [VOICEMAIL_0805, MISSED_1153] }));
    expect(JSON.stringify(d)).not.toContain("+49171");
  });
});
