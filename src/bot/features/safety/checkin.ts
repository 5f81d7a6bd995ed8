import { Composer, InlineKeyboard, type CommandContext, type MiddlewareFn } from "grammy";
import { parseBookArgument } from "../../../core/availability/bookArgument.js";
import { maskNumber } from "../../../core/phone/format.js";
import { isOkAnswer } from "../../../core/safety/answers.js";
import { zonedEpoch } from "../../../core/time/zone.js";
import { listBookings } from "../../../store/appointments.js";
import { listCheckIns, saveCheckIn, startCheckIn } from "../../../store/checkins.js";
import { contactsOf } from "../../../store/contacts.js";
import type { CheckInRecord } from "../../../store/records/safety.js";
import { confirmedBuddy, holdsDuress, loadSafetySettings } from "../../../store/safety.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { replaceMessage } from "../availability/edit.js";
import { loadSchedule } from "../availability/schedule.js";
import { bookingCheckInCallback, checkInCallback } from "./callbacks.js";
import { clockIn, intervalLabel } from "./format.js";
import { askFor } from "./prompts.js";
import { applyCheckInEvent, askedAt, serially } from "./runner.js";

const MAX_PLACE_LENGTH = 200;

/** The check-in as she sees it: when she is asked, when the buddy would be alerted, the details for the alert. */
async function statusHtml(ctx: BotContext, record: CheckInRecord): Promise<string> {
  const { timeZone } = ctx.app.config;
  const now = ctx.app.clock();
  const buddy = await confirmedBuddy(ctx.app.stores);
  const lines = [
    ctx.t("safety-checkin-status", {
      when: intervalLabel(record.start, record.end, now, timeZone, ctx.t),
      ask: clockIn(askedAt(record), timeZone),
      grace: record.graceMinutes,
      buddy: escapeHtml(buddy?.name ?? ctx.t("safety-buddy-no-name")),
    }),
  ];
  if (record.place) lines.push(ctx.t("safety-checkin-place-line", { place: escapeHtml(record.place) }));
  if (record.number) lines.push(ctx.t("safety-checkin-number-line", { number: maskNumber(record.number) }));
  if (!record.place || !record.number) lines.push("", ctx.t("safety-checkin-details-hint"));
  return lines.join("\n");
}

function statusKeyboard(t: Translate, record: CheckInRecord): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (!record.place) keyboard.text(t("safety-checkin-place-button"), checkInCallback.pack({ a: "pl", id: record.id }));
  if (!record.number && record.contactKey) keyboard.text(t("safety-checkin-number-button"), checkInCallback.pack({ a: "nu", id: record.id }));
  return keyboard
    .row()
    .text(t("safety-checkin-extend-button", { minutes: 30 }), checkInCallback.pack({ a: "x30", id: record.id }))
    .text(t("safety-checkin-extend-button", { minutes: 60 }), checkInCallback.pack({ a: "x60", id: record.id }))
    .row()
    .text(t("safety-checkin-end-button"), checkInCallback.pack({ a: "ok", id: record.id }));
}

/** Shows a check-in's status in a new message, whose buttons go when it ends. */
async function sendStatus(ctx: BotContext, record: CheckInRecord): Promise<void> {
  const sent = await ctx.reply(await statusHtml(ctx, record), { parse_mode: "HTML", reply_markup: statusKeyboard(ctx.t, record) });
  await serially(ctx.app, async () => {
    const current = await ctx.app.stores.checkIns.get(record.id);
    if (current) await saveCheckIn(ctx.app.stores, { ...current, messageIds: [...current.messageIds, sent.message_id].slice(-20) });
  });
}

interface Appointment {
  readonly start: number;
  readonly end: number;
  readonly bookingId?: string;
  readonly contactKey?: string;
  readonly number?: string;
}

/** Starts a check-in, if a buddy is there to be alerted and the appointment is not over. */
async function begin(ctx: BotContext, appointment: Appointment): Promise<void> {
  const { stores } = ctx.app;
  const now = ctx.app.clock();
  if (!(await confirmedBuddy(stores))) return void (await ctx.reply(ctx.t("safety-checkin-no-buddy")));
  if (appointment.end <= now) {
    return void (await ctx.reply(ctx.t("safety-checkin-over", { end: clockIn(appointment.end, ctx.app.config.timeZone) })));
  }
  const existing = appointment.bookingId && (await listCheckIns(stores)).find((c) => c.bookingId === appointment.bookingId);
  if (existing) return sendStatus(ctx, existing);
  const { graceMinutes } = await loadSafetySettings(stores);
  const record = await serially(ctx.app, () =>
    startCheckIn(stores, {
      chatId: ctx.chat!.id,
      start: appointment.start,
      end: appointment.end,
      graceMinutes,
      ...(appointment.bookingId !== undefined && { bookingId: appointment.bookingId }),
      ...(appointment.contactKey !== undefined && { contactKey: appointment.contactKey }),
      ...(appointment.number !== undefined && { number: appointment.number }),
      now,
    }),
  );
  ctx.app.logger.info("check-in started");
  await sendStatus(ctx, record);
}

