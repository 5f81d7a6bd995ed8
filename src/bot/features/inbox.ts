import { Composer, InlineKeyboard } from "grammy";
import { parseInbound } from "../../core/inbox/index.js";
import type { InboundEvent } from "../../core/inbox/types.js";
import type { DraftLanguage } from "../../core/draft-language.js";
import type { LegacyTextLanguage } from "../../core/legacy-text-language.js";
import { formatNumber, maskNumber } from "../../core/phone/index.js";
import type { PhoneClass } from "../../core/phone/types.js";
import { contactsOf, DEFAULT_EVENT_RETENTION_DAYS, type ContactRecord } from "../../store/contacts.js";
import type { BotContext } from "../context.js";
import { copyable, escapeHtml, type Localized } from "../i18n.js";
import { offerSection } from "../views/offer.js";
import type { Section } from "../views/section.js";
import { decideFor, verdictSection } from "../views/verdict.js";
import { cardData } from "./contacts/callbacks.js";
import { askedLabel, eventKindLabel, formatWhen, numberTypeLabel } from "./contacts/describe.js";
import type { Feature } from "./feature.js";
import { privacySettings } from "./privacy/retention.js";

/** A paste longer than this is cut; Telegram messages are at most 4096 characters anyway. */
const MAX_TEXT = 200_000;
/** Telegram's message limit leaves room for this many events and verdicts in one reply. */
const MAX_EVENTS_SHOWN = 10;
const MAX_NUMBERS_SHOWN = 5;
const MAX_REPLY_CHARS = 4096;

const T = {
  understood: { de: "📥 <b>Verstanden</b>", en: "📥 <b>Understood</b>" },
  events: { de: "Ereignisse", en: "events" },
  nothing: {
    de: "Das habe ich nicht verstanden: darin finde ich keinen verpassten Anruf, keine Mailbox und keine SMS. So etwas verstehe ich:\n<code>Entgangener Anruf 0171 2345678</code>\n<code>Mailbox 8:05 – „Ruf mich an unter 0151 1234 5678“</code>\nOder tippe /help.",
    en: "I didn't understand that: I find no missed call, voicemail or text message in it. This is what I understand:\n<code>Missed call from +49 171 2345678</code>\n<code>Voicemail 8:05 – “call me back on 0151 1234 5678”</code>\nOr type /help.",
  },
  asked: { de: "Anliegen", en: "Asked" },
  withheld: { de: "Nummer unterdrückt – nicht gespeichert, kein Rückruf möglich.", en: "Number withheld — not stored, no callback possible." },
  invalid: { de: "Nummer nicht lesbar – nicht gespeichert.", en: "Number not readable — not stored." },
  duplicate: { de: "schon gespeichert", en: "already stored" },
  timeFromMessage: { de: "Zeit der Nachricht", en: "time of the message" },
  more: { de: "weitere Ereignisse gespeichert.", en: "more events stored." },
  moreNumbers: { de: "Für die übrigen Nummern: /contacts.", en: "For the other numbers: /contacts." },
  card: { de: "Karte", en: "Card" },
} satisfies Record<string, Localized>;

type NumberCaller = Extract<PhoneClass, { kind: "number" }>;

interface NumberGroup {
  readonly phone: NumberCaller;
  readonly events: InboundEvent[];
}

/** When the message was written: a forward keeps its original date. */
function messageDate(ctx: BotContext): number {
  const message = ctx.message;
  const seconds = message?.forward_origin?.date ?? message?.date;
  return seconds !== undefined ? seconds * 1000 : ctx.app.clock();
}

function eventLine(event: InboundEvent, now: number, ctx: BotContext, duplicate: boolean): string {
  const lang = ctx.lang;
  const when = formatWhen(event.at, now, ctx.app.config.timeZone, lang);
  const attempts = event.attempts > 1 ? ` · ${event.attempts}×` : "";
  const source = event.atSource === "message" ? ` (${T.timeFromMessage[lang]})` : "";
  const caller = event.caller;
  const number =
    caller.kind === "number"
      ? `📞 ${copyable(formatNumber(caller.e164, ctx.app.config.phoneRegion))} · ${escapeHtml(numberTypeLabel(caller, lang))}`
      : `📞 ${caller.kind === "withheld" ? T.withheld[lang] : T.invalid[lang]}`;
  return [
    `<b>${eventKindLabel(event.kind, lang)}</b>${attempts} · ${when}${source}${duplicate ? ` · ${T.duplicate[lang]}` : ""}`,
    number,
    `${T.asked[lang]}: ${askedLabel(event.asked, lang)}`,
  ].join("\n");
}

function appendKeyboard(target: InlineKeyboard, section: Section): void {
  for (const row of section.keyboard?.inline_keyboard ?? []) target.row(...row);
}

/** The language the client last wrote or spoke in, if known. */
function clientLang(card: ContactRecord): DraftLanguage | undefined {
  return [...card.events].reverse().find((e) => e.lang)?.lang;
}

/** The latest appointment question in a number's events, if any. */
function appointmentOf(events: readonly InboundEvent[]): InboundEvent | undefined {
  return [...events].reverse().find((e) => e.asked.appointment !== undefined);
}

interface Saved {
  readonly contacts: Map<string, ContactRecord>;
  /** Events the card already had (pasted twice). */
  readonly duplicates: Set<InboundEvent>;
}

