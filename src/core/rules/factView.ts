import type { EventKind } from "../inbox/types.js";
import type { LineType } from "../phone/types.js";
import type { Reason, RequestFact, TextFit } from "./decision.js";
import { INTL_OFFSETS, type OffsetSource } from "../time/offsets.js";
import { FLAG_NAMES, type EventFact, type Facts, type FlagMark, type FlagName, type Flags, type Outcome, type RuleSettings } from "./types.js";
import { wallTime, type WallTime } from "./wallClock.js";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Everything the rules read, derived once per evaluation. */
export interface FactView {
  readonly facts: Facts;
  readonly settings: RuleSettings;
  readonly now: number;
  readonly timeZone: string;
  /** Where the time rules read the zone's offsets. */
  readonly offsets: OffsetSource;
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
  /** The flags that are set, in the order of FLAG_NAMES. */
  readonly flagList: readonly FlagName[];
  /** The flags that are set, by name. */
  readonly flags: ReadonlyMap<FlagName, FlagMark>;
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

/** Most calls inside any window of `minutes` that starts with a call since `since`. */
function maxCallsInWindow(events: readonly EventFact[], since: number, minutes: number): number {
  const span = Math.max(0, minutes) * MINUTE_MS;
  let most = 0;
  for (const first of events) {
    if (!isCall(first.kind) || !(first.at >= since)) continue;
    let calls = 0;
    for (const e of events) if (isCall(e.kind) && e.at >= first.at && e.at - first.at <= span) calls += attemptsOf(e);
    most = Math.max(most, calls);
  }
  return most;
}

/** The flags that are set: callers' flag objects may also carry unknown keys or undefined values. */
function setFlags(flags: Flags): Map<FlagName, FlagMark> {
  const set = new Map<FlagName, FlagMark>();
  for (const name in flags) {
    const mark = flags[name as FlagName];
    if (mark !== undefined && (FLAG_NAMES as readonly string[]).includes(name)) set.set(name as FlagName, mark);
  }
  return set;
}

function lineVerdictOf(facts: Facts, flags: ReadonlyMap<FlagName, FlagMark>): Pick<FactView, "landlineBy" | "treatedAs"> {
  const number = facts.number;
  if (number.kind !== "number") return { landlineBy: undefined, treatedAs: "other" };
  const line = number.line;
  if (line === "landline") return { landlineBy: "line", treatedAs: "landline" };
  if (flags.has("landline")) return { landlineBy: "flag", treatedAs: "landline" };
  const uncertain = line === "mobile-or-landline" || line === "unknown";
  if (uncertain && facts.settings.mobileOrLandlineIsLandline) return { landlineBy: "maybe", treatedAs: "landline" };
  return { landlineBy: undefined, treatedAs: line === "mobile" || line === "mobile-or-landline" ? "mobile" : "other" };
}

const later = <T extends { readonly at: number }>(a: T | undefined, b: T): T => (a === undefined || b.at > a.at ? b : a);

export function viewOf(facts: Facts, offsets: OffsetSource = INTL_OFFSETS, wall: WallTime = wallTime(facts.timeZone, facts.now, offsets)): FactView {
  const { now, settings } = facts;
  const freshnessMs = Math.max(0, settings.freshnessHours) * HOUR_MS;
  const flags = setFlags(facts.flags);
  const { landlineBy, treatedAs } = lineVerdictOf(facts, flags);

  let lastOutcome: FactView["lastOutcome"];
  let answered: FactView["answered"];
  let someoneElseCount = 0;
  let someoneElseLastAt: number | undefined;
  for (const o of facts.outcomes) {
    lastOutcome = later(lastOutcome, o);
    if (o.outcome === "reached") answered = later(answered, o);
    if (o.outcome === "someone-else") {
      someoneElseCount++;
      someoneElseLastAt = Math.max(someoneElseLastAt ?? -Infinity, o.at);
    }
  }

  // The last callback that reached the client closes the thread; what counts is fresh and open.
  const openSince = answered?.at ?? -Infinity;
  const freshSince = now - freshnessMs;
  let lastAny: EventFact | undefined;
  let lastRequest: EventFact | undefined;
  let lastMessage: EventFact | undefined;
  let lastMissed: EventFact | undefined;
  let callbackRequest: EventFact | undefined;
  let callsLastHour = 0;
  for (const e of facts.events) {
    if (isCall(e.kind) && e.at >= now - HOUR_MS && e.at <= now) callsLastHour += attemptsOf(e);
    if (!(e.at > openSince)) continue;
    lastAny = later(lastAny, e);
    if (!(e.at >= freshSince)) continue;
    lastRequest = later(lastRequest, e);
    if (isMessage(e.kind)) lastMessage = later(lastMessage, e);
    else lastMissed = later(lastMissed, e);
    if (asksForCall(e)) callbackRequest = later(callbackRequest, e);
  }

  const request = lastRequest && requestFact(lastRequest, now);
  const callback = callbackRequest && requestFact(callbackRequest, now);
  const askedReason: Reason =
    callback !== undefined ? { code: "asked", request: callback }
      : request !== undefined ? { code: "not-asked", request }
        : { code: "no-request" };

  return {
    facts,
    settings,
    now,
    timeZone: facts.timeZone,
    offsets,
    wall,
    line: facts.number.kind === "number" ? facts.number.line : undefined,
    landlineBy,
    treatedAs,
    freshnessMs,
    lastRequest: request,
    lastMessage: lastMessage && requestFact(lastMessage, now),
    callbackRequest: callback,
    askedReason,
    lastAny,
    answered,
    lastOutcome,
    someoneElseCount,
    someoneElseLastAt,
    textFit: textFitOf(facts, flags, treatedAs, openSince, freshnessMs, lastRequest, lastMessage, lastMissed),
    callsInWindow: maxCallsInWindow(facts.events, Math.max(freshSince, openSince), settings.repeatedCalls.minutes),
    callsLastHour,
    flagList: FLAG_NAMES.filter((name) => flags.has(name)),
    flags,
  };
}

/** Whether a missed call follows a message of the open thread within the freshness window: the
 *  earlier request may have gone stale itself, the missed call keeps its thread alive. */
function followsRequest(events: readonly EventFact[], missed: EventFact | undefined, openSince: number, freshnessMs: number): boolean {
  if (missed === undefined) return false;
  for (const e of events) if (isMessage(e.kind) && e.at > openSince && e.at <= missed.at && missed.at - e.at <= freshnessMs) return true;
  return false;
}

/** "A text fits": a mobile, a recent request a text can answer, and texts not ruled out. */
function textFitOf(
  facts: Facts,
  flags: ReadonlyMap<FlagName, FlagMark>,
  treatedAs: FactView["treatedAs"],
  openSince: number,
  freshnessMs: number,
  lastRequest: EventFact | undefined,
  lastMessage: EventFact | undefined,
  lastMissed: EventFact | undefined,
): TextFit {
  if (treatedAs !== "mobile") return { fits: false, because: "not-mobile" };
  if (lastRequest === undefined) return { fits: false, because: "no-request" };
  const missedCallText = facts.settings.missedCallText;
  const fit: TextFit =
    lastMessage !== undefined ? { fits: true, via: "message" }
      : missedCallText === "always" ? { fits: true, via: "missed-call" }
        : missedCallText === "after-request" && followsRequest(facts.events, lastMissed, openSince, freshnessMs)
          ? { fits: true, via: "missed-call-after-request" }
          : { fits: false, because: "missed-call-only" };
  return fit.fits && flags.has("nosms") ? { fits: false, because: "nosms" } : fit;
}
