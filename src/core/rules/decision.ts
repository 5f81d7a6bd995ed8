import type { Asked, EventKind } from "../inbox/types.js";
import type { LineType, SpecialKind } from "../phone/types.js";
import type { TimeRange, Weekday } from "../time/types.js";
import type { FlagName, Outcome, RuleSettings, Verdict } from "./types.js";

/** Bumped whenever the default practice changes meaning, so stored answers can be told apart. */
export const RULESET_VERSION = "2026.1";

/** The default practice, in the order the domain table lists it. */
export const DEFAULT_RULE_IDS = [
  "warnlist",
  "withheld",
  "blocked",
  "landline",
  "someone-else-answered",
  "nocall",
  "smsonly",
  "nosms",
  "no-fresh-request",
  "not-asked-to-call",
  "outside-allowed-hours",
  "call-days",
  "quiet-hours",
  "trusted",
  "asked-to-call",
] as const;
export type DefaultRuleId = (typeof DEFAULT_RULE_IDS)[number];

/** Decides when every rule that could allow contact is switched off. */
export const NOTHING_ALLOWS_ID = "nothing-allows";
/** Decides when the clock or zone in the facts cannot be read: no time rule can be judged. */
export const UNKNOWN_CLOCK_ID = "unknown-clock";

/** Severity rank: a higher rank outweighs a lower one. */
export const SEVERITY: Readonly<Record<Verdict, number>> = { call: 0, text: 1, later: 2, none: 3 };

/** One inbound event as the explanation shows it. */
export interface RequestFact {
  readonly kind: EventKind;
  readonly at: number;
  readonly attempts: number;
  readonly asked: Asked;
  readonly ageMinutes: number;
}

/** Why a text fits, or why it does not. */
export type TextFit =
  | { readonly fits: true; readonly via: "message" | "missed-call-after-request" | "missed-call" }
  | {
      readonly fits: false;
      readonly because: "nosms" | "not-mobile" | "no-request" | "missed-call-only";
    };

/** What a rule saw and concluded; `code` names the wording used to explain it. */
export type Reason =
  /** On her warning list (`reason` from the list, possibly empty); without `reason`: not on it. */
  | { readonly code: "warning-list"; readonly reason?: string }
  | { readonly code: "number-withheld" }
  | { readonly code: "number-invalid" }
  /** Not a number anyone can have: digits missing or extra for a range that needs `expectedDigits`. */
  | {
      readonly code: "number-wrong-length";
      readonly problem: "too-short" | "too-long";
      /** Digits as written, and the counts numbers starting like it have, counted the same way. */
      readonly digits: number;
      readonly expectedDigits: readonly number[];
      /** How many are missing or extra. */
      readonly by: number;
    }
  | { readonly code: "number-usable"; readonly line: LineType }
  | { readonly code: "flag-set"; readonly flag: FlagName; readonly at: number; readonly by: string }
  | { readonly code: "flag-unset"; readonly flag: FlagName }
  | { readonly code: "line-landline"; readonly line: LineType }
  | { readonly code: "line-maybe-landline"; readonly line: LineType }
  | { readonly code: "line-not-landline"; readonly line: LineType }
  | { readonly code: "no-number"; readonly kind: "withheld" | "invalid" }
  | { readonly code: "someone-else-answered"; readonly at: number }
  | { readonly code: "nobody-else-answered" }
  | { readonly code: "no-fresh-request"; readonly freshnessHours: number; readonly last?: RequestFact }
  | { readonly code: "request-answered"; readonly outcome: Outcome; readonly at: number }
  | { readonly code: "fresh-request"; readonly request: RequestFact }
  | { readonly code: "not-asked"; readonly request: RequestFact }
  | { readonly code: "asked"; readonly request: RequestFact }
  | { readonly code: "no-request" }
  | { readonly code: "outside-allowed-hours"; readonly next?: number }
  | { readonly code: "inside-allowed-hours" }
  | { readonly code: "no-allowed-hours" }
  | { readonly code: "not-a-call-day"; readonly weekday: Weekday; readonly next?: number }
  | { readonly code: "call-day"; readonly weekday: Weekday }
  | { readonly code: "quiet-hours"; readonly range: TimeRange; readonly end?: number }
  | { readonly code: "outside-quiet-hours"; readonly range: TimeRange }
  | { readonly code: "no-quiet-hours" }
  | { readonly code: "custom"; readonly text: string }
  | { readonly code: "custom-not-matched" }
  | { readonly code: "nothing-allows" }
  | { readonly code: "unknown-clock" };

