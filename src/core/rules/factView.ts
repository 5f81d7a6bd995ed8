import type { EventKind } from "../inbox/types.js";
import type { LineType } from "../phone/types.js";
import type { Reason, RequestFact, TextFit } from "./decision.js";
import type { EventFact, Facts, FlagMark, FlagName, Outcome, RuleSettings } from "./types.js";
import { wallTime, type WallTime } from "./wallClock.js";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Everything the rules read, derived once per evaluation. */
export interface FactView {
  readonly facts: Facts;
  readonly settings: RuleSettings;
  readonly now: number;
  readonly timeZone: string;
  readonly wall: WallTime;
  readonly line: LineType | undefined;
  /** Why the number counts as a landline, if it does. */
  readonly landlineBy: "line" | "maybe" | "flag" | undefined;
  readonly treatedAs: "mobile" | "landline" | "other";
  readonly freshnessMs: number;
  /** Latest event of the open thread within the freshness window. */
  readonly lastRequest: RequestFact | undefined;
  /** Latest voicemail / SMS / callback request of the open thread within the window. */
  readonly lastMessage: RequestFact | undefined;
  /** Latest event of the open thread within the window that asked for a call. */
  readonly callbackRequest: RequestFact | undefined;
  /** Whether the open thread asked for a call: the reason both "not-asked-to-call" and
   *  "asked-to-call" give. */
  readonly askedReason: Reason;
  /** Latest open event regardless of age, to say how old the last contact was. */
  readonly lastAny: EventFact | undefined;
  /** The last callback that reached the client closes the thread: older events are answered. */
  readonly answered: { readonly outcome: Outcome; readonly at: number } | undefined;
  readonly lastOutcome: { readonly outcome: Outcome; readonly at: number } | undefined;
  readonly someoneElseCount: number;
  readonly someoneElseLastAt: number | undefined;
  readonly textFit: TextFit;
  readonly callsInWindow: number;
  readonly callsLastHour: number;
  readonly flagList: readonly FlagName[];
  /** The flags copied into one fixed shape: callers' flag objects come in many shapes, and
   *  reading them by a variable key is the slowest lookup the engine would otherwise do. */
  readonly flags: FlagMarks;
}

export interface FlagMarks {
  readonly nocall: FlagMark | undefined;
  readonly landline: FlagMark | undefined;
  readonly forwarded: FlagMark | undefined;
  readonly smsonly: FlagMark | undefined;
  readonly nosms: FlagMark | undefined;
  readonly blocked: FlagMark | undefined;
  readonly trusted: FlagMark | undefined;
}

const NO_FLAGS: readonly FlagName[] = Object.freeze([]);
/** The reason of every rule that looks for an open request and finds none. */
export const NO_REQUEST: Reason = { code: "no-request" };

const NO_MARKS: FlagMarks = {
  nocall: undefined,
  landline: undefined,
  forwarded: undefined,
  smsonly: undefined,
  nosms: undefined,
  blocked: undefined,
  trusted: undefined,
};

function flagMarksOf(flags: Facts["flags"]): FlagMarks {
  // Callers' flag objects come in many shapes; walking the keys they have is cheaper than
  // looking up every name, and most have none.
  let marks: { -readonly [K in FlagName]: FlagMark | undefined } | undefined;
  for (const name in flags) {
    const mark = flags[name as FlagName];
    if (mark === undefined) continue;
    marks ??= { nocall: undefined, landline: undefined, forwarded: undefined, smsonly: undefined, nosms: undefined, blocked: undefined, trusted: undefined };
    switch (name) {
      case "nocall": marks.nocall = mark; break;
      case "landline": marks.landline = mark; break;
      case "forwarded": marks.forwarded = mark; break;
      case "smsonly": marks.smsonly = mark; break;
      case "nosms": marks.nosms = mark; break;
      case "blocked": marks.blocked = mark; break;
      case "trusted": marks.trusted = mark; break;
    }
  }
  return marks ?? NO_MARKS;
}

function flagListOf(marks: FlagMarks): readonly FlagName[] {
  if (marks === NO_MARKS) return NO_FLAGS;
  const list: FlagName[] = [];
  if (marks.nocall !== undefined) list.push("nocall");
  if (marks.landline !== undefined) list.push("landline");
  if (marks.forwarded !== undefined) list.push("forwarded");
  if (marks.smsonly !== undefined) list.push("smsonly");
  if (marks.nosms !== undefined) list.push("nosms");
  if (marks.blocked !== undefined) list.push("blocked");
  if (marks.trusted !== undefined) list.push("trusted");
  return list;
}

