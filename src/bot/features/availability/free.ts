import { Composer, InlineKeyboard } from "grammy";
import { parseDayArgument } from "../../../core/availability/dayArgument.js";
import { parseFreeQuestion } from "../../../core/availability/freeQuestion.js";
import { freeSlots } from "../../../core/availability/slots.js";
import type { Lang } from "../../../core/lang.js";
import { localDaysBetween } from "../../../core/time/localDate.js";
import type { Interval, LocalDate } from "../../../core/time/types.js";
import { localDateOf } from "../../../core/time/zone.js";
import type { HoldRecord } from "../../../store/records/appointments.js";
import type { BotContext } from "../../context.js";
import { copyable } from "../../i18n.js";
import { formatDayArg } from "./book.js";
import { holdCodec } from "./day.js";
import { clockAt, dateLabel, minutesLabel } from "./format.js";
import { loadSchedule, makeOffer, slotQuery, type Schedule } from "./schedule.js";
import { fill, T } from "./texts.js";

function dayWord(date: LocalDate, today: LocalDate, lang: Lang): string {
  const days = localDaysBetween(today, date);
  if (days === 0) return T.today[lang];
  if (days === 1) return T.tomorrow[lang];
  return T.onDate[lang];
}

const clocks = (slots: readonly Interval[], timeZone: string) => slots.map((s) => clockAt(s.start, timeZone)).join(", ");

/** "14:00, 16:30 bleiben 2 h für diese Antwort reserviert." plus a button that undoes it. */
export function heldLine(holds: readonly HoldRecord[], timeZone: string, lang: Lang, holdMinutes: number) {
  const first = holds[0];
  if (!first) return undefined;
  return {
    text: fill(T.heldNote[lang], { slots: clocks(holds, timeZone), hold: minutesLabel(holdMinutes) }),
    keyboard: new InlineKeyboard().text(T.releaseAll[lang], holdCodec.pack({ a: "x", id: first.id })),
  };
}

/** The answer to /free and to "hab ich heute noch was frei?": the day's slots, then a draft that holds them. */
async function answerFree(ctx: BotContext, schedule: Schedule, date: LocalDate): Promise<void> {
  const { lang } = ctx;
  const { timeZone, today } = schedule;
  const all = freeSlots({ ...slotQuery(schedule), date });
  const offer = await makeOffer(ctx, { date, lang }, schedule);
  const { plan } = offer;
  const lines: string[] = [];
  if (plan.kind === "day") {
    lines.push(fill(T.freeHeader[lang], { day: dayWord(date, today, lang), date: dateLabel(date, lang), slots: clocks(plan.slots, timeZone) }));
    if (all.length > plan.slots.length) {
      lines.push(fill(T.freeMore[lang], { count: all.length, arg: formatDayArg(date, today, lang) }).replace(" )", ")"));
    }
  } else {
    lines.push(fill(T.freeNone[lang], { date: dateLabel(date, lang) }));
    if (plan.kind === "next-free") {
      lines.push(fill(T.freeNext[lang], { date: dateLabel(plan.date, lang), slots: clocks(plan.slots, timeZone) }));
    } else {
      lines.push(T.freeNothingAtAll[lang]);
    }
  }
  lines.push("", T.draftLabel[lang], copyable(offer.draft));
  const held = heldLine(offer.holds, timeZone, lang, schedule.settings.holdMinutes);
  if (held) lines.push("", held.text);
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", ...(held && { reply_markup: held.keyboard }) });
}

export const freeComposer = new Composer<BotContext>();

freeComposer.command("free", async (ctx) => {
  const today = localDateOf(ctx.app.clock(), ctx.app.config.timeZone);
  const arg = ctx.match.trim();
  const date = arg === "" ? today : parseDayArgument(arg, today);
  if (!date || localDaysBetween(today, date) < 0) {
    return void (await ctx.reply(T.freeHelp[ctx.lang], { parse_mode: "HTML" }));
  }
  await answerFree(ctx, await loadSchedule(ctx, date), date);
});

/** Her own short questions about free time; every other text goes on to the inbox. */
freeComposer.on("message:text", async (ctx, next) => {
  const today = localDateOf(ctx.app.clock(), ctx.app.config.timeZone);
  const question = parseFreeQuestion(ctx.message.text, today);
  if (!question || localDaysBetween(today, question.date) < 0) return next();
  const schedule = await loadSchedule(ctx, question.date);
  ctx.app.logger.debug({ kind: "free-question" }, "free question");
  await answerFree(ctx, schedule, question.date);
});
