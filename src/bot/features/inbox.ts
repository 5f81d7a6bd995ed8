import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { parseInbound } from "../../core/inbox/index.js";
import type { AskedDay, InboundEvent } from "../../core/inbox/types.js";
import type { DraftLanguage } from "../../core/draft-language.js";
import { maskNumber } from "../../core/phone/index.js";
import type { PhoneClass } from "../../core/phone/types.js";
import { isValidLocalDate } from "../../core/time/index.js";
import type { LocalDate } from "../../core/time/types.js";
import { contactsOf, DEFAULT_EVENT_RETENTION_DAYS, type ContactRecord } from "../../store/contacts.js";
import { callbackCodec, storageKeySchema } from "../callback-data.js";
import type { AppServices, BotContext } from "../context.js";
import { escapeHtml } from "../i18n.js";
import { dayLabel, eventHtml } from "../views/inbound-event.js";
import { offerSection } from "../views/offer.js";
import type { Section } from "../views/section.js";
import { decideFor, verdictSection } from "../views/verdict.js";
import { replaceMessage } from "./availability/edit.js";
import { cardData } from "./contacts/callbacks.js";
import type { Feature } from "./feature.js";
import { privacySettings } from "./privacy/retention.js";

/** A paste longer than this is cut; Telegram messages are at most 4096 characters anyway. */
const MAX_TEXT = 200_000;
/** Telegram's message limit leaves room for this many events and verdicts in one reply. */
const MAX_EVENTS_SHOWN = 10;
const MAX_NUMBERS_SHOWN = 5;
const MAX_REPLY_CHARS = 4096;

type NumberCaller = Extract<PhoneClass, { kind: "number" }>;

interface NumberGroup {
  readonly phone: NumberCaller;
  readonly events: InboundEvent[];
}

/** Events as stored: the cards after storing, and which events a card already had. */
export interface StoredEvents {
  readonly events: readonly InboundEvent[];
  readonly cards: ReadonlyMap<string, ContactRecord>;
  /** Events the card already had (pasted or sent twice). */
  readonly duplicates: ReadonlySet<InboundEvent>;
}

/**
 * The other reading of a client's day word written after midnight: `d` is the date the offer is
 * for, `o` the one to switch back to; `m` "n" answers with a new message, "e" redraws the pressed one.
 */
const compactDate = z.string().regex(/^\d{8}$/);
const otherDayCallback = callbackCodec(
  "ia",
  ["k", "d", "o", "m"],
  z.object({ k: storageKeySchema, d: compactDate, o: compactDate, m: z.enum(["n", "e"]) }),
);