async function saveEvents(ctx: BotContext, groups: readonly NumberGroup[]): Promise<Saved> {
  const { retention } = await privacySettings(ctx.app).catch(() => ({ retention: { eventsDays: DEFAULT_EVENT_RETENTION_DAYS } }));
  const contacts = new Map<string, ContactRecord>();
  const duplicates = new Set<InboundEvent>();
  for (const group of groups) {
    const result = await contactsOf(ctx.app).addEvents(group.phone.e164, group.events, retention.eventsDays);
    contacts.set(group.phone.e164, result.contact);
    group.events.forEach((event, i) => {
      if (result.duplicate[i]) duplicates.add(event);
    });
  }
  return { contacts, duplicates };
}

/** Reads inbound notes, saves the events on their cards and answers with facts and verdicts. */
export async function handleInbound(ctx: BotContext, text: string): Promise<void> {
  const lang: LegacyTextLanguage = ctx.lang;
  const now = messageDate(ctx);
  const events = parseInbound(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, {
    now,
    timeZone: ctx.app.config.timeZone,
    region: ctx.app.config.phoneRegion,
  });
  if (events.length === 0) {
    ctx.app.logger.info({ event: "inbound-nothing" }, "inbound text without events");
    await ctx.reply(T.nothing[lang], { parse_mode: "HTML" });
    return;
  }

  const groups = new Map<string, NumberGroup>();
  for (const event of events) {
    if (event.caller.kind !== "number") continue;
    const group = groups.get(event.caller.e164) ?? { phone: event.caller, events: [] };
    group.events.push(event);
    groups.set(event.caller.e164, group);
  }
  const saved = await saveEvents(ctx, [...groups.values()]);
  ctx.app.logger.info(
    { event: "inbound-saved", events: events.length, numbers: groups.size, withheld: events.filter((e) => e.caller.kind === "withheld").length },
    "inbound events saved",
  );

  const clock = ctx.app.clock();
  const parts: string[] = [`${T.understood[lang]}${events.length > 1 ? ` – ${events.length} ${T.events[lang]}` : ""}`];
  // Rows are appended below; grammY's default first row would stay empty.
  const keyboard = new InlineKeyboard([]);
  events.slice(0, MAX_EVENTS_SHOWN).forEach((event, i) => {
    parts.push(`${events.length > 1 ? `${i + 1}. ` : ""}${eventLine(event, clock, ctx, saved.duplicates.has(event))}`);
  });
  if (events.length > MAX_EVENTS_SHOWN) parts.push(`… ${events.length - MAX_EVENTS_SHOWN} ${T.more[lang]}`);

  // One verdict per number (after all of its events are stored), then a draft where an appointment was asked.
  const shown = [...groups.values()].slice(0, MAX_NUMBERS_SHOWN);
  for (const group of shown) {
    const key = ctx.app.stores.contacts.keyOf(group.phone.e164);
    const card = saved.contacts.get(group.phone.e164);
    const title = card?.alias ? `${escapeHtml(card.alias)} · ${maskNumber(group.phone.e164)}` : maskNumber(group.phone.e164);
    const verdict = await verdictSection(ctx, group.phone, shown.length > 1 ? { subject: `<b>${title}</b>` } : {});
    // Telegram's 4096-character limit: when a paste names many numbers, later verdicts shrink to their headline.
    const used = parts.join("\n\n").length;
    parts.push(used + verdict.html.length < MAX_REPLY_CHARS - 600 ? verdict.html : `${verdict.html.split("\n")[0]} — ${title}`);
    appendKeyboard(keyboard, verdict);
    // A text reply comes with the verdict when one fits; when she may call, free slots help her
    // answer the appointment question on the phone. Never an offer where no contact is allowed.
    const appointment = appointmentOf(group.events)?.asked.appointment;
    const room = parts.join("\n\n").length < MAX_REPLY_CHARS - 800;
    if (appointment && room && (await decideFor(ctx, group.phone)).decision.verdict === "call") {
      const offer = await offerSection(ctx, {
        ...(appointment.day && { day: appointment.day }),
        ...(appointment.time && { time: appointment.time }),
        ...(card && clientLang(card) && { lang: clientLang(card)! }),
        contactKey: key,
      });
      parts.push(offer.html);
      appendKeyboard(keyboard, offer);
    }
    keyboard.row().text(`👤 ${T.card[lang]} ${card?.alias ?? maskNumber(group.phone.e164)}`, cardData.pack({ action: "open", key, arg: "-" }));
  }
  if (groups.size > shown.length) parts.push(T.moreNumbers[lang]);
  if (events.some((e) => e.caller.kind === "withheld") && groups.size === 0) {
    const verdict = await verdictSection(ctx, { kind: "withheld" });
    parts.push(verdict.html);
  }

  await ctx.reply(parts.join("\n\n"), {
    parse_mode: "HTML",
    ...(keyboard.inline_keyboard.some((row) => row.length > 0) && { reply_markup: keyboard }),
  });
}

const composer = new Composer<BotContext>();
composer.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/")) return next();
  await handleInbound(ctx, ctx.message.text);
});

/** Any remaining text — typed, pasted or forwarded — read as inbound notes. Registered last. */
export const inboxFeature: Feature = { name: "inbox", commands: [], composer };
