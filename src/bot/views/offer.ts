import { dateOfAskedDay } from "../../core/availability/dayArgument.js";
import { makeDraft } from "../../core/drafts/makeDraft.js";
import type { AskedDay, AskedTime } from "../../core/inbox/types.js";
import type { DraftLanguage } from "../../core/draft-language.js";
import { localDateOf, zonedEpoch } from "../../core/time/zone.js";
import type { BotContext } from "../context.js";
import { heldLine } from "../features/availability/free.js";
import { loadSchedule, makeOffer } from "../features/availability/schedule.js";
import { copyable } from "../i18n.js";
import type { Section } from "./section.js";

export interface OfferRequest {
  /** What the client asked for, if anything (day and/or time). */
  readonly day?: AskedDay;
  readonly time?: AskedTime;
  /** The client's language for the draft; defaults to her draft language. */
  readonly lang?: DraftLanguage;
  /** "follow-up" when an earlier offer is still open ("Passt 17:00 noch?"). */
  readonly intent?: "offer" | "follow-up";
  /**
   * Collection#keyOf of the client's number: the client's earlier holds are replaced by the new
   * offer, and a follow-up names the time still held for them.
   */
  readonly contactKey?: string;
}

/**
 * A neutral reply draft with real free slots, for replies that need one. A requested time is
 * checked first (that time if free, else the nearest free one that day); a full day leads to the
 * next free one. The offered slots are held so no one else is offered them meanwhile.
 */
export async function offerSection(ctx: BotContext, request: OfferRequest): Promise<Section> {
  const lang = request.lang ?? ctx.draftLanguage;
  const today = localDateOf(ctx.app.clock(), ctx.app.config.timeZone);
  const offerDate = (request.day && dateOfAskedDay(request.day, today)) ?? today;
  const schedule = await loadSchedule(ctx, offerDate);
  const { now, timeZone } = schedule;

  if (request.intent === "follow-up") {
    const open = schedule.holds.find((h) => request.contactKey !== undefined && h.contactKey === request.contactKey);
    const askedDate = request.day ? dateOfAskedDay(request.day, today) : today;
    const asked =
      request.time && askedDate
        ? zonedEpoch(timeZone, askedDate, request.time.hour * 60 + request.time.minute)
        : undefined;
    const slot = open?.start ?? (asked !== undefined && asked > now ? asked : undefined);
    const draft = makeDraft("follow-up", { lang, now, timeZone, seed: now / 60_000, slots: slot === undefined ? [] : [slot] });
    return { html: copyable(draft) };
  }

  const offer = await makeOffer(
    ctx,
    {
      date: offerDate,
      lang,
      ...(request.time && { requestedMinute: request.time.hour * 60 + request.time.minute }),
      ...(request.contactKey !== undefined && { contactKey: request.contactKey }),
    },
    schedule,
  );
  const held = heldLine(offer.holds, timeZone, schedule.settings.holdMinutes, ctx.t);
  return {
    html: held ? `${copyable(offer.draft)}\n${held.text}` : copyable(offer.draft),
    ...(held && { keyboard: held.keyboard }),
  };
}
