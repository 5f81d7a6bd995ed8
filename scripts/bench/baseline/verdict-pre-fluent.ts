/*
 * The pre-Fluent baseline: the verdict explanation as it was rendered before its texts moved into
 * the locale files — the core's German/English word tables and sentences (src/core/rules/render.ts
 * and words.ts) and the view's HTML assembly (explanationHtml in src/bot/views/verdict.ts), frozen
 * here unchanged apart from imports. Kept only so scripts/bench/verdict.ts can time today's Fluent
 * rendering beside it in the same run; nothing in the bot uses it. Not in scripts/bench/ itself,
 * where every module is run as a benchmark.
 */
import type { AskedDay, EventKind } from "../../../src/core/inbox/types.js";
import type { LineType, SpecialKind } from "../../../src/core/phone/types.js";
import { formatClock, formatRangeEnd } from "../../../src/core/time/clock.js";
import { zonedParts } from "../../../src/core/time/zone.js";
import type { Change, Decision, Finding, Hint, Reason, RequestFact, TextFit } from "../../../src/core/rules/decision.js";
import { DEFAULT_RULE_IDS, type DefaultRuleId } from "../../../src/core/rules/decision.js";
import { VERDICT_EMOJI, type FlagName, type Outcome } from "../../../src/core/rules/types.js";
import { escapeHtml } from "../../../src/bot/i18n.js";

export type BaselineLanguage = "de" | "en";

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

export const WORDS: Readonly<Record<BaselineLanguage, Words>> = {
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

export interface RenderedDecision {
  readonly headline: string;
  readonly reasons: string[];
  readonly outweighed: string[];
  readonly facts: string[];
  readonly wouldChange: string[];
  readonly hints: string[];
}

export interface RenderOptions {
  readonly lang: BaselineLanguage;
  readonly timeZone: string;
}

interface Ctx {
  readonly lang: BaselineLanguage;
  readonly w: Words;
  readonly timeZone: string;
  readonly now: number;
  readonly de: boolean;
}

const DAY_MS = 86_400_000;

function dayIndex(epochMs: number, timeZone: string): { index: number; parts: ReturnType<typeof zonedParts> } {
  const parts = zonedParts(epochMs, timeZone);
  return { index: Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS), parts };
}

/** "09:00" today, "morgen 09:00", "Mi 09:00" within a week, "Mi 25.03. 09:00" beyond. */
function when(ctx: Ctx, epochMs: number): string {
  const target = dayIndex(epochMs, ctx.timeZone);
  const clock = formatClock(target.parts.minuteOfDay);
  const days = target.index - dayIndex(ctx.now, ctx.timeZone).index;
  if (days === 0) return clock;
  if (days === 1) return `${ctx.w.tomorrow} ${clock}`;
  const wd = ctx.w.weekdayShort[target.parts.weekday]!;
  if (days > 1 && days < 7) return `${wd} ${clock}`;
  const date = ctx.de
    ? `${String(target.parts.day).padStart(2, "0")}.${ctx.w.monthShort[target.parts.month]!}.`
    : `${target.parts.day} ${ctx.w.monthShort[target.parts.month]!}`;
  return `${wd} ${date} ${clock}`;
}

function age(ctx: Ctx, minutes: number): string {
  if (minutes < 60) return ctx.de ? `vor ${minutes} Min.` : `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return ctx.de ? `vor ${hours} Std.` : `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return ctx.de ? `vor ${days} Tagen` : `${days} days ago`;
}

function askedDay(ctx: Ctx, day: AskedDay): string {
  switch (day.kind) {
    case "today":
      return ctx.de ? "heute" : "today";
    case "tomorrow":
      return ctx.w.tomorrow;
    case "weekday":
      return ctx.de ? `am ${ctx.w.weekdayLong[day.weekday]!}` : `on ${ctx.w.weekdayLong[day.weekday]!}`;
    case "date":
      return ctx.de
        ? `am ${String(day.day).padStart(2, "0")}.${String(day.month).padStart(2, "0")}.`
        : `on ${day.day} ${ctx.w.monthShort[day.month] ?? day.month}`;
  }
}

