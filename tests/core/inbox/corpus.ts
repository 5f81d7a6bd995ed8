import { TZDate } from "@date-fns/tz";
import type { Asked, EventKind, InboundEvent } from "../../../src/core/inbox/types.js";
import type { LineType, WrongLength } from "../../../src/core/phone/types.js";
import type { DraftLanguage } from "../../../src/core/draft-language.js";

export const ZONE = "Europe/Berlin";

/** Wall time in Berlin → epoch ms. month is 1–12. */
export function berlin(year: number, month: number, day: number, hour: number, minute: number): number {
  return new TZDate(year, month - 1, day, hour, minute, ZONE).getTime();
}

/** Monday 17 March 2025, 12:00 — the default message date. */
export const MONDAY_NOON = berlin(2025, 3, 17, 12, 0);
/** Monday 31 March 2025, 10:00 — the day after clocks went forward. */
export const AFTER_DST = berlin(2025, 3, 31, 10, 0);

export type ExpectedCaller =
  | { readonly kind: "withheld" }
  | { readonly kind: "invalid"; readonly wrongLength?: Partial<WrongLength> }
  | { readonly kind: "number"; readonly e164: string; readonly line?: LineType; readonly foreign?: boolean };

export interface ExpectedEvent {
  readonly kind?: EventKind;
  readonly caller?: ExpectedCaller;
  readonly at?: number;
  readonly atSource?: InboundEvent["atSource"];
  readonly attempts?: number;
  readonly asked?: Asked;
  readonly lang?: DraftLanguage;
}

export interface CorpusCase {
  readonly name: string;
  readonly text: string;
  readonly now: number;
  readonly expected: readonly ExpectedEvent[];
}

const num = (e164: string, line?: LineType): ExpectedCaller => (line ? { kind: "number", e164, line } : { kind: "number", e164 });
const WITHHELD: ExpectedCaller = { kind: "withheld" };
const NONE: ExpectedCaller = { kind: "invalid" };
const NOTHING: Asked = { callback: false };
const CALLBACK: Asked = { callback: true };
const M = MONDAY_NOON;

