import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { parseDayArgument } from "../../../core/availability/dayArgument.js";
import { freeGaps, hoursOn } from "../../../core/availability/slots.js";
import { addLocalDays } from "../../../core/time/localDate.js";
import type { LocalDate } from "../../../core/time/types.js";
import { localDateOf, zonedEpoch } from "../../../core/time/zone.js";
import { releaseHold } from "../../../store/appointments.js";
import { appointmentId } from "../../../store/records/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../i18n.js";
import { tryBook } from "./book.js";
import { clockAt, dateLabel, intervalLabel, rangesLabel } from "./format.js";
import { loadSchedule, slotQuery, whoLabel, type Schedule } from "./schedule.js";
import { fill, T } from "./texts.js";
import { checkInButtons } from "../safety/day-buttons.js";
import { dropButtons, replaceMessage } from "./edit.js";

/** r = release one hold, b = book it, x = release every hold made with the same offer. */
export const holdCodec = callbackCodec("hold", ["a", "id"], z.object({ a: z.enum(["r", "b", "x"]), id: appointmentId }));

/** The agenda of one day: hours, bookings, holds (with buttons) and the free gaps. */
export async function dayAgenda(ctx: BotContext, schedule: Schedule, date: LocalDate) {
  const { lang } = ctx;
  const { timeZone, settings } = schedule;
  const from = zonedEpoch(timeZone, date, 0);
  const to = zonedEpoch(timeZone, addLocalDays(date, 1), 0);
  const ranges = hoursOn(settings, date);
  const lines = [
    `<b>${dateLabel(date, lang)}</b> — ${T.dayHours[lang]}: ${ranges.length === 0 ? T.dayClosed[lang] : rangesLabel(ranges)}`,
  ];
  const items: Array<{ start: number; line: string }> = [];
  const bookings = schedule.bookings.filter((b) => b.start >= from && b.start < to);
  for (const b of bookings) {
    const who = await whoLabel(ctx, b.contactKey);
    items.push({ start: b.start, line: `• ${intervalLabel(b, timeZone)} ${T.appointment[lang]}${who ? ` (${escapeHtml(who)})` : ""}` });
  }
  const holds = schedule.holds.filter((h) => h.start >= from && h.start < to);
  for (const h of holds) {
    items.push({
      start: h.start,
      line: `• ${intervalLabel(h, timeZone)} ${fill(T.offered[lang], { until: clockAt(h.expiresAt, timeZone) })}`,
    });
  }
  items.sort((a, b) => a.start - b.start);
  lines.push(...(items.length > 0 ? items.map((i) => i.line) : [T.noAppointments[lang]]));
  if (ranges.length > 0) {
    const gaps = freeGaps({ ...slotQuery(schedule), date });
    const text = gaps.length > 0 ? gaps.map((g) => intervalLabel(g, timeZone)).join(", ") : T.nothingFree[lang];
    lines.push("", `${T.free[lang]}: ${text}`);
  }
  const keyboard = new InlineKeyboard([]);
  for (const h of holds) {
    const time = clockAt(h.start, timeZone);
    keyboard
      .row()
      .text(fill(T.release[lang], { time }), holdCodec.pack({ a: "r", id: h.id }))
      .text(fill(T.bookHold[lang], { time }), holdCodec.pack({ a: "b", id: h.id }));
  }
  const checkIns = checkInButtons(ctx.t, bookings, schedule.now, timeZone);
  for (const button of checkIns) keyboard.row().add(button);
  return { html: lines.join("\n"), ...((holds.length > 0 || checkIns.length > 0) && { keyboard }) };
}

export const dayComposer = new Composer<BotContext>();

dayComposer.command("day", async (ctx) => {
  const schedule = await loadSchedule(ctx);
  const arg = ctx.match.trim();
  const date = arg === "" ? schedule.today : parseDayArgument(arg, schedule.today);
  if (!date) return void (await ctx.reply(T.dayArgHelp[ctx.lang], { parse_mode: "HTML" }));
  const agenda = await dayAgenda(ctx, schedule, date);
  await ctx.reply(agenda.html, { parse_mode: "HTML", ...(agenda.keyboard && { reply_markup: agenda.keyboard }) });
});

dayComposer.callbackQuery(holdCodec.pattern, async (ctx) => {
  const { lang } = ctx;
  const data = holdCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.stale[lang] }));
  const schedule = await loadSchedule(ctx);
  const hold = schedule.holds.find((h) => h.id === data.id);
  if (!hold) return void (await ctx.answerCallbackQuery({ text: T.holdGone[lang] }));
  const time = clockAt(hold.start, schedule.timeZone);
  if (data.a === "x") {
    const batch = schedule.holds.filter((h) => h.createdAt === hold.createdAt && h.contactKey === hold.contactKey);
    for (const h of batch) await releaseHold(ctx.app.stores, h.id);
    ctx.app.logger.info({ released: batch.length }, "holds released");
    await ctx.answerCallbackQuery({ text: T.releasedAll[lang] });
    return void (await dropButtons(ctx));
  }
  if (data.a === "r") {
    await releaseHold(ctx.app.stores, hold.id);
    ctx.app.logger.info({ released: 1 }, "holds released");
    await ctx.answerCallbackQuery({ text: fill(T.holdReleased[lang], { time }) });
  } else {
    const others = { ...schedule, holds: schedule.holds.filter((h) => h.id !== hold.id) };
    const result = await tryBook(ctx, others, hold, hold.contactKey);
    if (!result.ok) return void (await ctx.answerCallbackQuery({ text: fill(T.holdTaken[lang], { time }) }));
    await releaseHold(ctx.app.stores, hold.id);
    await ctx.answerCallbackQuery({ text: fill(T.holdBooked[lang], { when: time }) });
  }
  const date = localDateOf(hold.start, schedule.timeZone);
  const agenda = await dayAgenda(ctx, await loadSchedule(ctx), date);
  await replaceMessage(ctx, agenda.html, agenda.keyboard ?? new InlineKeyboard([]));
});