/** "fragt nach einem Termin heute um 17:00" / "bittet um Rückruf" / "ohne Nachricht". */
function whatWasAsked(ctx: Ctx, r: RequestFact): string {
  const parts: string[] = [];
  if (r.asked.callback || r.kind === "callback-request") parts.push(ctx.de ? "bittet um Rückruf" : "asks for a callback");
  const appt = r.asked.appointment;
  if (appt !== undefined) {
    let text = ctx.de ? "fragt nach einem Termin" : "asks for an appointment";
    if (appt.day !== undefined) text += ` ${askedDay(ctx, appt.day)}`;
    if (appt.time !== undefined) {
      const clock = formatClock(appt.time.hour * 60 + appt.time.minute);
      text += appt.time.approx ? (ctx.de ? ` gegen ${clock}` : ` around ${clock}`) : ctx.de ? ` um ${clock}` : ` at ${clock}`;
    }
    parts.push(text);
  }
  if (parts.length > 0) return parts.join(ctx.de ? " und " : " and ");
  if (r.kind === "missed-call") return ctx.de ? "ohne Nachricht" : "no message";
  return ctx.de ? "ohne Bitte um Rückruf" : "no callback asked for";
}

/** "Mailbox 08:05" / "3× verpasster Anruf 11:53". */
function eventLabel(ctx: Ctx, r: RequestFact): string {
  const kind = ctx.w.eventKind[r.kind];
  const count = r.attempts > 1 ? `${r.attempts}× ` : "";
  return `${count}${kind} ${when(ctx, r.at)}`;
}