const isMessage = (kind: EventKind): boolean => kind !== "missed-call";
const isCall = (kind: EventKind): boolean => kind !== "sms";
const asksForCall = (e: EventFact): boolean => e.asked.callback || e.kind === "callback-request";

export function requestFact(e: EventFact, now: number): RequestFact {
  return {
    kind: e.kind,
    at: e.at,
    attempts: e.attempts,
    asked: e.asked,
    ageMinutes: Math.max(0, Math.floor((now - e.at) / MINUTE_MS)),
  };
}

function attemptsOf(e: EventFact): number {
  return Number.isFinite(e.attempts) && e.attempts >= 1 ? Math.floor(e.attempts) : 1;
}

/** Most calls inside any window of `minutes` among the events since `since`. Event lists are
 *  short, so a quadratic scan beats sorting a copy. */
function maxCallsInWindow(events: readonly EventFact[], since: number, minutes: number): number {
  const span = Math.max(0, minutes) * MINUTE_MS;
  let best = 0;
  for (let i = 0; i < events.length; i++) {
    const first = events[i]!;
    if (!isCall(first.kind) || !(first.at >= since)) continue;
    let inWindow = 0;
    for (let j = 0; j < events.length; j++) {
      const e = events[j]!;
      if (isCall(e.kind) && e.at >= first.at && e.at - first.at <= span) inWindow += attemptsOf(e);
    }
    if (inWindow > best) best = inWindow;
  }
  return best;
}

type LineVerdict = { readonly landlineBy: FactView["landlineBy"]; readonly treatedAs: FactView["treatedAs"] };
const NOT_A_NUMBER: LineVerdict = { landlineBy: undefined, treatedAs: "other" };
const BY_LINE: LineVerdict = { landlineBy: "line", treatedAs: "landline" };
const BY_FLAG: LineVerdict = { landlineBy: "flag", treatedAs: "landline" };
const MAYBE: LineVerdict = { landlineBy: "maybe", treatedAs: "landline" };
const AS_MOBILE: LineVerdict = { landlineBy: undefined, treatedAs: "mobile" };
const AS_OTHER: LineVerdict = { landlineBy: undefined, treatedAs: "other" };

function lineVerdictOf(facts: Facts, flags: FlagMarks): LineVerdict {
  const number = facts.number;
  if (number.kind !== "number") return NOT_A_NUMBER;
  const line = number.line;
  if (line === "landline") return BY_LINE;
  if (flags.landline !== undefined) return BY_FLAG;
  const uncertain = line === "mobile-or-landline" || line === "unknown";
  if (uncertain && facts.settings.mobileOrLandlineIsLandline) return MAYBE;
  if (line === "mobile" || line === "mobile-or-landline") return AS_MOBILE;
  return AS_OTHER;
}

