import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { freeGaps, hoursOn } from "../../../core/availability/slots.js";
import type { DayReading } from "../../../core/time/lateNight.js";
import { addLocalDays, formatLocalDate } from "../../../core/time/localDate.js";
import type { LocalDate } from "../../../core/time/types.js";
import { formatTimeRanges } from "../../../core/time/weeklyText.js";
import { localDateOf, zonedEpoch } from "../../../core/time/zone.js";
import { releaseHold } from "../../../store/appointments.js";
import { appointmentId } from "../../../store/records/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import type { Section } from "../../views/section.js";
import { tryBook } from "./book.js";
import { clockAt, dateLabel, intervalLabel, withWho } from "./format.js";
import { addOtherReading, isoDate, lateNightLine, onDayCommand, onOtherReading } from "./day-reading.js";
import { loadSchedule, slotQuery, whoLabel, type Schedule } from "./schedule.js";
import { checkInButtons } from "../safety/day-buttons.js";
import { dropButtons, replaceMessage } from "./edit.js";

/** r = release one hold, b = book it, x = release every hold made with the same offer. */
export const holdCodec = callbackCodec("hold", ["a", "id"], z.object({ a: z.enum(["r", "b", "x"]), id: appointmentId }));
/** /day for the other reading of a day word said late at night. */
const otherDayCodec = callbackCodec("dayalt", ["d"], z.object({ d: isoDate }));

/** Releases every hold made with the same offer as `holdId` (one draft's slots); how many went. */
export async function releaseOffer(ctx: BotContext, schedule: Schedule, holdId: string): Promise<number> {
  const hold = schedule.holds.find((h) => h.id === holdId);
  if (!hold) return 0;
  const batch = schedule.holds.filter((h) => h.createdAt === hold.createdAt && h.contactKey === hold.contactKey);
  for (const h of batch) await releaseHold(ctx.app.stores, h.id);
  ctx.app.logger.info({ released: batch.length }, "holds released");
  return batch.length;
}

/** The agenda of one day: hours, bookings, holds (with buttons) and the free gaps. */
export async function dayAgenda(ctx: BotContext, schedule: Schedule, reading: DayReading): Promise<Section> {
  const { t } = ctx;
  const { date } = reading;
  const { timeZone, settings } = schedule;
  const from = zonedEpoch(timeZone, date, 0);
  const to = zonedEpoch(timeZone, addLocalDays(date, 1), 0);
  const ranges = hoursOn(settings, date);
  const hours = ranges.length === 0 ? t("availability-day-closed") : formatTimeRanges(ranges);
  const lines = [t("availability-day-header", { date: dateLabel(date, t), hours })];
  const items: Array<{ start: number; line: string }> = [];
  const bookings = schedule.bookings.filter((b) => b.start >= from && b.start < to);
  for (const b of bookings) {
    const line = t("availability-day-booking", { time: intervalLabel(b, timeZone) });
    items.push({ start: b.start, line: withWho(line, await whoLabel(ctx, b.contactKey)) });
  }
  const holds = schedule.holds.filter((h) => h.start >= from && h.start < to);
  for (const h of holds) {
    items.push({ start: h.start, line: t("availability-day-hold", { time: intervalLabel(h, timeZone), until: clockAt(h.expiresAt, timeZone) }) });
  }
  items.sort((a, b) => a.start - b.start);
  lines.push(...(items.length > 0 ? items.map((i) => i.line) : [t("availability-no-appointments")]));
  if (ranges.length > 0) {
    const gaps = freeGaps({ ...slotQuery(schedule), date });
    lines.push(
      "",
      gaps.length > 0
        ? t("availability-day-free", { gaps: gaps.map((g) => intervalLabel(g, timeZone)).join(", ") })
        : t("availability-day-nothing-free"),
    );
  }
  const lateNight = lateNightLine(reading, schedule, t);
  if (lateNight) lines.push("", lateNight);
  const keyboard = new InlineKeyboard([]);
  for (const h of holds) {
    const time = clockAt(h.start, timeZone);
    keyboard
      .row()
      .text(t("availability-release-hold", { time }), holdCodec.pack({ a: "r", id: h.id }))
      .text(t("availability-book-hold", { time }), holdCodec.pack({ a: "b", id: h.id }));
  }
  for (const button of checkInButtons(t, bookings, schedule.now, timeZone)) keyboard.row().add(button);
  if (reading.alternative) addOtherReading(keyboard, reading.alternative, otherDayCodec.pack({ d: formatLocalDate(reading.alternative) }), t);
  return { html: lines.join("\n"), ...(keyboard.inline_keyboard.length > 0 && { keyboard }) };
}

export const dayComposer = new Composer<BotContext>();

onDayCommand(dayComposer, "day", "availability-day-arg-help", dayAgenda);
onOtherReading(dayComposer, otherDayCodec, async (ctx, date) => dayAgenda(ctx, await loadSchedule(ctx), { date }));

dayComposer.callbackQuery(holdCodec.pattern, async (ctx) => {
  const { t } = ctx;
  const data = holdCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: t("availability-stale") }));
  const schedule = await loadSchedule(ctx);
  const hold = schedule.holds.find((h) => h.id === data.id);
  if (!hold) return void (await ctx.answerCallbackQuery({ text: t("availability-hold-gone") }));
  const time = clockAt(hold.start, schedule.timeZone);
  if (data.a === "x") {
    await releaseOffer(ctx, schedule, hold.id);
    await ctx.answerCallbackQuery({ text: t("availability-released-all") });
    return void (await dropButtons(ctx));
  }
  if (data.a === "r") {
    await releaseHold(ctx.app.stores, hold.id);
    ctx.app.logger.info({ released: 1 }, "holds released");
    await ctx.answerCallbackQuery({ text: t("availability-hold-released", { time }) });
  } else {
    const others = { ...schedule, holds: schedule.holds.filter((h) => h.id !== hold.id) };
    const result = await tryBook(ctx, others, hold, hold.contactKey);
    if (!result.ok) return void (await ctx.answerCallbackQuery({ text: t("availability-hold-taken", { time }) }));
    await releaseHold(ctx.app.stores, hold.id);
    await ctx.answerCallbackQuery({ text: t("availability-booked", { when: time }) });
  }
  const date: LocalDate = localDateOf(hold.start, schedule.timeZone);
  const agenda = await dayAgenda(ctx, await loadSchedule(ctx), { date });
  await replaceMessage(ctx, agenda.html, agenda.keyboard ?? new InlineKeyboard([]));
});