function describeRequest(ctx: Ctx, r: RequestFact): string {
  return `${eventLabel(ctx, r)} (${age(ctx, r.ageMinutes)}), ${whatWasAsked(ctx, r)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function flagReason(ctx: Ctx, reason: Extract<Reason, { code: "flag-set" }>): string {
  const since = ctx.de ? ` (seit ${when(ctx, reason.at)})` : ` (since ${when(ctx, reason.at)})`;
  const auto = reason.by === "outcome" ? (ctx.de ? ", automatisch nach einem Rückruf" : ", set after a callback") : "";
  if (reason.flag === "trusted") return ctx.w.trustedNote;
  return ctx.w.flagSet[reason.flag] + since + auto + ".";
}

function reasonText(ctx: Ctx, f: Finding): string {
  const r = f.reason;
  const de = ctx.de;
  switch (r.code) {
    case "warning-list": {
      const listed = de ? "⚠️ Auf der Warnliste" : "⚠️ On the warning list";
      return r.reason ? `${listed}: ${r.reason}` : listed;
    }
    case "number-withheld":
      return de
        ? "Nummer unterdrückt – nichts zum Zurückrufen; warten, bis wieder angerufen wird."
        : "Number withheld – nothing to call back; wait until they call again.";
    case "number-invalid":
    case "number-wrong-length":
      return de ? "Keine brauchbare Nummer erkannt – nichts zum Zurückrufen." : "No usable number – nothing to call back.";
    case "flag-set":
      return flagReason(ctx, r);
    case "line-landline":
      return de
        ? "Nummernart: Festnetz – Festnetz wird nie zurückgerufen, und eine SMS wird dort oft vorgelesen."
        : "Number type: landline – landlines are never called back, and texts are often read aloud there.";
    case "line-maybe-landline":
      return de
        ? `Nummernart: ${ctx.w.line[r.line]} – zählt sicherheitshalber als Festnetz.`
        : `Number type: ${ctx.w.line[r.line]} – counts as landline to be safe.`;
    case "someone-else-answered":
      return de
        ? `Beim Rückruf ${when(ctx, r.at)} hat jemand anderes abgenommen – diese Nummer nie wieder anrufen.`
        : `Someone else answered the callback ${when(ctx, r.at)} – never call this number again.`;
    case "no-fresh-request": {
      const last = r.last === undefined ? "" : de ? ` (letzter Kontakt: ${eventLabel(ctx, r.last)})` : ` (last contact: ${eventLabel(ctx, r.last)})`;
      return de
        ? `Keine Anfrage in den letzten ${r.freshnessHours} h${last} – du meldest dich nie von dir aus.`
        : `No request in the last ${r.freshnessHours} h${last} – you never get in touch first.`;
    }
    case "request-answered":
      return de
        ? `Die letzte Anfrage ist erledigt: Rückruf ${when(ctx, r.at)}, ${ctx.w.outcome[r.outcome]}.`
        : `The last request is settled: callback ${when(ctx, r.at)}, ${ctx.w.outcome[r.outcome]}.`;
    case "not-asked":
      return r.request.kind === "missed-call"
        ? de
          ? `${capital(eventLabel(ctx, r.request))} ohne Nachricht – das ist keine Bitte um Rückruf.`
          : `${capital(eventLabel(ctx, r.request))} with no message – that is not a request to call back.`
        : de
          ? `${capital(eventLabel(ctx, r.request))}: ${whatWasAsked(ctx, r.request)} – nicht um Rückruf gebeten.`
          : `${capital(eventLabel(ctx, r.request))}: ${whatWasAsked(ctx, r.request)} – no callback asked for.`;
    case "asked":
      return de
        ? `Um Rückruf gebeten: ${eventLabel(ctx, r.request)} (${age(ctx, r.request.ageMinutes)}).`
        : `Asked for a callback: ${eventLabel(ctx, r.request)} (${age(ctx, r.request.ageMinutes)}).`;
    case "outside-allowed-hours":
      return r.next === undefined
        ? de
          ? "Außerhalb der erlaubten Zeiten dieses Kontakts – kein Fenster in den nächsten zwei Wochen."
          : "Outside this contact's allowed hours – no window in the next two weeks."
        : de
          ? `Außerhalb der erlaubten Zeiten dieses Kontakts – nächstes Fenster ${when(ctx, r.next)}.`
          : `Outside this contact's allowed hours – next window ${when(ctx, r.next)}.`;
    case "not-a-call-day":
      return r.next === undefined
        ? de
          ? "Heute ist kein Anruftag, und es ist keiner eingestellt."
          : "Today is not a call day, and none is set."
        : de
          ? `${ctx.w.weekdayLong[r.weekday]!} ist kein Anruftag – ab ${when(ctx, r.next)}.`
          : `${ctx.w.weekdayLong[r.weekday]!} is not a call day – from ${when(ctx, r.next)}.`;
    case "quiet-hours": {
      const range = `${formatClock(r.range.start)}–${formatRangeEnd(r.range.end)}`;
      if (r.end === undefined) return de ? `Ruhezeit ${range} – den ganzen Tag.` : `Quiet hours ${range} – all day.`;
      return de
        ? `Ruhezeit ${range}, jetzt ${formatClock(zonedParts(ctx.now, ctx.timeZone).minuteOfDay)} – bis ${when(ctx, r.end)}, auch fürs Schreiben.`
        : `Quiet hours ${range}, now ${formatClock(zonedParts(ctx.now, ctx.timeZone).minuteOfDay)} – until ${when(ctx, r.end)}, texts too.`;
    }
    case "custom":
      return de ? `Eigene Regel „${f.ruleId}“: ${r.text}` : `Your rule “${f.ruleId}”: ${r.text}`;
    case "nothing-allows":
      return de
        ? "Keine eingeschaltete Regel erlaubt es – im Zweifel nicht melden."
        : "No rule that is switched on allows it – when in doubt, don't get in touch.";
    case "unknown-clock":
      return de
        ? "Uhrzeit oder Zeitzone nicht lesbar – keine Zeitregel prüfbar, also nicht melden."
        : "Clock or time zone unreadable – no time rule can be checked, so don't get in touch.";
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
      return ruleTitle(f.ruleId, ctx.lang);
  }
}