export function viewOf(facts: Facts, wall: WallTime = wallTime(facts.timeZone, facts.now)): FactView {
  const { now, settings } = facts;
  const freshnessMs = Math.max(0, settings.freshnessHours) * HOUR_MS;
  const flags = flagMarksOf(facts.flags);
  const { landlineBy, treatedAs } = lineVerdictOf(facts, flags);
  const line = facts.number.kind === "number" ? facts.number.line : undefined;

  let answered: FactView["answered"];
  let lastOutcome: FactView["lastOutcome"];
  let someoneElseCount = 0;
  let someoneElseLastAt: number | undefined;
  for (let i = 0; i < facts.outcomes.length; i++) {
    const o = facts.outcomes[i]!;
    if (lastOutcome === undefined || o.at > lastOutcome.at) lastOutcome = o;
    if (o.outcome === "reached" && (answered === undefined || o.at > answered.at)) answered = o;
    if (o.outcome === "someone-else") {
      someoneElseCount++;
      if (someoneElseLastAt === undefined || o.at > someoneElseLastAt) someoneElseLastAt = o.at;
    }
  }
  const openSince = answered === undefined ? -Infinity : answered.at;
  const freshSince = now - freshnessMs;

  let lastAny: EventFact | undefined;
  let lastRequest: EventFact | undefined;
  let lastMessage: EventFact | undefined;
  let callbackRequest: EventFact | undefined;
  let lastMissed: EventFact | undefined;
  let callsLastHour = 0;
  for (let i = 0; i < facts.events.length; i++) {
    const e = facts.events[i]!;
    if (isCall(e.kind) && e.at >= now - HOUR_MS && e.at <= now) callsLastHour += attemptsOf(e);
    if (!(e.at > openSince)) continue;
    if (lastAny === undefined || e.at > lastAny.at) lastAny = e;
    if (!(e.at >= freshSince)) continue;
    if (lastRequest === undefined || e.at > lastRequest.at) lastRequest = e;
    if (isMessage(e.kind)) {
      if (lastMessage === undefined || e.at > lastMessage.at) lastMessage = e;
    } else if (lastMissed === undefined || e.at > lastMissed.at) {
      lastMissed = e;
    }
    if (asksForCall(e) && (callbackRequest === undefined || e.at > callbackRequest.at)) callbackRequest = e;
  }

  const textFit = textFitOf(facts, flags, treatedAs, openSince, freshnessMs, lastRequest, lastMessage, lastMissed);

  // The latest request is often also the latest message or the callback request: one fact each.
  const request = lastRequest && requestFact(lastRequest, now);
  const message = lastMessage === undefined ? undefined : lastMessage === lastRequest ? request : requestFact(lastMessage, now);
  const callback =
    callbackRequest === undefined ? undefined
      : callbackRequest === lastRequest ? request
        : callbackRequest === lastMessage ? message
          : requestFact(callbackRequest, now);
  const askedReason: Reason =
    callback !== undefined ? { code: "asked", request: callback }
      : request !== undefined ? { code: "not-asked", request }
        : NO_REQUEST;

  const repeated = settings.repeatedCalls;
  return {
    facts,
    settings,
    now,
    timeZone: facts.timeZone,
    wall,
    line,
    landlineBy,
    treatedAs,
    freshnessMs,
    lastRequest: request,
    lastMessage: message,
    callbackRequest: callback,
    askedReason,
    lastAny,
    answered,
    lastOutcome,
    someoneElseCount,
    someoneElseLastAt,
    textFit,
    callsInWindow: maxCallsInWindow(facts.events, Math.max(freshSince, openSince), repeated.minutes),
    callsLastHour,
    flagList: flagListOf(flags),
    flags,
  };
}

const FITS_MESSAGE: TextFit = Object.freeze({ fits: true, via: "message" });
const FITS_AFTER_REQUEST: TextFit = Object.freeze({ fits: true, via: "missed-call-after-request" });
const FITS_MISSED_CALL: TextFit = Object.freeze({ fits: true, via: "missed-call" });
const NOT_MOBILE: TextFit = Object.freeze({ fits: false, because: "not-mobile" });
const NO_FRESH_REQUEST: TextFit = Object.freeze({ fits: false, because: "no-request" });
const MISSED_CALL_ONLY: TextFit = Object.freeze({ fits: false, because: "missed-call-only" });
const NO_SMS: TextFit = Object.freeze({ fits: false, because: "nosms" });

/** "A text fits": a mobile, a recent request a text can answer, and texts not ruled out. */
function textFitOf(
  facts: Facts,
  flags: FlagMarks,
  treatedAs: FactView["treatedAs"],
  openSince: number,
  freshnessMs: number,
  lastRequest: EventFact | undefined,
  lastMessage: EventFact | undefined,
  lastMissed: EventFact | undefined,
): TextFit {
  if (treatedAs !== "mobile") return NOT_MOBILE;
  if (lastRequest === undefined) return NO_FRESH_REQUEST;
  let fit: TextFit = MISSED_CALL_ONLY;
  if (lastMessage !== undefined) fit = FITS_MESSAGE;
  else if (facts.settings.missedCallText === "always") fit = FITS_MISSED_CALL;
  else if (facts.settings.missedCallText === "after-request" && lastMissed !== undefined) {
    // The earlier request may have gone stale itself; the missed call keeps its thread alive.
    for (let i = 0; i < facts.events.length; i++) {
      const e = facts.events[i]!;
      if (isMessage(e.kind) && e.at > openSince && e.at <= lastMissed.at && lastMissed.at - e.at <= freshnessMs) {
        fit = FITS_AFTER_REQUEST;
        break;
      }
    }
  }
  if (fit.fits && flags.nosms !== undefined) return NO_SMS;
  return fit;
}
