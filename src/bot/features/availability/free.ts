import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { parseFreeQuestion } from "../../../core/availability/freeQuestion.js";
import { freeSlots } from "../../../core/availability/slots.js";
import type { DayReading } from "../../../core/time/lateNight.js";
import { formatLocalDate } from "../../../core/time/localDate.js";
import type { Interval } from "../../../core/time/types.js";
import { zonedParts } from "../../../core/time/zone.js";
import { appointmentId, type HoldRecord } from "../../../store/records/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { copyable, type Translate } from "../../i18n.js";
import type { Section } from "../../views/section.js";
import { holdCodec, releaseOffer } from "./day.js";
import { clockAt, dateLabel, minutesLabel } from "./format.js";
import {
  addOtherReading,
  dayArgumentFor,
  dayWord,
  isAskable,
  isoDate,
  lateNightLine,
  onDayCommand,
  onOtherReading,
  replySection,
} from "./day-reading.js";
import { loadSchedule, makeOffer, slotQuery, type Schedule } from "./schedule.js";

/** /free for the other reading of a day word said late at night; h = a hold of the first answer's offer, "-" for none. */
const otherDayCodec = callbackCodec("freealt", ["d", "h"], z.object({ d: isoDate, h: z.union([appointmentId, z.literal("-")]) }));

const clocks = (slots: readonly Interval[], timeZone: string) => slots.map((s) => clockAt(s.start, timeZone)).join(", ");

/** "14:00, 16:30 bleiben 2 h für diese Antwort reserviert." plus a button that undoes it. */
export function heldLine(holds: readonly HoldRecord[], timeZone: string, holdMinutes: number, t: Translate) {
  const first = holds[0];
  if (!first) return undefined;
  return {
    text: t("availability-held-note", { count: holds.length, slots: clocks(holds, timeZone), hold: minutesLabel(holdMinutes) }),
    keyboard: new InlineKeyboard().text(t("availability-release-all"), holdCodec.pack({ a: "x", id: first.id })),
  };
}

/**
 * The answer to /free and to "hab ich heute noch was frei?": the day's slots, then a draft in the
 * drafts' language that holds them; late at night, which date a day word was taken for, and the other.
 */
async function freeAnswer(ctx: BotContext, schedule: Schedule, reading: DayReading): Promise<Section> {
  const { t } = ctx;
  const { date } = reading;
  const { timeZone } = schedule;
  const all = freeSlots({ ...slotQuery(schedule), date });
  const offer = await makeOffer(ctx, { date, lang: ctx.draftLanguage }, schedule);
  const { plan } = offer;
  const lines: string[] = [];
  if (plan.kind === "day") {
    lines.push(t("availability-free-header", { day: dayWord(date, schedule), date: dateLabel(date, t), slots: clocks(plan.slots, timeZone) }));
    if (all.length > plan.slots.length) lines.push(t("availability-free-more", { count: all.length, arg: dayArgumentFor(date, schedule, t) }));
  } else {
    lines.push(t("availability-free-none", { date: dateLabel(date, t) }));
    lines.push(
      plan.kind === "next-free"
        ? t("availability-free-next", { date: dateLabel(plan.date, t), slots: clocks(plan.slots, timeZone) })
        : t("availability-free-nothing-at-all"),
    );
  }
  const lateNight = lateNightLine(reading, schedule, t);
  if (lateNight) lines.push(lateNight);
  lines.push("", t("availability-draft-label"), copyable(offer.draft));
  const held = heldLine(offer.holds, timeZone, schedule.settings.holdMinutes, t);
  if (held) lines.push("", held.text);
  const keyboard = held?.keyboard ?? new InlineKeyboard([]);
  if (reading.alternative) {
    const data = otherDayCodec.pack({ d: formatLocalDate(reading.alternative), h: offer.holds[0]?.id ?? "-" });
    addOtherReading(keyboard, reading.alternative, data, t);
  }
  return { html: lines.join("\n"), ...(keyboard.inline_keyboard.length > 0 && { keyboard }) };
}

export const freeComposer = new Composer<BotContext>();

onDayCommand(freeComposer, "free", "availability-free-help", freeAnswer, isAskable);

/** The other reading: the first answer's offer was for the wrong day, so its holds go, and the answer takes its place. */
onOtherReading(freeComposer, otherDayCodec, async (ctx, date, data) => {
  if (data.h !== "-") await releaseOffer(ctx, await loadSchedule(ctx), data.h);
  return freeAnswer(ctx, await loadSchedule(ctx, date), { date });
});

/** Her own short questions about free time; every other text goes on to the inbox. */
freeComposer.on("message:text", async (ctx, next) => {
  const clock = zonedParts(ctx.app.clock(), ctx.app.config.timeZone);
  const question = parseFreeQuestion(ctx.message.text, clock);
  if (!question || !isAskable(question.date, clock)) return next();
  const schedule = await loadSchedule(ctx, question.date);
  ctx.app.logger.debug({ kind: "free-question" }, "free question");
  await replySection(ctx, await freeAnswer(ctx, schedule, question));
});