function textFitText(ctx: Ctx, fit: TextFit): string {
  if (fit.fits) return ctx.de ? "Eine kurze, neutrale Nachricht passt." : "A short, neutral text fits.";
  const why = {
    "not-mobile": ctx.de ? "keine Mobilnummer" : "not a mobile number",
    "no-request": ctx.de ? "keine offene Anfrage" : "no open request",
    "missed-call-only": ctx.de ? "nur verpasste Anrufe, keine Nachricht" : "only missed calls, no message",
    nosms: ctx.de ? "Markierung „keine SMS“" : "flagged “no texts”",
  }[fit.because];
  return ctx.de ? `Schreiben passt auch nicht: ${why}.` : `A text does not fit either: ${why}.`;
}

function headline(ctx: Ctx, d: Decision): string {
  const emoji = VERDICT_EMOJI[d.verdict];
  switch (d.verdict) {
    case "call":
      return `${emoji} ${ctx.de ? "Zurückrufen ist ok" : "Call back OK"}`;
    case "text":
      return `${emoji} ${ctx.de ? "Lieber schreiben" : "Text instead"}`;
    case "none":
      return `${emoji} ${ctx.de ? "Nicht melden" : "Don't get in touch"}`;
    case "later": {
      let text = `${emoji} ${ctx.de ? "Jetzt nicht" : "Not now"}`;
      if (d.until !== undefined) text += ctx.de ? ` – ab ${when(ctx, d.until)}` : ` – from ${when(ctx, d.until)}`;
      if (d.then === "text") text += ctx.de ? ", dann schreiben" : ", then text";
      if (d.then === "call") text += ctx.de ? ", dann zurückrufen" : ", then call back";
      return text;
    }
  }
}

function factLines(ctx: Ctx, d: Decision): string[] {
  const f = d.facts;
  const de = ctx.de;
  const lines: string[] = [];
  const n = f.number;
  if (n.kind === "number") {
    let line = `${de ? "Nummernart" : "Number type"}: ${ctx.w.line[n.line]}`;
    if (n.special !== undefined) line += ` (${ctx.w.special[n.special]})`;
    if (n.foreign) line += de ? `, Ausland (${n.country})` : `, foreign (${n.country})`;
    if (n.treatedAs === "landline" && n.line !== "landline") line += de ? " → zählt als Festnetz" : " → counts as landline";
    lines.push(line);
  } else {
    lines.push(`${de ? "Nummer" : "Number"}: ${n.kind === "withheld" ? (de ? "unterdrückt" : "withheld") : de ? "unbrauchbar" : "unusable"}`);
  }
  lines.push(`${de ? "Jetzt" : "Now"}: ${ctx.w.weekdayShort[zonedParts(f.now, ctx.timeZone).weekday]!} ${when(ctx, f.now)}`);
  if (f.lastMessage !== undefined && f.lastRequest !== undefined) {
    lines.push(`${de ? "Letzter Kontakt" : "Last contact"}: ${describeRequest(ctx, f.lastRequest)}`);
    lines.push(`${de ? "Letzte Anfrage" : "Last request"}: ${describeRequest(ctx, f.lastMessage)}`);
  } else if (f.lastRequest !== undefined) {
    lines.push(`${de ? "Letzte Anfrage" : "Last request"}: ${describeRequest(ctx, f.lastRequest)}`);
  } else {
    lines.push(de ? `Keine offene Anfrage in den letzten ${f.freshnessHours} h` : `No open request in the last ${f.freshnessHours} h`);
  }
  if (f.flags.length > 0) lines.push(`${de ? "Markierungen" : "Flags"}: ${f.flags.join(", ")}`);
  if (f.outcomes.someoneElse > 0) {
    lines.push(de ? `Jemand anderes hat schon abgenommen: ${f.outcomes.someoneElse}×` : `Someone else answered before: ${f.outcomes.someoneElse}×`);
  }
  if (f.outcomes.last !== undefined) {
    lines.push(`${de ? "Letzter Rückruf" : "Last callback"}: ${when(ctx, f.outcomes.last.at)}, ${ctx.w.outcome[f.outcomes.last.outcome]}`);
  }
  if (f.disabled.length > 0) lines.push(`${de ? "Abgeschaltete Regeln" : "Rules switched off"}: ${f.disabled.join(", ")}`);
  return lines;
}

