import type { DayClock, DayReading } from "../time/lateNight.js";
import type { LocalDate } from "../time/types.js";
import { readDayArgument } from "./dayArgument.js";

/** What `/off` was given: nothing or "list" lists her special days; a day sets it off, "remove <day>" lifts that. */
export type OffArgument =
  | { readonly kind: "list" }
  | { readonly kind: "set" | "remove"; readonly day: DayReading };

/** Her words in German, English and Romanian (with and without diacritics). */
const LIST = /^(?:list|liste|lista|listă)$/i;
const REMOVE = /^(?:remove|entfernen|weg|șterge|sterge|scoate)\s+/i;

/**
 * Reads "/off", "/off liste", "/off 24.12.", "/off morgen", "/off remove 2026-12-24", "/off șterge mâine".
 * The day is read as `readDayArgument` reads it (late at night with the calendar reading beside it).
 */
export function parseOffArgument(text: string, today: LocalDate | DayClock): OffArgument | undefined {
  const arg = text.trim();
  if (arg === "" || LIST.test(arg)) return { kind: "list" };
  const remove = REMOVE.exec(arg);
  const day = readDayArgument(remove ? arg.slice(remove[0].length) : arg, today);
  return day && { kind: remove ? "remove" : "set", day };
}