export type ReasonCode = Reason["code"];

/** One rule's result. Unmatched findings keep the fact values the rule looked at. */
export interface Finding {
  readonly ruleId: string;
  readonly custom: boolean;
  readonly matched: boolean;
  /** The verdict the rule asks for when matched. */
  readonly verdict?: Verdict;
  /** For rules that allow a text only where one fits. */
  readonly textFits?: boolean;
  /** For "later": the instant the rule stops holding; undefined when it never does within two weeks. */
  readonly until?: number;
  /** Rules that never decide by severity: "no-text" removes the text option, "no-override" is
   *  a flag that must not soften anything (trusted). */
  readonly modifier?: "no-text" | "no-override";
  readonly reason: Reason;
}

/** Something that would make the answer milder. */
export type Change =
  | { readonly kind: "after"; readonly at: number }
  | { readonly kind: "asks-callback" }
  | { readonly kind: "new-request" }
  | { readonly kind: "leaves-message" }
  | { readonly kind: "number-shown" }
  | { readonly kind: "remove-flag"; readonly flag: FlagName }
  | { readonly kind: "setting"; readonly setting: keyof RuleSettings }
  | { readonly kind: "custom-rule"; readonly ruleId: string }
  | { readonly kind: "permanent"; readonly ruleId: string };

export type Hint =
  | { readonly kind: "repeated-calls"; readonly count: number; readonly minutes: number }
  | {
      readonly kind: "caution";
      readonly cause: "foreign" | "premium" | "shared-cost" | "personal";
      readonly country?: string;
    }
  | { readonly kind: "no-voicemail" }
  | { readonly kind: "stale-before"; readonly at: number }
  | { readonly kind: "until-unknown" };

/** The fact values the rules used, for the explanation. Never holds a number or a name. */
export interface DecisionFacts {
  readonly now: number;
  readonly timeZone: string;
  readonly number:
    | { readonly kind: "withheld" | "invalid" }
    | {
        readonly kind: "number";
        readonly line: LineType;
        readonly special?: SpecialKind;
        readonly country: string;
        readonly foreign: boolean;
        /** The line type the rules acted on (a flag or the mobile-or-landline setting may override). */
        readonly treatedAs: "mobile" | "landline" | "other";
      };
  /** The latest inbound event of the open thread within the freshness window. */
  readonly lastRequest?: RequestFact;
  /** The latest voicemail, SMS or callback request of the open thread, when it is not `lastRequest`. */
  readonly lastMessage?: RequestFact;
  readonly fresh: boolean;
  readonly freshnessHours: number;
  readonly flags: readonly FlagName[];
  readonly outcomes: {
    readonly someoneElse: number;
    readonly last?: { readonly outcome: Outcome; readonly at: number };
  };
  /** Most calls seen within any `repeatedCalls.minutes` span of the fresh thread. */
  readonly callsInWindow: number;
  readonly disabled: readonly string[];
}

export interface Decision {
  readonly verdict: Verdict;
  /** For "later": when getting in touch is allowed; undefined when not within two weeks. */
  readonly until?: number;
  /** For "later": what is allowed once `until` has passed. */
  readonly then?: "call" | "text";
  readonly textFits: boolean;
  readonly textFit: TextFit;
  readonly decided: readonly Finding[];
  readonly outweighed: readonly Finding[];
  /** Every rule's finding, matched or not, in evaluation order. */
  readonly findings: readonly Finding[];
  readonly facts: DecisionFacts;
  readonly wouldChange: readonly Change[];
  readonly hints: readonly Hint[];
  readonly rulesetVersion: string;
}
