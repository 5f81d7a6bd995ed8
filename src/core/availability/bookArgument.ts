import { parseClock } from "../time/clock.js";
import type { DayClock, DayReading } from "../time/lateNight.js";
import type { LocalDate } from "../time/types.js";
import { readDayArgument } from "./dayArgument.js";

/** What `/book` was given. Times are minutes after local midnight of `date`. */
export interface BookArgument {
  readonly date: LocalDate;
  /** true when no day was named and `date` is today by default. */
  readonly dateImplied: boolean;
  /** Late at night, the calendar reading of the day word, which `date` is not (see readDayArgument). */
  readonly alternativeDate?: LocalDate;
  readonly start: number;
  /** Exclusive; past 1440 when the appointment runs past midnight. Absent: the default length. */
  readonly end?: number;
  /** The rest of the line: a number or an alias. */
  readonly who?: string;
}

export type BookArgumentError = "missing-time" | "bad-time" | "bad-length" | "two-days";
export type BookArgumentParse =
  | { readonly ok: true; readonly value: BookArgument }
  | { readonly ok: false; readonly error: BookArgumentError };

const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uhr|h|am|pm)(?![\p{L}]))?`;
const HEAD = new RegExp(String.raw`^(${CLOCK})(?:\s*[-–—]\s*(${CLOCK}))?(?=\s|$)`, "iu");
const MINUTES = /^([1-9]\d{1,2})\s*(?:m|min|mins|minuten|minutes)?$/i;
const HOURS = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|std|stunden?|hours?|hrs?)$/i;
const UNIT_ONLY = /^(?:m|min|mins|minuten|minutes|h|std|stunden?|hours?|hrs?)$/i;
/** A day out of `/book` limits; longer ones are surely a typo. */
export const MAX_BOOKING_MINUTES = 12 * 60;

function lengthOf(token: string): number | undefined {
  const minutes = MINUTES.exec(token);
  if (minutes) return Number(minutes[1]);
  const hours = HOURS.exec(token);
  if (hours) return Math.round(Number((hours[1] ?? "").replace(",", ".")) * 60);
  return undefined;
}

/**
 * Reads "17:00", "17:00-18:30 Tom morgen", "19:00 90 0171 2345678 2026-12-03", "18 Uhr 2h Fr".
 * The first part is the time (or a range), then an optional length, then any mix of one day
 * word or date and the client's number or alias.
 */
export function parseBookArgument(text: string, today: LocalDate | DayClock): BookArgumentParse {
  const source = text.trim();
  if (source === "") return { ok: false, error: "missing-time" };
  const head = HEAD.exec(source);
  if (!head) return { ok: false, error: /^\d/.test(source) ? "bad-time" : "missing-time" };
  const start = parseClock(head[1] ?? "");
  if (start === undefined || start >= 1440) return { ok: false, error: "bad-time" };
  let end: number | undefined;
  if (head[2] !== undefined) {
    const to = parseClock(head[2]);
    if (to === undefined || to === start) return { ok: false, error: "bad-time" };
    end = to > start ? to : to + 1440;
  }

  const tokens = source.slice(head[0].length).trim().split(/\s+/).filter((t) => t !== "");
  if (end === undefined && tokens[0] !== undefined) {
    const joined = tokens[1] !== undefined && UNIT_ONLY.test(tokens[1]) ? `${tokens[0]}${tokens[1]}` : tokens[0];
    const minutes = lengthOf(joined);
    if (minutes !== undefined) {
      if (minutes < 5 || minutes > MAX_BOOKING_MINUTES) return { ok: false, error: "bad-length" };
      end = start + minutes;
      tokens.splice(0, joined === tokens[0] ? 1 : 2);
    }
  }
  if (end !== undefined && end - start > MAX_BOOKING_MINUTES) return { ok: false, error: "bad-length" };

  let day: DayReading | undefined;
  const rest: string[] = [];
  for (const token of tokens) {
    const named = readDayArgument(token, today);
    if (named === undefined) rest.push(token);
    else if (day === undefined) day = named;
    else return { ok: false, error: "two-days" };
  }
  const who = rest.join(" ").trim();
  return {
    ok: true,
    value: {
      date: day?.date ?? { year: today.year, month: today.month, day: today.day },
      dateImplied: day === undefined,
      ...(day?.alternative && { alternativeDate: day.alternative }),
      start,
      ...(end !== undefined && { end }),
      ...(who !== "" && { who }),
    },
  };
}
