import { readAsked } from "../inbox/asked.js";
import { MessageClock, usableZone } from "../inbox/clock.js";
import { detectLang } from "../inbox/lang.js";
import { parseInbound } from "../inbox/parse.js";
import type { Asked, InboundContext, InboundEvent } from "../inbox/types.js";
import { parseNumberArgument } from "../phone/index.js";
import type { PhoneClass } from "../phone/types.js";
import { readEventTime } from "./at.js";

/** What her phone's automation reports. */
export const INTAKE_KINDS = ["missed-call", "sms", "voicemail"] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/** One request's content: named fields, or a note as she would paste it. */
export type IntakeNote =
  | {
      readonly form: "fields";
      readonly kind: IntakeKind;
      /** As the phone shows it; empty, "0" (Tasker) or a withheld word when there is none. */
      readonly number?: string;
      readonly at?: string | number;
      /** The SMS text or the voicemail transcript. */
      readonly text?: string;
    }
  | { readonly form: "text"; readonly text: string };

export type IntakeReading =
  | { readonly ok: true; readonly events: InboundEvent[] }
  /** `at` is in no form we read, or far from now; nothing is stored. */
  | { readonly ok: false; readonly problem: "bad-time" };

/**
 * What Android reports for a caller it cannot name: Tasker's %CNUM is "0", the call log's
 * own codes for private, unknown and payphone callers are negative.
 */
const NO_NUMBER = /^\s*(?:|0|-[1-4])\s*$/;

function callerOf(number: string | undefined, region: string): PhoneClass {
  if (number === undefined || NO_NUMBER.test(number)) return { kind: "withheld" };
  return parseNumberArgument(number, region);
}

const NOTHING_ASKED: Asked = { callback: false };

/**
 * Reads what the phone sent into events, as the inbox reads a pasted note: a plain text is
 * exactly such a note; fields give kind, caller and time, and an SMS text or transcript says
 * what was asked. An SMS whose sender is no caller (a carrier's "Anruf-Info", a short code) is
 * the carrier's notice about someone else's call and is read as a note. Times without a day
 * count from `ctx.now`, the moment the request arrived. Pure: no clock, no I/O.
 */
export function readIntake(note: IntakeNote, ctx: InboundContext): IntakeReading {
  if (note.form === "text") return { ok: true, events: parseInbound(note.text, ctx) };
  const at = note.at === undefined || note.at === "" ? undefined : readEventTime(note.at, ctx.now, ctx.timeZone);
  if (note.at !== undefined && note.at !== "" && at === undefined) return { ok: false, problem: "bad-time" };
  const when = at ?? ctx.now;
  const caller = callerOf(note.number, ctx.region);
  const text = note.text?.trim() ?? "";
  if (note.kind === "sms" && caller.kind === "invalid" && !caller.wrongLength && text !== "") {
    return { ok: true, events: parseInbound(text, { ...ctx, now: when }) };
  }
  const clock = new MessageClock(when, usableZone(ctx.timeZone, when));
  const lang = text === "" ? undefined : detectLang(text);
  const event: InboundEvent = {
    kind: note.kind,
    caller,
    at: when,
    atSource: at === undefined ? "message" : "text",
    attempts: 1,
    asked: text === "" ? NOTHING_ASKED : readAsked(text, "", clock),
    ...(lang && { lang }),
  };
  return { ok: true, events: [event] };
}