function changeText(ctx: Ctx, c: Change): string {
  const de = ctx.de;
  switch (c.kind) {
    case "after":
      return de ? `ab ${when(ctx, c.at)}` : `after ${when(ctx, c.at)}`;
    case "asks-callback":
      return de ? "wenn um Rückruf gebeten wird" : "if they ask for a callback";
    case "new-request":
      return de ? "wenn sich die Person wieder meldet" : "if they get in touch again";
    case "leaves-message":
      return de ? "wenn eine Nachricht kommt (Mailbox oder SMS)" : "if they leave a message (voicemail or SMS)";
    case "number-shown":
      return de ? "wenn mit sichtbarer Nummer angerufen wird" : "if they call with their number shown";
    case "remove-flag":
      return de ? `Markierung ${c.flag} entfernen` : `remove the flag ${c.flag}`;
    case "setting":
      return de ? "Einstellung: „Mobil oder Festnetz“ als Mobil zählen" : "setting: count “mobile or landline” as mobile";
    case "custom-rule":
      return de ? `eigene Regel „${c.ruleId}“ abschalten` : `switch off your rule “${c.ruleId}”`;
    case "permanent":
      return de
        ? `nichts – das bleibt so (${ruleTitle(c.ruleId, ctx.lang)})`
        : `nothing – this stays (${ruleTitle(c.ruleId, ctx.lang)})`;
  }
}

function hintText(ctx: Ctx, h: Hint, d: Decision): string {
  const de = ctx.de;
  switch (h.kind) {
    case "repeated-calls":
      return de ? `${h.count} Anrufe innerhalb von ${h.minutes} Min.` : `${h.count} calls within ${h.minutes} minutes.`;
    case "caution":
      switch (h.cause) {
        case "foreign":
          return de ? `Vorsicht: ausländische Nummer (${h.country ?? "?"}).` : `Caution: foreign number (${h.country ?? "?"}).`;
        case "premium":
          return de ? "Vorsicht: Premium-Nummer – teuer." : "Caution: premium-rate number – expensive.";
        case "shared-cost":
          return de ? "Vorsicht: Service-Nummer mit geteilten Kosten." : "Caution: shared-cost service number.";
        case "personal":
          return de
            ? "Vorsicht: persönliche Rufnummer – kann überallhin umgeleitet sein."
            : "Caution: personal number – may be forwarded anywhere.";
      }
    case "no-voicemail":
      return de
        ? "Falls niemand abnimmt: keine Nachricht auf der Mailbox hinterlassen."
        : "If nobody answers: leave no voicemail.";
    case "stale-before":
      return de
        ? `Die Anfrage ist ab ${when(ctx, h.at)} älter als ${d.facts.freshnessHours} h und gilt dann nicht mehr.`
        : `The request turns older than ${d.facts.freshnessHours} h at ${when(ctx, h.at)} and no longer counts then.`;
    case "until-unknown":
      return de
        ? "In den nächsten zwei Wochen gibt es keinen passenden Zeitpunkt."
        : "There is no suitable time within the next two weeks.";
  }
}

