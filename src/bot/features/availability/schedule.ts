import type { AvailabilitySettings, Booking, Hold } from "../../../core/availability/types.js";
import { offerDraft, planOffer, type OfferPlan } from "../../../core/availability/offerPlan.js";
import type { DraftLanguage } from "../../../core/draft-language.js";
import { maskNumber, parseNumberArgument } from "../../../core/phone/index.js";
import { addLocalDays } from "../../../core/time/localDate.js";
import type { Interval, LocalDate } from "../../../core/time/types.js";
import { startOfLocalDay, zonedParts, type ZonedParts } from "../../../core/time/zone.js";
import { holdSlots, listActiveHolds, listBookings, loadAvailability } from "../../../store/appointments.js";
import type { BookingRecord, HoldRecord } from "../../../store/records/appointments.js";
import type { BotContext } from "../../context.js";

/** How far an offer looks for the next free day (planOffer's horizon), with a margin. */
const OFFER_DAYS = 33;

/** Everything a slot question needs, read once per update. */
export interface Schedule {
  readonly now: number;
  readonly timeZone: string;
  readonly today: LocalDate;
  /** Her wall clock now: the day words of her commands are read with it (late at night "morgen" is the day begun). */
  readonly clock: ZonedParts;
  readonly settings: AvailabilitySettings;
  readonly bookings: readonly BookingRecord[];
  readonly holds: readonly HoldRecord[];
}

/**
 * Reads the schedule. With `offerFor`, only the bookings an offer for that day can touch are
 * read (from two days before it to the end of the offer's horizon): the rest of the year stays
 * encrypted.
 */
export async function loadSchedule(ctx: BotContext, offerFor?: LocalDate): Promise<Schedule> {
  const now = ctx.app.clock();
  const timeZone = ctx.app.config.timeZone;
  const { stores } = ctx.app;
  const clock = zonedParts(now, timeZone);
  const today: LocalDate = { year: clock.year, month: clock.month, day: clock.day };
  const within: Interval | undefined = offerFor && {
    start: startOfLocalDay(timeZone, addLocalDays(offerFor, -2)),
    end: startOfLocalDay(timeZone, addLocalDays(offerFor, OFFER_DAYS)),
  };
  const [settings, bookings, holds] = await Promise.all([
    loadAvailability(stores),
    listBookings(stores, within),
    listActiveHolds(stores, now),
  ]);
  return { now, timeZone, today, clock, settings, bookings, holds };
}

/** The schedule as the pure slot functions take it. */
export function slotQuery(schedule: Schedule, except?: { readonly contactKey?: string }) {
  const holds: Hold[] = schedule.holds.filter((h) => except?.contactKey === undefined || h.contactKey !== except.contactKey);
  const bookings: Booking[] = [...schedule.bookings];
  return { now: schedule.now, timeZone: schedule.timeZone, settings: schedule.settings, bookings, holds };
}

export interface Offer {
  readonly plan: OfferPlan;
  readonly draft: string;
  readonly holds: readonly HoldRecord[];
}

/**
 * Plans an offer for a day, writes its draft and holds the offered slots, so the next
 * proposal — to anyone else — does not offer them again. A contact's own earlier holds
 * are replaced, not stacked.
 */
export async function makeOffer(
  ctx: BotContext,
  request: { readonly date: LocalDate; readonly requestedMinute?: number; readonly lang: DraftLanguage; readonly contactKey?: string },
  schedule?: Schedule,
): Promise<Offer> {
  const s = schedule ?? (await loadSchedule(ctx));
  const plan = planOffer({
    ...slotQuery(s, { ...(request.contactKey !== undefined && { contactKey: request.contactKey }) }),
    date: request.date,
    count: s.settings.proposalCount,
    ...(request.requestedMinute !== undefined && { requestedMinute: request.requestedMinute }),
  });
  const draft = offerDraft(plan, { lang: request.lang, now: s.now, timeZone: s.timeZone, seed: s.now / 60_000 });
  const holds =
    plan.kind === "none"
      ? []
      : await holdSlots(ctx.app.stores, plan.slots, {
          now: s.now,
          holdMinutes: s.settings.holdMinutes,
          ...(request.contactKey !== undefined && { contactKey: request.contactKey }),
        });
  ctx.app.logger.debug({ plan: plan.kind, held: holds.length }, "offer made");
  return { plan, draft, holds };
}

export type WhoResolution =
  | { readonly ok: true; readonly contactKey: string }
  | { readonly ok: false; readonly error: "unknown-alias" | "ambiguous-alias" | "not-a-number" };

/** A number or an alias from a command, as the contact's storage key (never the number itself). */
export async function resolveWho(ctx: BotContext, who: string): Promise<WhoResolution> {
  const { stores, config } = ctx.app;
  const phone = parseNumberArgument(who, config.phoneRegion);
  if (phone.kind === "number") return { ok: true, contactKey: stores.contacts.keyOf(phone.e164) };
  if (/\d{3,}/.test(who)) return { ok: false, error: "not-a-number" };
  const entry = await stores.aliases.get(who.trim().toLowerCase());
  const numbers = entry?.numbers ?? [];
  const only = numbers[0];
  if (only === undefined) return { ok: false, error: "unknown-alias" };
  if (numbers.length > 1) return { ok: false, error: "ambiguous-alias" };
  return { ok: true, contactKey: stores.contacts.keyOf(only) };
}

/** How a booking's client shows in the chat: the alias, else the masked number, else nothing. */
export async function whoLabel(ctx: BotContext, contactKey: string | undefined): Promise<string | undefined> {
  if (contactKey === undefined) return undefined;
  const contact = await ctx.app.stores.contacts.getByKey(contactKey);
  if (!contact) return undefined;
  return contact.alias ?? maskNumber(contact.e164);
}
