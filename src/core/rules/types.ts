import type { Asked, EventKind } from "../inbox/types.js";
import type { PhoneClass } from "../phone/types.js";
import type { TimeRange, Weekday, WeeklyHours } from "../time/types.js";

/** Ordered by severity: a stricter verdict outweighs a milder one. */
export type Verdict = "call" | "text" | "later" | "none";
export const VERDICT_EMOJI: Readonly<Record<Verdict, string>> = {
  call: "✅",
  text: "💬",
  later: "⏳",
  none: "⛔",
};

export const FLAG_NAMES = [
  "nocall",
  "landline",
  "forwarded",
  "smsonly",
  "nosms",
  "blocked",
  "trusted",
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/** When and why a flag was set. */
export interface FlagMark {
  readonly at: number;
  /** "owner": she set it; "outcome": set after a callback outcome; "import": from a backup. */
  readonly by: "owner" | "outcome" | "import";
  /** Short neutral reason, e.g. "someone-else-answered". Never a name or number. */
  readonly reason?: string;
}
export type Flags = Readonly<Partial<Record<FlagName, FlagMark>>>;

export type Outcome = "reached" | "someone-else" | "voicemail" | "no-answer";
export interface OutcomeRecord {
  readonly at: number;
  readonly outcome: Outcome;
}

/** The inbound facts the engine needs about one event. */
export interface EventFact {
  readonly kind: EventKind;
  readonly at: number;
  readonly attempts: number;
  readonly asked: Asked;
}

/** Her tunable settings for the default practice. */
export interface RuleSettings {
  /** Daily quiet hours, e.g. 21:00–09:00 = { start: 1260, end: 1980 }; null = none. */
  readonly quietHours: TimeRange | null;
  /** How long a request counts as fresh. */
  readonly freshnessHours: number;
  /** Whether a missed call without a message may be answered by text. */
  readonly missedCallText: "never" | "after-request" | "always";
  readonly mobileOrLandlineIsLandline: boolean;
  readonly cautionForeign: boolean;
  readonly cautionSpecial: boolean;
  /** Days she calls (and texts) at all. */
  readonly callDays: readonly Weekday[];
  /** N calls within M minutes show as a hint. */
  readonly repeatedCalls: { readonly count: number; readonly minutes: number };
  /** Remind her not to leave a voicemail. */
  readonly voicemailReminder: boolean;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  quietHours: { start: 21 * 60, end: 33 * 60 },
  freshnessHours: 24,
  missedCallText: "after-request",
  mobileOrLandlineIsLandline: true,
  cautionForeign: true,
  cautionSpecial: true,
  callDays: [0, 1, 2, 3, 4, 5, 6],
  repeatedCalls: { count: 3, minutes: 10 },
  voicemailReminder: true,
};

/** Everything the engine knows when asked about one number. */
export interface Facts {
  readonly now: number;
  readonly timeZone: string;
  readonly number: PhoneClass;
  readonly flags: Flags;
  /** The contact's allowed hours; undefined = no restriction. */
  readonly allowedHours?: WeeklyHours;
  /** Inbound events from this number, any order. */
  readonly events: readonly EventFact[];
  readonly outcomes: readonly OutcomeRecord[];
  readonly settings: RuleSettings;
  /** The number is on her imported warning list, with the list's reason (may be empty). */
  readonly warnList?: { readonly reason: string };
}