const packDate = (d: LocalDate) => `${d.year}${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
function unpackDate(raw: string): LocalDate | undefined {
  const date = { year: Number(raw.slice(0, 4)), month: Number(raw.slice(4, 6)), day: Number(raw.slice(6, 8)) };
  return isValidLocalDate(date) ? date : undefined;
}
const dateOfDay = (day: AskedDay | undefined): LocalDate | undefined => (day?.kind === "date" ? day : undefined);

/** When the message was written: a forward keeps its original date. */
function messageDate(ctx: BotContext): number {
  const message = ctx.message;
  const seconds = message?.forward_origin?.date ?? message?.date;
  return seconds !== undefined ? seconds * 1000 : ctx.app.clock();
}

function groupByNumber(events: readonly InboundEvent[]): NumberGroup[] {
  const groups = new Map<string, NumberGroup>();
  for (const event of events) {
    if (event.caller.kind !== "number") continue;
    const group = groups.get(event.caller.e164) ?? { phone: event.caller, events: [] };
    group.events.push(event);
    groups.set(event.caller.e164, group);
  }
  return [...groups.values()];
}

function appendKeyboard(target: InlineKeyboard, section: Section | undefined): void {
  for (const row of section?.keyboard?.inline_keyboard ?? []) target.row(...row);
}

/** The language the client last wrote or spoke in, if known. */
function clientLang(card: ContactRecord | undefined): DraftLanguage | undefined {
  return card && [...card.events].reverse().find((e) => e.lang)?.lang;
}

/** The latest appointment question among events, if any. */
function appointmentOf<E extends Pick<InboundEvent, "asked">>(events: readonly E[]): E["asked"]["appointment"] {
  return [...events].reverse().find((e) => e.asked.appointment !== undefined)?.asked.appointment;
}

/**
 * Stores events with a number on their cards (withheld callers and numbers that cannot exist
 * are never stored). One write per number; the same event twice is kept once.
 */
export async function storeEvents(app: AppServices, events: readonly InboundEvent[]): Promise<StoredEvents> {
  const { retention } = await privacySettings(app).catch(() => ({ retention: { eventsDays: DEFAULT_EVENT_RETENTION_DAYS } }));
  const cards = new Map<string, ContactRecord>();
  const duplicates = new Set<InboundEvent>();
  for (const group of groupByNumber(events)) {
    const result = await contactsOf(app).addEvents(group.phone.e164, group.events, retention.eventsDays);
    cards.set(group.phone.e164, result.contact);
    group.events.forEach((event, i) => {
      if (result.duplicate[i]) duplicates.add(event);
    });
  }
  app.logger.info(
    { event: "inbound-saved", events: events.length, numbers: cards.size, withheld: events.filter((e) => e.caller.kind === "withheld").length },
    "inbound events saved",
  );
  return { events, cards, duplicates };
}

export interface InboxReplyOptions {
  /** The first line (HTML); default: "Verstanden" with the number of events. */
  readonly heading?: string;
  /** Log the verdicts in each number's history (default true; once per event is enough). */
  readonly logVerdicts?: boolean;
  /** Mask numbers that are not in the chat already (her phone reported them, she did not paste them). */
  readonly maskNumbers?: boolean;
}

/**
 * The inbox's answer to stored events: each event, then per number the verdict, a draft or free
 * slots where they fit, and the card's button. A client's day word written after midnight names
 * the date taken and offers the other reading with one tap.
 */
export async function inboxReply(ctx: BotContext, stored: StoredEvents, options: InboxReplyOptions = {}): Promise<Section> {
  const { t } = ctx;
  const { events } = stored;
  const { timeZone, phoneRegion } = ctx.app.config;
  const clock = ctx.app.clock();
  const parts: string[] = [options.heading ?? t("inbox-understood", { count: events.length })];
  // Rows are appended below; grammY's default first row would stay empty.
  const keyboard = new InlineKeyboard([]);
  events.slice(0, MAX_EVENTS_SHOWN).forEach((event, i) => {
    const line = eventHtml(event, { now: clock, timeZone, region: phoneRegion, duplicate: stored.duplicates.has(event), mask: options.maskNumbers === true }, t);
    parts.push(`${events.length > 1 ? `${i + 1}. ` : ""}${line}`);
  });
  if (events.length > MAX_EVENTS_SHOWN) parts.push(t("inbox-more-events", { count: events.length - MAX_EVENTS_SHOWN }));

  // One verdict per number (after all of its events are stored), then a draft where an appointment was asked.
  const groups = groupByNumber(events);
  const shown = groups.slice(0, MAX_NUMBERS_SHOWN);
  for (const group of shown) {
    const key = ctx.app.stores.contacts.keyOf(group.phone.e164);
    const card = stored.cards.get(group.phone.e164);
    const title = card?.alias ? `${escapeHtml(card.alias)} · ${maskNumber(group.phone.e164)}` : maskNumber(group.phone.e164);
    const verdict = await verdictSection(ctx, group.phone, {
      ...(shown.length > 1 && { subject: `<b>${title}</b>` }),
      ...(options.logVerdicts === false && { log: false }),
    });
    // Telegram's 4096-character limit: when a paste names many numbers, later verdicts shrink to their headline.
    const used = parts.join("\n\n").length;
    parts.push(used + verdict.html.length < MAX_REPLY_CHARS - 600 ? verdict.html : `${verdict.html.split("\n")[0]} — ${title}`);
    appendKeyboard(keyboard, verdict);
    // A text reply comes with the verdict when one fits; when she may call, free slots help her
    // answer the appointment question on the phone. Never an offer where no contact is allowed.
    const appointment = appointmentOf(group.events);
    const room = parts.join("\n\n").length < MAX_REPLY_CHARS - 800;
    const decision = appointment && (await decideFor(ctx, group.phone)).decision;
    const offersSlots = room && decision?.verdict === "call";
    const draftsText = decision?.textFits === true && (decision.verdict === "text" || (decision.verdict === "later" && decision.then === "text"));
    const lang = clientLang(card);
    if (appointment && offersSlots) {
      const offer = await offerSection(ctx, {
        ...(appointment.day && { day: appointment.day }),
        ...(appointment.time && { time: appointment.time }),
        ...(lang && { lang }),
        contactKey: key,
      });
      parts.push(offer.html);
      appendKeyboard(keyboard, offer);
    }
    const taken = dateOfDay(appointment?.day);
    const other = dateOfDay(appointment?.alternativeDay);
    if (taken && other && (offersSlots || draftsText)) {
      parts.push(t("inbox-late-night", { taken: dayLabel(taken, t), other: dayLabel(other, t) }));
      keyboard
        .row()
        .text(t("inbox-late-night-button", { other: dayLabel(other, t) }), otherDayCallback.pack({ k: key, d: packDate(other), o: packDate(taken), m: "n" }));
    }
    keyboard.row().text(t("inbox-card", { who: card?.alias ?? maskNumber(group.phone.e164) }), cardData.pack({ action: "open", key, arg: "-" }));
  }
  if (groups.length > shown.length) parts.push(t("inbox-more-numbers"));
  // Nothing to store: the verdict for the withheld caller or the number that cannot exist.
  const unusable = events.find((e) => e.caller.kind !== "number")?.caller;
  if (groups.length === 0 && unusable) parts.push((await verdictSection(ctx, unusable)).html);

  return { html: parts.join("\n\n"), ...(keyboard.inline_keyboard.some((row) => row.length > 0) && { keyboard }) };
}

/** Reads inbound notes, saves the events on their cards and answers with facts and verdicts. */
export async function handleInbound(ctx: BotContext, text: string): Promise<void> {
  const events = parseInbound(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, {
    now: messageDate(ctx),
    timeZone: ctx.app.config.timeZone,
    region: ctx.app.config.phoneRegion,
  });
  if (events.length === 0) {
    ctx.app.logger.info({ event: "inbound-nothing" }, "inbound text without events");
    await ctx.reply(ctx.t("inbox-nothing"), { parse_mode: "HTML" });
    return;
  }
  const reply = await inboxReply(ctx, await storeEvents(ctx.app, events));
  await ctx.reply(reply.html, { parse_mode: "HTML", ...(reply.keyboard && { reply_markup: reply.keyboard }) });
}

/** The offer for the other reading of a late-night day word; a second tap switches back in place. */
async function answerOtherDay(ctx: BotContext & { callbackQuery: { data: string } }): Promise<void> {
  const data = otherDayCallback.unpack(ctx.callbackQuery.data);
  const card = data && (await contactsOf(ctx.app).getByKey(data.k));
  const date = data && unpackDate(data.d);
  const back = data && unpackDate(data.o);
  if (!data || !card || !date || !back) return void (await ctx.answerCallbackQuery({ text: ctx.t("fallback-button-expired") }));
  await ctx.answerCallbackQuery();
  const time = appointmentOf(card.events)?.time;
  const lang = clientLang(card);
  const offer = await offerSection(ctx, { day: { kind: "date", ...date }, ...(time && { time }), ...(lang && { lang }), contactKey: data.k });
  const keyboard = new InlineKeyboard([]);
  appendKeyboard(keyboard, offer);
  keyboard.row().text(ctx.t("inbox-late-night-button", { other: dayLabel(back, ctx.t) }), otherDayCallback.pack({ k: data.k, d: data.o, o: data.d, m: "e" }));
  const html = `${ctx.t("inbox-offer-for", { date: dayLabel(date, ctx.t) })}\n${offer.html}`;
  if (data.m === "e") await replaceMessage(ctx, html, keyboard);
  else await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard });
}

const composer = new Composer<BotContext>();
composer.callbackQuery(otherDayCallback.pattern, answerOtherDay);
composer.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/")) return next();
  await handleInbound(ctx, ctx.message.text);
});

/** Any remaining text — typed, pasted or forwarded — read as inbound notes. Registered last. */
export const inboxFeature: Feature = { name: "inbox", commands: [], composer };
