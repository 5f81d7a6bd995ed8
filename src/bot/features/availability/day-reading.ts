import { InlineKeyboard, type Composer } from "grammy";
import { z } from "zod";
import { readDayArgument } from "../../../core/availability/dayArgument.js";
import { isLateNight, type DayReading } from "../../../core/time/lateNight.js";
import { addLocalDays, formatLocalDate, localDaysBetween, parseIsoLocalDate } from "../../../core/time/localDate.js";
import type { LocalDate } from "../../../core/time/types.js";
import { zonedParts, type ZonedParts } from "../../../core/time/zone.js";
import type { CallbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import type { Translate } from "../../i18n.js";
import type { Section } from "../../views/section.js";
import { replaceMessage } from "./edit.js";
import { clockAt, dateLabel } from "./format.js";
import { loadSchedule, type Schedule } from "./schedule.js";

/** A date in callback data ("2026-12-03"); read it with parseIsoLocalDate, which refuses impossible ones. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The selector of `availability-late-night`: which word was read, by how far its calendar reading lies from today. */
const WORD_BY_CALENDAR_DAYS = ["tonight", "tomorrow", "after"] as const;

/**
 * "„morgen“ = Mi 2.12., weil es erst 00:20 ist." for a day word read late at night; nothing for a
 * reading without an alternative.
 */
export function lateNightLine(reading: DayReading, schedule: Schedule, t: Translate): string | undefined {
  if (!reading.alternative) return undefined;
  const word = WORD_BY_CALENDAR_DAYS[localDaysBetween(schedule.today, reading.alternative)] ?? "tomorrow";
  return t("availability-late-night", {
    word,
    date: dateLabel(reading.date, t),
    next: dateLabel(addLocalDays(reading.date, 1), t),
    time: clockAt(schedule.now, schedule.timeZone),
  });
}

/** The one tap for the other reading, on a row of its own. */
export function addOtherReading(keyboard: InlineKeyboard, alternative: LocalDate, data: string, t: Translate): InlineKeyboard {
  return keyboard.row().text(t("availability-late-night-other", { date: dateLabel(alternative, t) }), data);
}

/** Replies with a section: its HTML, with its buttons if it has any. */
export async function replySection(ctx: BotContext, section: Section): Promise<void> {
  await ctx.reply(section.html, { parse_mode: "HTML", ...(section.keyboard && { reply_markup: section.keyboard }) });
}

/**
 * A command that takes one day ("/day", "/day morgen"): the answer for that day, today when none
 * is named, or `help` when the argument is no day or one she cannot ask about.
 */
export function onDayCommand(
  composer: Composer<BotContext>,
  command: string,
  help: "availability-day-arg-help" | "availability-free-help",
  answer: (ctx: BotContext, schedule: Schedule, reading: DayReading) => Promise<Section>,
  askable: (date: LocalDate, clock: ZonedParts) => boolean = () => true,
): void {
  composer.command(command, async (ctx) => {
    const clock = zonedParts(ctx.app.clock(), ctx.app.config.timeZone);
    const arg = ctx.match.trim();
    const reading = arg === "" ? { date: { year: clock.year, month: clock.month, day: clock.day } } : readDayArgument(arg, clock);
    if (!reading || !askable(reading.date, clock)) return void (await ctx.reply(ctx.t(help), { parse_mode: "HTML" }));
    // Only the bookings around the day asked about are decrypted.
    await replySection(ctx, await answer(ctx, await loadSchedule(ctx, reading.date), reading));
  });
}

/** The tap on the other reading: the answer for that date takes the first answer's place. */
export function onOtherReading<T extends { d: string }>(
  composer: Composer<BotContext>,
  codec: CallbackCodec<T>,
  answer: (ctx: BotContext, date: LocalDate, data: T) => Promise<Section>,
): void {
  composer.callbackQuery(codec.pattern, async (ctx) => {
    const data = codec.unpack(ctx.callbackQuery.data);
    const date = data && parseIsoLocalDate(data.d);
    if (!data || !date) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-stale") }));
    await ctx.answerCallbackQuery();
    const section = await answer(ctx, date, data);
    await replaceMessage(ctx, section.html, section.keyboard ?? new InlineKeyboard([]));
  });
}

/**
 * Whether she may ask for the free times of `date`: from today on, and late at night also
 * yesterday, whose hours past midnight are still running ("heute Nacht" at 00:20).
 */
export function isAskable(date: LocalDate, clock: ZonedParts): boolean {
  const days = localDaysBetween(clock, date);
  return days >= 0 || (days === -1 && isLateNight(clock.minuteOfDay));
}

/** The selector of `availability-free-header`. Late at night "morgen" is ambiguous, so only the date is named then. */
export function dayWord(date: LocalDate, schedule: Schedule): "tonight" | "today" | "tomorrow" | "other" {
  const days = localDaysBetween(schedule.today, date);
  if (days === -1) return "tonight";
  if (days === 0) return "today";
  return days === 1 && !isLateNight(schedule.clock.minuteOfDay) ? "tomorrow" : "other";
}

/** What /day and /free take to name `date`, with a space before it: "" for today, " morgen", " 2026-12-03". */
export function dayArgumentFor(date: LocalDate, schedule: Schedule, t: Translate): string {
  const word = dayWord(date, schedule);
  if (word === "today") return "";
  return word === "tomorrow" ? ` ${t("availability-tomorrow-argument")}` : ` ${formatLocalDate(date)}`;
}
