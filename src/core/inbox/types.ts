import type { DraftLanguage } from "../draft-language.js";
import type { PhoneClass } from "../phone/types.js";
import type { Weekday } from "../time/types.js";

export type EventKind = "missed-call" | "voicemail" | "sms" | "callback-request";

export type AskedDay =
  | { readonly kind: "today" }
  | { readonly kind: "tomorrow" }
  | { readonly kind: "weekday"; readonly weekday: Weekday }
  | { readonly kind: "date"; readonly year: number; readonly month: number; readonly day: number };

export interface AskedTime {
  readonly hour: number;
  readonly minute: number;
  /** "gegen 18:00", "around 6" */
  readonly approx: boolean;
}

/** What the caller wanted. An appointment question is not a callback request. */
export interface Asked {
  readonly callback: boolean;
  readonly appointment?: {
    /** The day taken. Late at night (see LATE_NIGHT_END_MINUTE) "morgen", "übermorgen" and
     *  "heute Nacht" count from yesterday, and both readings are dates. */
    readonly day?: AskedDay;
    /** Set only then: the calendar reading of the same words, which `day` is not. */
    readonly alternativeDay?: AskedDay;
    readonly time?: AskedTime;
  };
}

/** One recognised inbound event. Never holds the original text. */
export interface InboundEvent {
  readonly kind: EventKind;
  readonly caller: PhoneClass;
  /** When it happened, epoch ms. */
  readonly at: number;
  /** "text" when the note gave a time, "message" when the message/forward date was used. */
  readonly atSource: "text" | "message";
  /** Number of attempts, ≥ 1 ("3 verpasste Anrufe" → 3). */
  readonly attempts: number;
  readonly asked: Asked;
  /** The language the caller wrote or spoke in, when it can be told. */
  readonly lang?: DraftLanguage;
}

/** What the parser needs besides the text. */
export interface InboundContext {
  /** The message's date (for a forward: the original date), epoch ms. */
  readonly now: number;
  readonly timeZone: string;
  /** Default region for numbers without a prefix, e.g. "DE". */
  readonly region: string;
}