export const corpus: readonly CorpusCase[] = [
  // ── Android ─────────────────────────────────────────────────────────────
  { name: "android missed call", text: "Entgangener Anruf\n0171 2345678", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING, lang: "de" }] },
  { name: "android missed call from", text: "Entgangener Anruf von +49 160 9876543", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543", "mobile"), atSource: "message", asked: NOTHING }] },
  { name: "android three missed calls", text: "3 verpasste Anrufe\n0160 9876543", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543"), attempts: 3 }] },
  { name: "android missed call with time", text: "Entgangener Anruf\n0171 2345678\n08:05", now: M,
    expected: [{ kind: "missed-call", at: berlin(2025, 3, 17, 8, 5), atSource: "text" }] },
  { name: "android with button captions", text: "Entgangener Anruf\n0171 2345678\nZURÜCKRUFEN   NACHRICHT", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678"), asked: NOTHING }] },
  { name: "android withheld", text: "Entgangener Anruf\nUnbekannt", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, asked: NOTHING }] },
  { name: "android private number", text: "Entgangener Anruf\nPrivate Nummer\nvor 7 Minuten", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, at: M - 7 * 60_000, atSource: "text" }] },
  { name: "android relative hours", text: "Entgangener Anruf von 0151 12345678 · vor 2 Std.", now: M,
    expected: [{ caller: num("+4915112345678"), at: M - 2 * 3_600_000 }] },
  { name: "android count in brackets", text: "Entgangene Anrufe (3)\n030 1234567", now: M,
    expected: [{ kind: "missed-call", caller: num("+49301234567", "landline"), attempts: 3 }] },
  { name: "android 2x", text: "Entgangener Anruf 2x\n0171-234 56 78", now: M,
    expected: [{ caller: num("+491712345678"), attempts: 2 }] },
  { name: "android list of three", text: "Entgangener Anruf\n0171 2345678\nEntgangener Anruf\nUnbekannt\nEntgangener Anruf\n030 1234567", now: M,
    expected: [{ caller: num("+491712345678") }, { caller: WITHHELD }, { caller: num("+49301234567", "landline") }] },
  { name: "android list with blank lines", text: "Entgangener Anruf\n0171 2345678\nheute 08:05\n\nEntgangener Anruf\n0160 9876543\ngestern 22:10", now: M,
    expected: [
      { caller: num("+491712345678"), at: berlin(2025, 3, 17, 8, 5) },
      { caller: num("+491609876543"), at: berlin(2025, 3, 16, 22, 10) },
    ] },

  // ── iOS ────────────────────────────────────────────────────────────────
  { name: "ios missed call", text: "Verpasster Anruf\n+49 171 2345678", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678") }] },
  { name: "ios number first list", text: "0171 2345678\nVerpasster Anruf\n030 1234567\nVerpasster Anruf", now: M,
    expected: [{ caller: num("+491712345678") }, { caller: num("+49301234567") }] },
  { name: "ios weekday", text: "Verpasster Anruf\n0171 2345678\nSa 08:05", now: M,
    expected: [{ at: berlin(2025, 3, 15, 8, 5), atSource: "text" }] },
  { name: "ios yesterday", text: "Verpasster Anruf: 0160 9876543, Gestern, 21:47", now: M,
    expected: [{ caller: num("+491609876543"), at: berlin(2025, 3, 16, 21, 47) }] },
  { name: "ios two missed calls", text: "2 verpasste Anrufe von 0152 12345678", now: M,
    expected: [{ attempts: 2, caller: num("+4915212345678") }] },
  { name: "ios withheld", text: "Verpasster Anruf\nKeine Anrufer-ID", now: M,
    expected: [{ kind: "missed-call", caller: NONE }] },
  { name: "ios no caller id english", text: "Missed Call\nNo Caller ID", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, lang: "en" }] },

  // ── FRITZ!Box ──────────────────────────────────────────────────────────
  { name: "fritzbox", text: "Anruf in Abwesenheit 12.03.2025 14:05  +43 664 1234567", now: M,
    expected: [{ kind: "missed-call", caller: { kind: "number", e164: "+436641234567", line: "mobile", foreign: true }, at: berlin(2025, 3, 12, 14, 5), atSource: "text" }] },
  { name: "fritzbox table", text: "Anrufe in Abwesenheit\n17.03.25 08:05  0171 2345678\n16.03.25 19:30  Rufnummer unterdrückt", now: M,
    expected: [{ caller: num("+491712345678"), at: berlin(2025, 3, 17, 8, 5) }, { caller: WITHHELD, at: berlin(2025, 3, 16, 19, 30) }] },
  { name: "fritzbox email", text: "FRITZ!Box: Anruf in Abwesenheit von 0221 1234567 am 14.03.2025 um 18:22 Uhr", now: M,
    expected: [{ caller: num("+492211234567", "landline"), at: berlin(2025, 3, 14, 18, 22) }] },

  // ── Telekom ────────────────────────────────────────────────────────────
  // The domain's sample number is one digit short of an 0152 mobile: read, shown back, never a caller.
  { name: "telekom missed call", text: "Sie haben einen Anruf verpasst: +491521234567 am 12.03. um 14:05 Uhr.", now: M,
    expected: [{ kind: "missed-call", at: berlin(2025, 3, 12, 14, 5), atSource: "text", asked: NOTHING,
      caller: { kind: "invalid", wrongLength: { problem: "too-short", typed: "+491521234567", line: "mobile", digits: 12, expectedDigits: [13], by: 1 } } }] },
  { name: "telekom missed call, whole number", text: "Sie haben einen Anruf verpasst: +4915212345678 am 12.03. um 14:05 Uhr.", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915212345678", "mobile"), at: berlin(2025, 3, 12, 14, 5), atSource: "text", asked: NOTHING }] },
  { name: "incomplete number in a carrier sms", text: "Sie hatten einen Anruf von 0151 222333 4 am 17.03. um 11:00 Uhr.", now: M,
    expected: [{ kind: "missed-call", at: berlin(2025, 3, 17, 11, 0), attempts: 1,
      caller: { kind: "invalid", wrongLength: { problem: "too-short", typed: "0151 222333 4", country: "DE", line: "mobile", digits: 11, expectedDigits: [12], by: 1 } } }] },
  { name: "number one digit too long", text: "Entgangener Anruf\n0171 234567890", now: M,
    expected: [{ kind: "missed-call", caller: { kind: "invalid", wrongLength: { problem: "too-long", typed: "0171 234567890", line: "mobile", digits: 13, expectedDigits: [11, 12], by: 1 } } }] },
  { name: "telekom mailbox", text: "Neue Nachricht auf Ihrer Mailbox von 0049 176 5551234 am 12.03.2025 um 08:05. Abhören: 3311", now: M,
    expected: [{ kind: "voicemail", caller: num("+491765551234", "mobile"), at: berlin(2025, 3, 12, 8, 5), asked: NOTHING }] },
  { name: "telekom two calls", text: "Sie haben 2 Anrufe verpasst. Letzter Anruf von 0171 2345678 am 17.03. um 11:40 Uhr.", now: M,
    expected: [{ attempts: 2, caller: num("+491712345678"), at: berlin(2025, 3, 17, 11, 40) }] },
  { name: "telekom mailbox withheld", text: "Neue Nachricht auf Ihrer Mailbox von Rufnummer unterdrückt am 17.03. um 09:12. Abhören: 3311", now: M,
    expected: [{ kind: "voicemail", caller: WITHHELD, at: berlin(2025, 3, 17, 9, 12) }] },
  { name: "telekom previous year", text: "Sie haben einen Anruf verpasst: 0171 2345678 am 30.12. um 20:00 Uhr.", now: M,
    expected: [{ at: berlin(2024, 12, 30, 20, 0) }] },

  // ── Vodafone ───────────────────────────────────────────────────────────
  { name: "vodafone called", text: "Sie wurden von 0171 2345678 angerufen am 17.03.2025 um 10:15 Uhr.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678"), at: berlin(2025, 3, 17, 10, 15) }] },
  { name: "vodafone mailbox", text: "Mailbox: 1 neue Nachricht von 0162 3456789 am 17.03. um 09:58", now: M,
    expected: [{ kind: "voicemail", caller: num("+491623456789"), at: berlin(2025, 3, 17, 9, 58) }] },
  { name: "vodafone called 3 times", text: "Sie wurden 3-mal von +49 172 9876543 angerufen. Zuletzt um 11:02 Uhr.", now: M,
    expected: [{ attempts: 3, caller: num("+491729876543"), at: berlin(2025, 3, 17, 11, 2) }] },
  { name: "vodafone mailbox 5500", text: "Mailbox: Sie haben 1 neue Sprachnachricht von 0172 1234567. Abhören unter 5500.", now: M,
    expected: [{ kind: "voicemail", caller: num("+491721234567") }] },

  // ── O2 ────────────────────────────────────────────────────────────────
  { name: "o2 tried to reach", text: "0176 1234567 hat versucht Sie zu erreichen. (2) Letzter Anruf: 17.03.2025 11:30", now: M,
    expected: [{ kind: "missed-call", caller: num("+491761234567"), attempts: 2, at: berlin(2025, 3, 17, 11, 30) }] },
  { name: "o2 subscriber called", text: "Der Teilnehmer +49 179 1234567 hat Sie angerufen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491791234567") }] },
  { name: "o2 callback request", text: "Der Teilnehmer 0179 1234567 bittet um Rückruf.", now: M,
    expected: [{ kind: "callback-request", caller: num("+491791234567"), asked: CALLBACK }] },
  { name: "o2 absent calls", text: "Anrufe in Abwesenheit: 0176 1234567 (3x), zuletzt 11:48", now: M,
    expected: [{ attempts: 3, at: berlin(2025, 3, 17, 11, 48) }] },
  { name: "o2 leading 49", text: "Der Teilnehmer 491761234567 hat versucht Sie zu erreichen.", now: M,
    expected: [{ caller: num("+491761234567", "mobile") }] },

  // ── carrier missed-call and mailbox SMS ────────────────────────────────
  // The carriers' help and press pages describe what these SMS carry; only the Swisscom text is
  // quoted word for word. Where a source gives the content but not the wording, the wording is
  // modelled on it, and the comment says so. Every field is checked.
  //
  // Telekom "Entgangene Anrufe per SMS" (t-mobile.de Komfortdienste page): number, date and time
  // of the call; several calls from one line give only the date and time of the last (4phones.de
  // and tarif4you.de, 09.12.2003). Wording modelled; congstar and fraenk use the Telekom network.
  { name: "telekom anruf-info", text: "Anruf-Info: 0171 2345678 hat am 17.03.2025 um 11:40 Uhr versucht, Sie zu erreichen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 11, 40), atSource: "text", asked: NOTHING, lang: "de" }] },
  { name: "telekom sie hatten einen anruf", text: "Sie hatten einen Anruf von +49 171 2345678 am 16.03. um 21:47 Uhr.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), attempts: 1, at: berlin(2025, 3, 16, 21, 47), atSource: "text", asked: NOTHING }] },
  { name: "telekom three calls, last one", text: "Sie hatten 3 Anrufe von 0171 2345678. Letzter Anruf: 17.03.2025 um 11:05 Uhr", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), attempts: 3, at: berlin(2025, 3, 17, 11, 5), atSource: "text", asked: NOTHING }] },
  { name: "carrier 3 mal versucht", text: "0160 9876543 hat 3 mal versucht Sie zu erreichen. Letzter Anruf: 12.03.2025 um 14:05 Uhr", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543", "mobile"), attempts: 3, at: berlin(2025, 3, 12, 14, 5), atSource: "text", asked: NOTHING }] },
  { name: "telekom call list", text: "Anruf-Info:\n0171 2345678 (2x) 17.03. 11:02\n030 1234567 17.03. 09:15", now: M,
    expected: [
      { kind: "missed-call", caller: num("+491712345678", "mobile"), attempts: 2, at: berlin(2025, 3, 17, 11, 2), atSource: "text" },
      { kind: "missed-call", caller: num("+49301234567", "landline"), attempts: 1, at: berlin(2025, 3, 17, 9, 15), atSource: "text" },
    ] },
  { name: "congstar anruf in abwesenheit", text: "congstar: Sie hatten einen Anruf in Abwesenheit von 0151 12345678 am 17.03. um 07:55 Uhr.", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915112345678", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 7, 55), asked: NOTHING }] },
  { name: "fraenk du hast", text: "fraenk: Du hast einen Anruf verpasst. 0151 23456789 hat dich am 17.03. um 10:40 Uhr angerufen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915123456789", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 10, 40), asked: NOTHING }] },
  // Telekom MobilBox (short code 3311, teltarif.de mailbox page); its "Rufnummern-Erkennung" also
  // reports callers who left no message (4phones.de, 14.03.2002) — a missed call, not a voicemail.
  { name: "telekom mobilbox message", text: "MobilBox: Sie haben 1 neue Nachricht von 0170 1234567, 17.03.2025 09:12 Uhr. Abhören: 3311", now: M,
    expected: [{ kind: "voicemail", caller: num("+491701234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 9, 12), atSource: "text", asked: NOTHING }] },
  { name: "telekom mobilbox without message", text: "MobilBox: Anruf von 0170 1234567 am 17.03. um 10:02 Uhr. Der Anrufer hat keine Nachricht hinterlassen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491701234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 10, 2), asked: NOTHING }] },
  // Telekom "Rückrufbitte per SMS" (t-mobile.de Komfortdienste page). Wording modelled.
  { name: "telekom rückrufbitte", text: "Rückrufbitte: 0171 2345678 bittet um Rückruf. Anruf am 17.03.2025 um 11:15 Uhr", now: M,
    expected: [{ kind: "callback-request", caller: num("+491712345678", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 11, 15), asked: CALLBACK }] },
  // Vodafone "Anruf-Info" (tarif4you.de, 01.10.2003): number, date, time and the number of attempts
  // per number; 1&1 and freenet/mobilcom-debitel resell it. Wording modelled.
  { name: "vodafone anruf-info 3 mal", text: "Vodafone Anruf-Info: 0172 1234567 hat Sie 3 mal angerufen. Letzter Anruf: 17.03.2025 11:05", now: M,
    expected: [{ kind: "missed-call", caller: num("+491721234567", "mobile"), attempts: 3, at: berlin(2025, 3, 17, 11, 5), atSource: "text", asked: NOTHING }] },
  { name: "vodafone 2x zuletzt", text: "Anruf-Info: Sie wurden 2x von 0162 3456789 angerufen, zuletzt am 17.03. um 10:58 Uhr.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491623456789", "mobile"), attempts: 2, at: berlin(2025, 3, 17, 10, 58), asked: NOTHING }] },
  { name: "callya anrufversuche", text: "CallYa Anruf-Info: +49 172 1234567 (4 Anrufversuche), letzter am 16.03.2025 um 22:14 Uhr", now: M,
    expected: [{ kind: "missed-call", caller: num("+491721234567", "mobile"), attempts: 4, at: berlin(2025, 3, 16, 22, 14), atSource: "text", asked: NOTHING }] },
  { name: "vodafone dotted time", text: "Anruf-Info: 0172 1234567 hat am 17.03. um 11.05 Uhr angerufen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491721234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 11, 5) }] },
  { name: "vodafone mailbox 2 messages", text: "Sie haben 2 neue Nachrichten auf Ihrer Mailbox. Letzte Nachricht von 0172 9876543 am 17.03. um 10:10 Uhr. Abhören: 5500", now: M,
    // Two messages, but only the last one is said to be from this number.
    expected: [{ kind: "voicemail", caller: num("+491729876543", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 10, 10), asked: NOTHING }] },
  { name: "1&1 anruf-info", text: "1&1 Anruf-Info: 015566 123456 hat Sie am 17.03.2025 um 11:11 Uhr angerufen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915566123456", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 11, 11), asked: NOTHING }] },
  { name: "mobilcom-debitel verpassten anruf", text: "mobilcom-debitel: Sie haben 1 verpassten Anruf von 0160 9876543 (17.03.2025 11:52).", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 11, 52), asked: NOTHING }] },
  // o2 "Anruf-Info per SMS" (tarif4you.de, 30.04.2005): number, date and time; o2 mailbox short
  // code 333 (teltarif.de). Wording modelled.
  { name: "o2 anruf-info sie wurden am", text: "o2 Anruf-Info: Sie wurden am 17.03.2025 um 09:30 Uhr von 0176 1234567 angerufen.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491761234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 9, 30), atSource: "text", asked: NOTHING }] },
  { name: "o2 sie wurden angerufen", text: "Sie wurden angerufen: 0179 1234567, 17.03.25 10:41", now: M,
    expected: [{ kind: "missed-call", caller: num("+491791234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 10, 41), asked: NOTHING }] },
  { name: "o2 mailbox 333", text: "o2 Mailbox: Neue Sprachnachricht von 0179 1234567 (17.03.2025, 08:47 Uhr). Abhören unter 333.", now: M,
    expected: [{ kind: "voicemail", caller: num("+491791234567", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 8, 47), asked: NOTHING }] },
  // E-Plus "Anrufinfo" for ALDI TALK, simyo, blau, MEDIONmobile when the mailbox (9911) is off
  // (prepaid-wiki.de ALDI TALK and simyo pages; ALDI TALK range 01573 77…). Wording modelled.
  { name: "aldi talk anrufinfo 2 anrufe", text: "Anrufinfo: 0177 1234567 hat versucht, Sie zu erreichen. 2 Anrufe, zuletzt am 17.03.2025 um 10:12 Uhr", now: M,
    expected: [{ kind: "missed-call", caller: num("+491771234567", "mobile"), attempts: 2, at: berlin(2025, 3, 17, 10, 12), asked: NOTHING }] },
  { name: "aldi talk mailbox 9911", text: "ALDI TALK Mailbox: 1 neue Nachricht von 01573 7712345 am 17.03. um 07:58 Uhr. Abhören: 9911", now: M,
    expected: [{ kind: "voicemail", caller: num("+4915737712345", "mobile"), attempts: 1, at: berlin(2025, 3, 17, 7, 58), asked: NOTHING }] },
  { name: "medionmobile anrufe in abwesenheit", text: "MEDIONmobile: Sie haben 3 Anrufe in Abwesenheit von +49 177 1234567. Letzter Anruf: 12.03.2025 um 14:05 Uhr", now: M,
    expected: [{ kind: "missed-call", caller: num("+491771234567", "mobile"), attempts: 3, at: berlin(2025, 3, 12, 14, 5), asked: NOTHING }] },
  { name: "blau 2x zuletzt", text: "blau Anrufinfo: +49 1590 1234567 hat 2x angerufen, zuletzt 17.03. 09:05", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915901234567", "mobile"), attempts: 2, at: berlin(2025, 3, 17, 9, 5), asked: NOTHING }] },
  { name: "simyo time before date", text: "simyo Anrufinfo: 0178 1234567, 3 Anrufe, letzter um 14:05 Uhr am 12.03.2025", now: M,
    expected: [{ kind: "missed-call", caller: num("+491781234567", "mobile"), attempts: 3, at: berlin(2025, 3, 12, 14, 5), atSource: "text" }] },
  // Swisscom "SMS-Info über verpasste Anrufe", quoted in teltarif.ch (2005): the caller is the
  // sender of the SMS, so a paste holds no number.
  { name: "swisscom versuche", text: "Verpasster Anruf von der Person/Nr. im Absender dieses SMS. 2 Versuche. Letzter Versuch am 12.03.2025 um 14:05. Ihre Swisscom Mobile.", now: M,
    expected: [{ kind: "missed-call", caller: NONE, attempts: 2, at: berlin(2025, 3, 12, 14, 5), atSource: "text" }] },
  // An Austrian operator's SMS as a user quoted it (SimpleMobileTools/Simple-SMS-Messenger#405):
  // "2022 08 15" is a date, not a caller.
  { name: "austrian operator spaced date", text: "1 missed call: 2022 08 15: +436991234567, 11:45", now: berlin(2022, 8, 16, 9, 0),
    expected: [{ kind: "missed-call", caller: { kind: "number", e164: "+436991234567", line: "mobile", foreign: true }, attempts: 1, at: berlin(2022, 8, 15, 11, 45), atSource: "text", lang: "en" }] },
  { name: "english carrier alert", text: "Missed call alert: +49 172 1234567 tried to call you 2 times. Last call: 17/03/2025 at 11:05", now: M,
    expected: [{ kind: "missed-call", caller: num("+491721234567", "mobile"), attempts: 2, at: berlin(2025, 3, 17, 11, 5), lang: "en" }] },

  // ── voicemail transcripts ──────────────────────────────────────────────
  { name: "domain transcript", text: "Mailbox 8:05 – \"Hallo, hier ist Tom, hast du heute noch einen Termin frei? Ruf mich an unter 0151 1234 5678\"", now: M,
    expected: [{ kind: "voicemail", caller: num("+4915112345678"), at: berlin(2025, 3, 17, 8, 5), atSource: "text",
      asked: { callback: true, appointment: { day: { kind: "today" } } }, lang: "de" }] },
  { name: "appointment question only", text: "Mailbox 8:05 – „Hallo, hier ist Tom, hast du heute noch einen Termin frei?“ 0171 2345678", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678"), asked: { callback: false, appointment: { day: { kind: "today" } } } }] },
  { name: "halb sechs", text: "Sprachnachricht von 0171 2345678: „Hi, geht heute halb sechs?“", now: M,
    expected: [{ kind: "voicemail", asked: { callback: false, appointment: { day: { kind: "today" }, time: { hour: 17, minute: 30, approx: false } } } }] },
  { name: "um 5", text: "Mailbox 09:40 von 0160 9876543: \"Hallo, morgen um 5 wäre gut, ruf mal zurück\"", now: M,
    expected: [{ asked: { callback: true, appointment: { day: { kind: "tomorrow" }, time: { hour: 17, minute: 0, approx: false } } } }] },
  { name: "viertel nach vier", text: "Mailbox: \"Hast du Donnerstag viertel nach 4 Zeit?\" von 0171 2345678", now: M,
    expected: [{ caller: num("+491712345678"), asked: { callback: false, appointment: { day: { kind: "weekday", weekday: 4 }, time: { hour: 16, minute: 15, approx: false } } } }] },
  { name: "gegen 18:00", text: "Neue Sprachnachricht von 0176 5551234 – \"Passt es heute gegen 18:00? Melde dich.\"", now: M,
    expected: [{ asked: { callback: true, appointment: { day: { kind: "today" }, time: { hour: 18, minute: 0, approx: true } } } }] },
  { name: "transcript with date", text: "Mailbox 11:02 – \"Hallo, ich wollte fragen ob am 21.03. um 19 Uhr noch was frei ist\" 0171 2345678", now: M,
    expected: [{ at: berlin(2025, 3, 17, 11, 2), asked: { callback: false, appointment: { day: { kind: "date", year: 2025, month: 3, day: 21 }, time: { hour: 19, minute: 0, approx: false } } } }] },
  { name: "spoken number", text: "Mailbox 10:20 – \"Hallo, bitte ruf mich zurück, null eins sieben eins, zwei drei vier fünf sechs sieben acht\"", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678"), asked: CALLBACK }] },
  { name: "spoken then written digits", text: "Mailbox 10:20 – \"Ruf mich bitte zurück unter null eins sieben eins 2345678\"", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678", "mobile"), at: berlin(2025, 3, 17, 10, 20), asked: CALLBACK }] },
  { name: "written then spoken digits", text: "Mailbox: „Hallo, meine Nummer ist 0160 neun acht sieben sechs fünf vier drei, bis dann“", now: M,
    expected: [{ kind: "voicemail", caller: num("+491609876543", "mobile"), asked: NOTHING }] },
  { name: "spoken plus 49", text: "Mailbox: \"Rückruf bitte unter plus neun und vierzig eins sechs null neun acht sieben sechs fünf vier drei\"", now: M,
    expected: [{ caller: num("+491609876543"), asked: CALLBACK }] },
  { name: "transcript only name", text: "Mailbox 8:05 – \"Hallo, hier ist Tom. Ich ruf später nochmal an.\"", now: M,
    expected: [{ kind: "voicemail", caller: NONE, asked: NOTHING }] },
  { name: "transcript dont call back", text: "Mailbox von 0171 2345678: \"Bitte nicht zurückrufen, ich schreibe dir.\"", now: M,
    expected: [{ asked: NOTHING }] },
  { name: "withheld with transcript number", text: "Neue Nachricht auf Ihrer Mailbox von Unbekannt. „Ruf mich an unter 0151 1234 5678“", now: M,
    expected: [{ caller: num("+4915112345678"), asked: CALLBACK }] },
  { name: "transcript morning", text: "Mailbox: „Geht morgen früh um 9?“ 0171 2345678", now: M,
    expected: [{ asked: { callback: false, appointment: { day: { kind: "tomorrow" }, time: { hour: 9, minute: 0, approx: false } } } }] },

  // ── free sentences ─────────────────────────────────────────────────────
  { name: "domain free sentence", text: "hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt \"bitte zurückrufen\"", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678"), asked: CALLBACK, atSource: "message" }] },
  { name: "called at time", text: "0160 9876543 hat mich um 12:13 angerufen", now: berlin(2025, 3, 17, 12, 30),
    expected: [{ kind: "missed-call", at: berlin(2025, 3, 17, 12, 13), atSource: "text", asked: NOTHING }] },
  { name: "bare time after now is yesterday", text: "0160 9876543 hat um 23:10 angerufen", now: M,
    expected: [{ at: berlin(2025, 3, 16, 23, 10) }] },
  { name: "she asks herself", text: "Entgangener Anruf von 0171 2345678, soll ich zurückrufen?", now: M,
    expected: [{ asked: NOTHING }] },
  { name: "free sentence with request", text: "0171 2345678 hat angerufen und will zurückgerufen werden", now: M,
    expected: [{ kind: "missed-call", asked: CALLBACK }] },
  { name: "free sentence two lines", text: "hat mich jemand von 0171 2345678 angerufen\nmailbox sagt \"ruf mich an\"", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678"), asked: CALLBACK }] },

  // ── SMS ────────────────────────────────────────────────────────────────
  { name: "client sms tomorrow", text: "SMS von 0171 2345678: Hast du morgen Zeit?", now: M,
    expected: [{ kind: "sms", caller: num("+491712345678"), asked: { callback: false, appointment: { day: { kind: "tomorrow" } } } }] },
  { name: "client sms halb sechs", text: "SMS von 0171 2345678: Hast du morgen Zeit? So gegen halb sechs?", now: M,
    expected: [{ asked: { callback: false, appointment: { day: { kind: "tomorrow" }, time: { hour: 17, minute: 30, approx: true } } } }] },
  { name: "client sms call me", text: "SMS von +49 170 1234567: Ruf mich bitte an wenn du kannst", now: M,
    expected: [{ kind: "sms", asked: CALLBACK }] },
  { name: "client sms weekday time", text: "Nachricht von 0157 12345678: Freitag 20 Uhr?", now: M,
    expected: [{ kind: "sms", caller: num("+4915712345678"), asked: { callback: false, appointment: { day: { kind: "weekday", weekday: 5 }, time: { hour: 20, minute: 0, approx: false } } } }] },
  { name: "client sms nothing asked", text: "SMS von 0171 2345678: Danke, bis dann.", now: M,
    expected: [{ kind: "sms", asked: NOTHING }] },
  { name: "sms with date and time", text: "SMS von 0171 2345678 (17.03. 09:14): Geht übermorgen 18:30?", now: M,
    expected: [{ at: berlin(2025, 3, 17, 9, 14), asked: { callback: false, appointment: { day: { kind: "date", year: 2025, month: 3, day: 19 }, time: { hour: 18, minute: 30, approx: false } } } }] },
  { name: "sms withheld", text: "SMS von Unbekannt: Bist du heute da?", now: M,
    expected: [{ kind: "sms", caller: WITHHELD, asked: { callback: false, appointment: { day: { kind: "today" } } } }] },
  { name: "sms viertel vor", text: "SMS von 0171 2345678: morgen viertel vor 7?", now: M,
    expected: [{ asked: { callback: false, appointment: { day: { kind: "tomorrow" }, time: { hour: 18, minute: 45, approx: false } } } }] },
  { name: "sms viertel sechs", text: "SMS von 0171 2345678: Geht heute viertel sechs?", now: M,
    expected: [{ kind: "sms", asked: { callback: false, appointment: { day: { kind: "today" }, time: { hour: 17, minute: 15, approx: false } } } }] },
  { name: "transcript viertel neun morning", text: "Mailbox 07:50 – „Hallo, hast du morgen früh viertel neun Zeit? Ruf mich an.“ 0160 9876543", now: M,
    expected: [{ kind: "voicemail", caller: num("+491609876543"), at: berlin(2025, 3, 17, 7, 50),
      asked: { callback: true, appointment: { day: { kind: "tomorrow" }, time: { hour: 8, minute: 15, approx: false } } } }] },

  // ── English ────────────────────────────────────────────────────────────
  { name: "english missed call", text: "Missed call from +49 30 1234567", now: M,
    expected: [{ kind: "missed-call", caller: num("+49301234567", "landline"), lang: "en", asked: NOTHING }] },
  { name: "english voicemail", text: "You have a new voicemail from +44 7911 123456 at 3/12/2025 2:05 PM. \"Hi, please call me back, are you free tomorrow at 6?\"", now: M,
    expected: [{ kind: "voicemail", caller: { kind: "number", e164: "+447911123456", foreign: true }, at: berlin(2025, 3, 12, 14, 5), lang: "en",
      asked: { callback: true, appointment: { day: { kind: "tomorrow" }, time: { hour: 18, minute: 0, approx: false } } } }] },
  { name: "english new message", text: "New message from 0171 2345678: are you available today around 5pm?", now: M,
    expected: [{ kind: "sms", lang: "en", asked: { callback: false, appointment: { day: { kind: "today" }, time: { hour: 17, minute: 0, approx: true } } } }] },
  { name: "english three missed calls", text: "3 missed calls from +49 171 2345678", now: M,
    expected: [{ attempts: 3, kind: "missed-call", lang: "en" }] },
  { name: "english give me a call", text: "Voicemail from +49 160 9876543: \"Hey, give me a call when you get this\"", now: M,
    expected: [{ kind: "voicemail", asked: CALLBACK, lang: "en" }] },
  { name: "english ago", text: "Missed call from 0171 2345678, 15 min ago", now: M,
    expected: [{ at: M - 15 * 60_000, atSource: "text" }] },
  { name: "english yesterday pm", text: "Missed call from 0171 2345678\nYesterday 10:10 PM", now: M,
    expected: [{ at: berlin(2025, 3, 16, 22, 10) }] },
  { name: "english withheld", text: "Missed call from Private number", now: M,
    expected: [{ caller: WITHHELD }] },
  { name: "english I will call back", text: "Voicemail from 0171 2345678: \"Hi, I'll call back later\"", now: M,
    expected: [{ asked: NOTHING }] },
  { name: "english text message", text: "Text message from +49 171 2345678: can I see you Friday at 8?", now: M,
    expected: [{ kind: "sms", asked: { callback: false, appointment: { day: { kind: "weekday", weekday: 5 }, time: { hour: 20, minute: 0, approx: false } } } }] },

  // ── a phone set to Romanian ────────────────────────────────────────────
  // Her phone speaks her language; the caller and the carrier are German. Every field is checked.
  { name: "romanian missed call", text: "Apel pierdut\n0171 2345678", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian missed call from", text: "Apel pierdut de la +49 160 9876543", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian samsung yesterday", text: "Apel nepreluat\n0171 2345678\nIeri 22:10", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: berlin(2025, 3, 16, 22, 10), atSource: "text", attempts: 1, asked: NOTHING }] },
  { name: "romanian missed calls counted", text: "Apeluri nepreluate (3)\n0160 9876543", now: M,
    expected: [{ kind: "missed-call", caller: num("+491609876543", "mobile"), at: M, atSource: "message", attempts: 3, asked: NOTHING }] },
  { name: "romanian two missed calls", text: "2 apeluri pierdute de la 0152 12345678", now: M,
    expected: [{ kind: "missed-call", caller: num("+4915212345678", "mobile"), at: M, atSource: "message", attempts: 2, asked: NOTHING }] },
  { name: "romanian you missed a call", text: "Ați pierdut un apel de la 0171 2345678 azi la 08:05.", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: berlin(2025, 3, 17, 8, 5), atSource: "text", attempts: 1, asked: NOTHING }] },
  { name: "romanian without marks", text: "Ati pierdut un apel de la 030 1234567", now: M,
    expected: [{ kind: "missed-call", caller: num("+49301234567", "landline"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian unknown caller", text: "Apel pierdut\nNecunoscut", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian private number minutes ago", text: "Apel pierdut\nNumăr privat\nacum 7 min.", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, at: M - 7 * 60_000, atSource: "text", attempts: 1, asked: NOTHING }] },
  { name: "romanian hidden number without marks", text: "Apel nepreluat\nNumar ascuns", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian unknown caller phrase", text: "Apel pierdut de la Apelant necunoscut, acum 20 de minute", now: M,
    expected: [{ kind: "missed-call", caller: WITHHELD, at: M - 20 * 60_000, atSource: "text", attempts: 1, asked: NOTHING }] },
  { name: "romanian voicemail", text: "Mesaj vocal nou\n0176 5551234\n08:05", now: M,
    expected: [{ kind: "voicemail", caller: num("+491765551234", "mobile"), at: berlin(2025, 3, 17, 8, 5), atSource: "text", attempts: 1, asked: NOTHING }] },
  { name: "romanian voicemail from", text: "Mesaj vocal nou de la 0171 2345678", now: M,
    expected: [{ kind: "voicemail", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian sms header, german client", text: "Mesaj nou de la 0171 2345678: Hast du morgen Zeit? Ruf mich an", now: M,
    expected: [{ kind: "sms", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1,
      asked: { callback: true, appointment: { day: { kind: "tomorrow" } } }, lang: "de" }] },
  { name: "romanian sms from", text: "SMS de la 0160 9876543: Danke, bis dann.", now: M,
    expected: [{ kind: "sms", caller: num("+491609876543", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING, lang: "de" }] },
  { name: "romanian free sentence", text: "m-a sunat cineva de pe 0171 2345678?", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian with button captions", text: "Apel pierdut\n0171 2345678\nSUNAȚI ÎNAPOI   MESAJ", now: M,
    expected: [{ kind: "missed-call", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING }] },
  { name: "romanian list of three", text: "Apel pierdut\n0171 2345678\nApel pierdut\nNecunoscut\nApel nepreluat\n030 1234567", now: M,
    expected: [
      { kind: "missed-call", caller: num("+491712345678", "mobile"), at: M, atSource: "message", attempts: 1, asked: NOTHING },
      { kind: "missed-call", caller: WITHHELD, at: M, atSource: "message", attempts: 1, asked: NOTHING },
      { kind: "missed-call", caller: num("+49301234567", "landline"), at: M, atSource: "message", attempts: 1, asked: NOTHING },
    ] },

  // ── several events per paste ──────────────────────────────────────────
  { name: "incident morning", text: "Mailbox 8:05 – \"Hallo, hier ist Tom, hast du heute noch einen Termin frei?\" 0171 2345678\n\nEntgangener Anruf\n0171 2345678\nvor 7 Minuten", now: M,
    expected: [
      { kind: "voicemail", at: berlin(2025, 3, 17, 8, 5), asked: { callback: false, appointment: { day: { kind: "today" } } } },
      { kind: "missed-call", at: M - 7 * 60_000, asked: NOTHING },
    ] },
  { name: "carrier sms pair", text: "Sie haben einen Anruf verpasst: 0171 2345678 am 17.03. um 10:05 Uhr.\nSie haben einen Anruf verpasst: 030 1234567 am 17.03. um 10:30 Uhr.", now: M,
    expected: [{ caller: num("+491712345678"), at: berlin(2025, 3, 17, 10, 5) }, { caller: num("+49301234567"), at: berlin(2025, 3, 17, 10, 30) }] },
  { name: "one line two headers", text: "Entgangener Anruf 0171 2345678 Entgangener Anruf 0160 9876543", now: M,
    expected: [{ caller: num("+491712345678") }, { caller: num("+491609876543") }] },
  { name: "missed call and sms", text: "Entgangener Anruf\n0171 2345678\n\nSMS von 0171 2345678: Ruf mich an", now: M,
    expected: [{ kind: "missed-call", asked: NOTHING }, { kind: "sms", asked: CALLBACK }] },
  { name: "two transcripts", text: "Mailbox 8:05 – \"Hast du heute Zeit?\" 0171 2345678\nMailbox 9:10 – \"Bitte zurückrufen\" 0160 9876543", now: M,
    expected: [
      { caller: num("+491712345678"), at: berlin(2025, 3, 17, 8, 5), asked: { callback: false, appointment: { day: { kind: "today" } } } },
      { caller: num("+491609876543"), at: berlin(2025, 3, 17, 9, 10), asked: CALLBACK },
    ] },
  { name: "mixed languages", text: "Missed call from +49 171 2345678\nEntgangener Anruf von 0160 9876543", now: M,
    expected: [{ lang: "en" }, { lang: "de" }] },
  { name: "telekom, vodafone, o2", text: "Sie haben einen Anruf verpasst: 0171 2345678 am 17.03. um 08:00 Uhr.\nSie wurden von 0160 9876543 angerufen.\nDer Teilnehmer 0179 1234567 bittet um Rückruf.", now: M,
    expected: [{ kind: "missed-call" }, { kind: "missed-call", caller: num("+491609876543") }, { kind: "callback-request", caller: num("+491791234567") }] },

  // ── traps ──────────────────────────────────────────────────────────────
  { name: "date is not a number", text: "Anruf in Abwesenheit 12.03.2025 14:05", now: M,
    expected: [{ caller: NONE, at: berlin(2025, 3, 12, 14, 5) }] },
  { name: "short code is not a caller", text: "Neue Nachricht auf Ihrer Mailbox. Abhören: 3311", now: M,
    expected: [{ kind: "voicemail", caller: NONE }] },
  { name: "us date in english", text: "Missed call from 0171 2345678 on 3/12/2025 2:05 PM", now: M,
    expected: [{ at: berlin(2025, 3, 12, 14, 5) }] },
  { name: "german slash date", text: "Anruf in Abwesenheit 12/03/2025 0171 2345678", now: M,
    expected: [{ at: berlin(2025, 3, 12, 0, 0), caller: num("+491712345678") }] },
  { name: "number with (0)", text: "Entgangener Anruf von +49 (0) 30 1234567", now: M,
    expected: [{ caller: num("+49301234567", "landline") }] },
  { name: "premium number", text: "Entgangener Anruf 0900 1234567", now: M,
    expected: [{ caller: num("+499001234567", "special") }] },
  { name: "dst weekday", text: "Verpasster Anruf\n0171 2345678\nSa 08:05", now: AFTER_DST,
    expected: [{ at: berlin(2025, 3, 29, 8, 5) }] },
  { name: "dst yesterday", text: "Entgangener Anruf 0171 2345678 gestern 09:30", now: AFTER_DST,
    expected: [{ at: berlin(2025, 3, 30, 9, 30) }] },
  { name: "guten morgen is not tomorrow", text: "SMS von 0171 2345678: Guten Morgen, hast du heute Zeit?", now: M,
    expected: [{ asked: { callback: false, appointment: { day: { kind: "today" } } } }] },
  { name: "price is not a time", text: "SMS von 0171 2345678: Danke!", now: M,
    expected: [{ asked: NOTHING }] },
  // Sent to her when someone she called is back on the network (prepaid-wiki.de "Anrufinfo per
  // SMS", wording as given there): the number is the person she called, not a caller.
  { name: "reachable again is no call", text: "Der Teilnehmer mit der Rufnummer 0171 2345678 ist seit 11:40 Uhr wieder erreichbar.", now: M, expected: [] },

  // ── garbage ────────────────────────────────────────────────────────────
  { name: "empty", text: "", now: M, expected: [] },
  { name: "greeting", text: "Hallo wie gehts", now: M, expected: [] },
  { name: "bare number", text: "0171 2345678", now: M, expected: [] },
  { name: "dates only", text: "12.03.2025 14:05\n3311", now: M, expected: [] },
  { name: "shopping list", text: "Milch, Brot, 2x Eier, 500 g Mehl", now: M, expected: [] },
  { name: "punctuation", text: "?!… –– \"\" „“", now: M, expected: [] },
];