/** `/checkin 19:30`, `/checkin 19:30-21:00 0171 2345678`, `/checkin 22:00 90 morgen`; bare: what is running. */
async function checkinCommand(ctx: CommandContext<BotContext>): Promise<void> {
  const argument = ctx.match.toString().trim();
  if (argument === "") {
    const running = await listCheckIns(ctx.app.stores);
    if (running.length === 0) return void (await ctx.reply(ctx.t("safety-checkin-usage"), { parse_mode: "HTML" }));
    for (const record of running) await sendStatus(ctx, record);
    return;
  }
  const schedule = await loadSchedule(ctx);
  const parsed = parseBookArgument(argument, schedule.today);
  if (!parsed.ok) return void (await ctx.reply(ctx.t("safety-checkin-usage"), { parse_mode: "HTML" }));
  const { date, start, who } = parsed.value;
  const end = parsed.value.end ?? start + schedule.settings.appointmentMinutes;
  let number: string | undefined;
  if (who !== undefined) {
    const resolved = await contactsOf(ctx.app).resolve(who);
    if (resolved.kind !== "number" && resolved.kind !== "alias") return void (await ctx.reply(ctx.t("safety-checkin-bad-who"), { parse_mode: "HTML" }));
    number = resolved.phone.e164;
  }
  await begin(ctx, {
    start: zonedEpoch(schedule.timeZone, date, start),
    end: zonedEpoch(schedule.timeZone, date, end),
    ...(number !== undefined && { number }),
  });
}

/** The neutral line after she is fine — and, word for word, after her duress word. */
async function endedText(ctx: BotContext, record: CheckInRecord): Promise<string> {
  if (record.phase !== "alerted") return ctx.t("safety-checkin-ended");
  const { timeZone } = ctx.app.config;
  const buddy = await confirmedBuddy(ctx.app.stores);
  return ctx.t("safety-checkin-ended-alerted", {
    buddy: escapeHtml(buddy?.name ?? ctx.t("safety-buddy-no-name")),
    time: clockIn(record.alertedAt ?? record.end, timeZone),
    seen: record.buddySawAt === undefined ? "none" : clockIn(record.buddySawAt, timeZone),
  });
}

/** Which running check-in her words are about: one waiting for her answer, else the one in progress, else the next. */
function current(records: readonly CheckInRecord[], now: number): CheckInRecord | undefined {
  const open = records.filter((r) => r.duressAt === undefined);
  return open.find((r) => r.phase !== "running") ?? open.find((r) => r.start <= now) ?? open[0];
}

/**
 * Runs before conversations and every feature: while a check-in runs, her duress word anywhere
 * alerts the buddy at once and is answered exactly as an ordinary "ok" would be; a plain "ok"
 * answers "Alles ok?". Everything else goes on as usual.
 */
export const watchAnswers: MiddlewareFn<BotContext> = async (ctx, next) => {
  const text = ctx.message?.text;
  if (text === undefined || text.startsWith("/")) return next();
  // Nearly always none runs: answered without a round trip to the store.
  if (!(await ctx.app.stores.checkIns.hasAny())) return next();
  const reply = await serially(ctx.app, async () => {
    const records = await listCheckIns(ctx.app.stores);
    if (records.length === 0) return undefined;
    const now = ctx.app.clock();
    const settings = await loadSafetySettings(ctx.app.stores);
    if (holdsDuress(settings.duress, text)) {
      const record = current(records, now);
      if (!record) return undefined;
      const answer = await endedText(ctx, record);
      try {
        await applyCheckInEvent(ctx.app, ctx.api, record, { kind: "duress", now }, ctx.message?.message_id);
      } catch {
        // Whatever failed, her chat shows nothing of it: the scheduler sends the alert first thing.
        await saveCheckIn(ctx.app.stores, { ...record, duressAt: now });
        ctx.app.logger.warn("check-in alert delayed");
      }
      return answer;
    }
    const waiting = records.find((r) => r.phase !== "running" && r.duressAt === undefined);
    if (!waiting || !isOkAnswer(text)) return undefined;
    const answer = await endedText(ctx, waiting);
    await applyCheckInEvent(ctx.app, ctx.api, waiting, { kind: "ok", now });
    return answer;
  });
  if (reply === undefined) return next();
  await ctx.reply(reply, { parse_mode: "HTML" });
};

