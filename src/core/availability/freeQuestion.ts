import type { DayClock, DayReading } from "../time/lateNight.js";
import type { LocalDate } from "../time/types.js";
import { readDayArgument } from "./dayArgument.js";

/** Words that make a short line a question about her own free time (German, English, Romanian). */
const FREE =
  /(?<![\p{L}])(?:frei|freie|freien|free|available|verfügbar|verfuegbar|luft|platz|liber|liberă|libera|libere|liberi|disponibil|disponibilă|disponibila|loc)(?![\p{L}])/iu;
/** A client asking her ("hast du …", "are you free", "ai loc …", "ești liberă") is a note for the inbox, not her question. */
const ADDRESSED = /(?<![\p{L}])(?:du|dir|dich|hast|bist|you|your|ai|ești|esti|tu|aveți|aveti|sunteți|sunteti)(?![\p{L}])/iu;
/** Numbers, quotes and call words belong to pasted notes. */
const NOTE_SIGNS = /\d{4,}|["„“”«»]|mailbox|anruf|call from|voicemail|sms/iu;
const MAX_LENGTH = 80;

const DAY_PHRASES = [
  "day after tomorrow", "übermorgen", "uebermorgen", "heute abend", "heute nacht", "heute", "today", "tonight", "morgen",
  "tomorrow", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "poimâine", "poimaine", "la noapte", "astăzi", "astazi", "diseară", "diseara", "azi", "mâine", "maine",
  "luni", "marți", "marti", "miercuri", "joi", "vineri", "sâmbătă", "sambata", "duminică", "duminica",
];
const DAY_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(${DAY_PHRASES.join("|")}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)(?![\p{L}\d])`,
  "iu",
);

/**
 * Whether a line she typed asks for her free time — "hab ich heute noch was frei?",
 * "morgen frei?", "free tomorrow?", "freitag noch platz?", "am ceva liber mâine?" — and for which day (today when none
 * is named; late at night with the calendar reading as `alternative`, see readDayArgument).
 * Anything else, including a client's note she pasted, gives undefined.
 */
export function parseFreeQuestion(text: string, today: LocalDate | DayClock): DayReading | undefined {
  const line = text.trim();
  if (line === "" || line.length > MAX_LENGTH || line.startsWith("/") || line.includes("\n")) return undefined;
  if (!FREE.test(line) || ADDRESSED.test(line) || NOTE_SIGNS.test(line)) return undefined;
  const named = DAY_PATTERN.exec(line)?.[1];
  if (named === undefined) return { date: { year: today.year, month: today.month, day: today.day } };
  return readDayArgument(named, today);
}
