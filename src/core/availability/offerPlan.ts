import { makeDraft } from "../drafts/makeDraft.js";
import type { DraftIntent } from "../drafts/types.js";
import type { DraftLanguage } from "../draft-language.js";
import { addLocalDays, compareLocalDates } from "../time/localDate.js";
import type { Interval, LocalDate } from "../time/types.js";
import { localDateOf, zonedEpoch } from "../time/zone.js";
import { nearestFreeSlot, pickProposal } from "./pick.js";
import { freeSlots, nextFreeDay } from "./slots.js";
import type { SlotQuery } from "./types.js";

export interface OfferPlanQuery extends SlotQuery {
  /** The day asked for (today when the client named none). */
  readonly date: LocalDate;
  /** The time asked for on that day, minutes after local midnight. */
  readonly requestedMinute?: number;
  /** How many slots a proposal shows. */
  readonly count: number;
  /** How far to look for the next free day. */
  readonly horizonDays?: number;
}

/**
 * What to offer:
 * - `requested`: the asked time is free;
 * - `nearest`: it is not, this is the closest free slot that day;
 * - `day`: no time asked, a spread of that day's free slots;
 * - `next-free`: nothing left that day, slots of the next day that has any;
 * - `none`: nothing free within the horizon.
 */
export type OfferPlan =
  | { readonly kind: "requested" | "nearest" | "day"; readonly date: LocalDate; readonly slots: readonly Interval[] }
  | { readonly kind: "next-free"; readonly date: LocalDate; readonly askedDate: LocalDate; readonly slots: readonly Interval[] }
  | { readonly kind: "none"; readonly askedDate: LocalDate };

export function planOffer(query: OfferPlanQuery): OfferPlan {
  const { date, requestedMinute, count } = query;
  const slots = freeSlots(query);
  if (slots.length > 0) {
    if (requestedMinute === undefined) return { kind: "day", date, slots: pickProposal(slots, count) };
    const wanted = zonedEpoch(query.timeZone, date, requestedMinute);
    const exact = slots.find((s) => s.start === wanted);
    if (exact) return { kind: "requested", date, slots: [exact] };
    const nearest = nearestFreeSlot(wanted, slots);
    if (nearest) return { kind: "nearest", date, slots: [nearest] };
  }
  const today = localDateOf(query.now, query.timeZone);
  const from = compareLocalDates(date, today) < 0 ? today : addLocalDays(date, 1);
  const next = nextFreeDay({ ...query, from, horizonDays: query.horizonDays ?? 30 });
  if (!next) return { kind: "none", askedDate: date };
  return { kind: "next-free", date: next.date, askedDate: date, slots: pickProposal(next.slots, count) };
}

export interface OfferDraftOptions {
  readonly lang: DraftLanguage;
  readonly now: number;
  readonly timeZone: string;
  readonly seed: number;
}

/**
 * The neutral text for a plan: "Passt heute 17:00?", "Heute 17:00, 18:30 oder 20:00?",
 * "Heute leider nicht mehr. Morgen 14:00?", "Freitag klappt es leider nicht. Samstag 14:00?",
 * or "Melde dich gern nochmal." when nothing is free at all.
 */
export function offerDraft(plan: OfferPlan, options: OfferDraftOptions): string {
  const base = { lang: options.lang, now: options.now, timeZone: options.timeZone, seed: options.seed };
  if (plan.kind === "none") return makeDraft("call-again", { ...base, slots: [] });
  const starts = plan.slots.map((s) => s.start);
  if (plan.kind !== "next-free") {
    const intent: DraftIntent = starts.length === 1 ? "offer-one" : "offer-several";
    return makeDraft(intent, { ...base, slots: starts });
  }
  const today = localDateOf(options.now, options.timeZone);
  if (compareLocalDates(plan.askedDate, today) <= 0) return makeDraft("next-free", { ...base, slots: starts });
  // A later day that is full: say so for that day, then offer the next free one.
  const askedNoon = zonedEpoch(options.timeZone, plan.askedDate, 12 * 60);
  const decline = makeDraft("decline", { ...base, slots: [askedNoon] });
  const offer = makeDraft(starts.length === 1 ? "offer-one" : "offer-several", { ...base, slots: starts });
  return `${decline} ${offer}`;
}
