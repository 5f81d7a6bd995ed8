import type { LegacyTextLanguage } from "../legacy-text-language.js";
import type { EventKind } from "../inbox/types.js";
import type { LineType, SpecialKind } from "../phone/types.js";
import type { DefaultRuleId } from "./decision.js";
import type { FlagName, Outcome } from "./types.js";

/** The vocabulary the explanations are built from, one table per language. */
export interface Words {
  readonly weekdayShort: readonly string[];
  readonly weekdayLong: readonly string[];
  readonly monthShort: readonly string[];
  readonly tomorrow: string;
  readonly eventKind: Readonly<Record<EventKind, string>>;
  readonly line: Readonly<Record<LineType, string>>;
  readonly special: Readonly<Record<SpecialKind, string>>;
  readonly outcome: Readonly<Record<Outcome, string>>;
  readonly ruleTitle: Readonly<Record<DefaultRuleId | "nothing-allows" | "unknown-clock", string>>;
  readonly ruleSummary: Readonly<Record<DefaultRuleId, string>>;
  /** Why a flag she set holds; "since …" follows. */
  readonly flagSet: Readonly<Record<Exclude<FlagName, "trusted">, string>>;
  /** A trusted flag decides nothing; this says why. */
  readonly trustedNote: string;
}

export const WORDS: Readonly<Record<LegacyTextLanguage, Words>> = {
  de: {
    weekdayShort: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    weekdayLong: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    monthShort: ["", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"],
    tomorrow: "morgen",
    eventKind: {
      "missed-call": "verpasster Anruf",
      voicemail: "Mailbox",
      sms: "SMS",
      "callback-request": "Rückrufbitte",
    },
    line: {
      mobile: "Mobil",
      landline: "Festnetz",
      "mobile-or-landline": "Mobil oder Festnetz",
      special: "Sondernummer",
      unknown: "unbekannt",
    },
    special: {
      "shared-cost": "Service-Nummer (geteilte Kosten)",
      premium: "Premium-Nummer",
      "toll-free": "kostenlose Nummer",
      personal: "persönliche Rufnummer",
      pager: "Pager",
      voicemail: "Mailbox-Nummer",
      uan: "Firmen-Sammelnummer",
      voip: "Internet-Telefonie",
    },
    outcome: {
      reached: "erreicht",
      "someone-else": "jemand anderes hat abgenommen",
      voicemail: "Mailbox",
      "no-answer": "nicht abgenommen",
    },
    ruleTitle: {
      warnlist: "Warnliste",
      withheld: "Nummer unterdrückt oder unbrauchbar",
      blocked: "Gesperrt",
      landline: "Festnetz",
      "someone-else-answered": "Jemand anderes hat abgenommen / umgeleitet",
      nocall: "Nicht zurückrufen (Markierung)",
      smsonly: "Nur schreiben (Markierung)",
      nosms: "Keine SMS (Markierung)",
      "no-fresh-request": "Keine aktuelle Anfrage",
      "not-asked-to-call": "Nicht um Rückruf gebeten",
      "outside-allowed-hours": "Außerhalb der erlaubten Zeiten",
      "call-days": "Kein Anruftag",
      "quiet-hours": "Ruhezeit",
      trusted: "Vertraut (hebt nichts auf)",
      "asked-to-call": "Um Rückruf gebeten",
      "nothing-allows": "Nichts erlaubt es",
      "unknown-clock": "Uhrzeit unlesbar",
    },
    ruleSummary: {
      warnlist: "⛔ Auf der importierten Warnliste (/warnlist): nie melden, was sonst auch gilt.",
      withheld: "⛔ Unterdrückte oder unbrauchbare Nummer: nichts zum Zurückrufen.",
      blocked: "⛔ Gesperrte Kontakte: nie melden.",
      landline: "⛔ Festnetz (laut Nummer oder markiert): nie anrufen, nie schreiben.",
      "someone-else-answered": "💬/⛔ Hat schon einmal jemand anderes abgenommen oder ist umgeleitet: nie mehr anrufen; schreiben, wenn es passt.",
      nocall: "💬/⛔ Markiert „nicht zurückrufen“: schreiben, wenn es passt.",
      smsonly: "💬/⛔ Markiert „nur schreiben“: nie anrufen.",
      nosms: "Markiert „keine SMS“: nie schreiben.",
      "no-fresh-request": "⛔ Keine Anfrage in der Frischezeit: du meldest dich nie von dir aus.",
      "not-asked-to-call": "💬/⛔ Anfrage ohne Bitte um Rückruf (verpasster Anruf, Terminfrage): schreiben statt anrufen.",
      "outside-allowed-hours": "⏳ Außerhalb der erlaubten Zeiten des Kontakts: bis zum nächsten Fenster warten.",
      "call-days": "⏳ Kein Anruftag: bis zum nächsten Anruftag warten.",
      "quiet-hours": "⏳ In deiner Ruhezeit: bis zu ihrem Ende warten (gilt auch fürs Schreiben).",
      trusted: "Vertraut: hebt keine Sicherheitsregel auf.",
      "asked-to-call": "✅ Ausdrücklich um Rückruf gebeten, frisch, Mobilnummer, keine Warnung: zurückrufen.",
    },
    flagSet: {
      blocked: "Auf deiner Sperrliste",
      landline: "Als Festnetz markiert – wird nie angerufen oder angeschrieben",
      forwarded: "Als umgeleitet markiert – Anrufe landen bei jemand anderem",
      nocall: "Markiert: nicht zurückrufen",
      smsonly: "Markiert: nur schreiben, nie anrufen",
      nosms: "Markiert: keine SMS – auch nicht schreiben",
    },
    trustedNote: "Als vertraut markiert – hebt keine Sicherheitsregel auf: ein sicherer Rückruf sagt nichts über den nächsten.",
  },
  en: {
    weekdayShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    weekdayLong: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    monthShort: ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    tomorrow: "tomorrow",
    eventKind: {
      "missed-call": "missed call",
      voicemail: "voicemail",
      sms: "SMS",
      "callback-request": "callback request",
    },
    line: {
      mobile: "mobile",
      landline: "landline",
      "mobile-or-landline": "mobile or landline",
      special: "special number",
      unknown: "unknown",
    },
    special: {
      "shared-cost": "shared-cost number",
      premium: "premium-rate number",
      "toll-free": "toll-free number",
      personal: "personal number",
      pager: "pager",
      voicemail: "voicemail number",
      uan: "company number",
      voip: "internet telephony",
    },
    outcome: {
      reached: "reached",
      "someone-else": "someone else answered",
      voicemail: "voicemail",
      "no-answer": "no answer",
    },
    ruleTitle: {
      warnlist: "Warning list",
      withheld: "Number withheld or unusable",
      blocked: "Blocked",
      landline: "Landline",
      "someone-else-answered": "Someone else answered / forwarded",
      nocall: "Do not call back (flag)",
      smsonly: "Text only (flag)",
      nosms: "No texts (flag)",
      "no-fresh-request": "No recent request",
      "not-asked-to-call": "No callback asked for",
      "outside-allowed-hours": "Outside allowed hours",
      "call-days": "Not a call day",
      "quiet-hours": "Quiet hours",
      trusted: "Trusted (lifts nothing)",
      "asked-to-call": "Callback asked for",
      "nothing-allows": "Nothing allows it",
      "unknown-clock": "Clock unreadable",
    },
    ruleSummary: {
      warnlist: "⛔ On the imported warning list (/warnlist): never get in touch, whatever else applies.",
      withheld: "⛔ Withheld or unusable number: nothing to call back.",
      blocked: "⛔ Blocked contacts: never get in touch.",
      landline: "⛔ Landline (by number or flag): never call, never text.",
      "someone-else-answered": "💬/⛔ Someone else answered before, or forwarded: never call again; text where it fits.",
      nocall: "💬/⛔ Flagged “do not call back”: text where it fits.",
      smsonly: "💬/⛔ Flagged “text only”: never call.",
      nosms: "Flagged “no texts”: never text.",
      "no-fresh-request": "⛔ No request within the freshness window: you never get in touch first.",
      "not-asked-to-call": "💬/⛔ A request that did not ask for a call (missed call, appointment question): text instead.",
      "outside-allowed-hours": "⏳ Outside the contact's allowed hours: wait for the next window.",
      "call-days": "⏳ Not a call day: wait for the next one.",
      "quiet-hours": "⏳ In your quiet hours: wait until they end (texts too).",
      trusted: "Trusted: lifts no safety rule.",
      "asked-to-call": "✅ Explicitly asked for a callback, fresh, mobile, no warning: call back.",
    },
    flagSet: {
      blocked: "On your blocklist",
      landline: "Marked as landline – never called or texted",
      forwarded: "Marked as forwarded – calls reach someone else",
      nocall: "Marked: do not call back",
      smsonly: "Marked: text only, never call",
      nosms: "Marked: no texts – don't text either",
    },
    trustedNote: "Marked trusted – lifts no safety rule: one safe callback proves nothing about the next.",
  },
};