/** The reply text parts for a decision. Names and numbers never reach it: the engine has none. */
export function renderDecision(decision: Decision, options: RenderOptions): RenderedDecision {
  const ctx: Ctx = {
    lang: options.lang,
    w: WORDS[options.lang],
    timeZone: options.timeZone,
    now: decision.facts.now,
    de: options.lang === "de",
  };
  const reasons = decision.decided.map((f) => reasonText(ctx, f));
  const textMatters =
    decision.verdict === "text" ||
    decision.then === "text" ||
    (decision.verdict === "none" && decision.decided.some((f) => f.textFits === false));
  if (textMatters) reasons.push(textFitText(ctx, decision.textFit));

  let deciders = decision.decided.map((f) => ruleTitle(f.ruleId, ctx.lang)).join(", ");
  if (decision.verdict === "later" && decision.until !== undefined) {
    deciders += ctx.de ? ` bis ${when(ctx, decision.until)}` : ` until ${when(ctx, decision.until)}`;
  }
  const outweighed = decision.outweighed.map((f) =>
    f.modifier === "no-override" ? reasonText(ctx, f) : `${reasonText(ctx, f)} ${ctx.de ? "Aber" : "But"}: ${deciders}.`,
  );
  return {
    headline: headline(ctx, decision),
    reasons,
    outweighed,
    facts: factLines(ctx, decision),
    wouldChange: decision.wouldChange.map((c) => changeText(ctx, c)),
    hints: decision.hints.map((h) => hintText(ctx, h, decision)),
  };
}

const isDefaultId = (id: string): id is DefaultRuleId => (DEFAULT_RULE_IDS as readonly string[]).includes(id);

/** A rule's name for the /rules listing and explanations; a custom rule is named by its id. */
export function ruleTitle(id: string, lang: BaselineLanguage): string {
  const titles = WORDS[lang].ruleTitle;
  if (isDefaultId(id) || id === "nothing-allows" || id === "unknown-clock") return titles[id];
  return lang === "de" ? `Eigene Regel „${id}“` : `Your rule “${id}”`;
}

/** One line per default rule: when it applies and what it says. */
export function ruleSummary(id: DefaultRuleId, lang: BaselineLanguage): string {
  return WORDS[lang].ruleSummary[id];
}

// ---- from src/bot/views/verdict.ts ------------------------------------------------------------

const HEADINGS: Readonly<Record<BaselineLanguage, { why: string; outweighed: string; facts: string; change: string }>> = {
  de: { why: "Warum", outweighed: "Spricht dafür, zählt aber weniger", facts: "Fakten", change: "Das würde es ändern" },
  en: { why: "Why", outweighed: "Speaks for it, but counts less", facts: "Facts", change: "What would change it" },
};

/** The explanation as HTML: headline, deciding reasons, outweighed, facts, changes, hints. */
export function explanationHtml(rendered: RenderedDecision, lang: BaselineLanguage, options: { compact?: boolean } = {}): string {
  const h = HEADINGS[lang];
  const list = (lines: readonly string[]) => lines.map((l) => `• ${escapeHtml(l)}`);
  const lines: string[] = [escapeHtml(rendered.headline)];
  if (rendered.reasons.length > 0) lines.push(`<b>${h.why}</b>`, ...list(rendered.reasons));
  if (rendered.outweighed.length > 0) lines.push(`<b>${h.outweighed}</b>`, ...list(rendered.outweighed));
  if (options.compact) return lines.join("\n");
  if (rendered.facts.length > 0) lines.push(`<b>${h.facts}</b>`, ...list(rendered.facts));
  if (rendered.wouldChange.length > 0) lines.push(`<b>${h.change}</b>`, ...list(rendered.wouldChange));
  for (const hint of rendered.hints) lines.push(`⚠️ ${escapeHtml(hint)}`);
  return lines.join("\n");
}

/** What the verdict view did with a decision before Fluent: render, then assemble the HTML. */
export function baselineVerdictHtml(decision: Decision, lang: BaselineLanguage, timeZone: string): string {
  return explanationHtml(renderDecision(decision, { lang, timeZone }), lang);
}