export const checkInComposer = new Composer<BotContext>();

checkInComposer.command("checkin", checkinCommand);

checkInComposer.callbackQuery(bookingCheckInCallback.pattern, async (ctx) => {
  const data = bookingCheckInCallback.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  const booking = data && (await listBookings(ctx.app.stores)).find((b) => b.id === data.id);
  if (!booking) return void (await ctx.reply(ctx.t("safety-checkin-booking-gone")));
  await begin(ctx, { start: booking.start, end: booking.end, bookingId: booking.id, ...(booking.contactKey && { contactKey: booking.contactKey }) });
});

checkInComposer.callbackQuery(checkInCallback.pattern, async (ctx) => {
  const data = checkInCallback.unpack(ctx.callbackQuery.data);
  const pressed = ctx.callbackQuery.message?.message_id;
  const now = ctx.app.clock();
  const { timeZone } = ctx.app.config;
  // Read and changed in one go: the scheduler may have moved it on since the button was shown.
  const outcome = await serially(ctx.app, async () => {
    const record = data && (await ctx.app.stores.checkIns.get(data.id));
    if (!data || !record || record.duressAt !== undefined) return { kind: "gone" as const };
    switch (data.a) {
      case "ok": {
        const text = await endedText(ctx, record);
        await applyCheckInEvent(ctx.app, ctx.api, record, { kind: "ok", now }, pressed);
        return { kind: "ended" as const, text };
      }
      case "x15":
      case "x30":
      case "x60": {
        const result = await applyCheckInEvent(ctx.app, ctx.api, record, { kind: "extend", now, minutes: Number(data.a.slice(1)) }, pressed);
        return result.record ? { kind: "extended" as const, record: result.record } : { kind: "gone" as const };
      }
      case "pl":
        return { kind: "place" as const, record };
      case "nu": {
        const card = record.contactKey ? await ctx.app.stores.contacts.getByKey(record.contactKey) : undefined;
        if (!card) return { kind: "no-number" as const };
        const next = { ...record, number: card.e164 };
        await saveCheckIn(ctx.app.stores, next);
        return { kind: "changed" as const, record: next };
      }
      default:
        return { kind: "gone" as const };
    }
  });
  switch (outcome.kind) {
    case "gone":
      await ctx.answerCallbackQuery({ text: ctx.t("safety-checkin-gone") });
      return replaceMessage(ctx, ctx.t("safety-checkin-gone"));
    case "ended":
      await ctx.answerCallbackQuery();
      return replaceMessage(ctx, outcome.text);
    case "extended": {
      await ctx.answerCallbackQuery();
      const extended = ctx.t("safety-checkin-extended", { ask: clockIn(askedAt(outcome.record), timeZone) });
      return replaceMessage(ctx, `${extended}\n\n${await statusHtml(ctx, outcome.record)}`, statusKeyboard(ctx.t, outcome.record));
    }
    case "place":
      await ctx.answerCallbackQuery();
      askFor(ctx.app, ctx.chat!.id, { kind: "place", checkInId: outcome.record.id });
      return void (await ctx.reply(ctx.t("safety-checkin-place-ask")));
    case "no-number":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("safety-checkin-no-number") }));
    case "changed":
      await ctx.answerCallbackQuery();
      return replaceMessage(ctx, await statusHtml(ctx, outcome.record), statusKeyboard(ctx.t, outcome.record));
  }
});

/** Her answer to "Wo bist du?": the place, kept for this check-in only. */
export async function savePlace(ctx: BotContext, checkInId: string, text: string): Promise<void> {
  const place = text.replace(/\s+/g, " ").trim().slice(0, MAX_PLACE_LENGTH);
  const updated = await serially(ctx.app, async () => {
    const record = await ctx.app.stores.checkIns.get(checkInId);
    if (!record || place === "") return undefined;
    const next = { ...record, place };
    await saveCheckIn(ctx.app.stores, next);
    return next;
  });
  if (!updated) return void (await ctx.reply(ctx.t("safety-checkin-gone")));
  await ctx.reply(ctx.t("safety-checkin-place-saved"));
  await sendStatus(ctx, updated);
}
