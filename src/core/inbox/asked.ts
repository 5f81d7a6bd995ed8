import { blankMatches } from "../phone/blank.js";
import { isLateNight, readRelativeDay } from "../time/lateNight.js";
import type { LocalDate } from "../time/types.js";
import type { Asked, AskedDay, AskedTime } from "./types.js";
import { dateAfter, type MessageClock } from "./clock.js";
import { DATE_SOURCE, dateOfMatch, WEEKDAYS } from "./when.js";

const UE = "(?:ü|ue)";

/** Explicit requests to be called back, German and English. */
const CALLBACK = new RegExp(
  [
    `zur${UE}ck\\s{0,2}(?:zu)?\\s{0,2}rufen`,
    `zur${UE}ckgerufen\\s{1,3}werden`,
    `r${UE}ckruf`,
    `(?<!\\b(?:ich|wir|er|sie)\\s{1,3})ruf(?:e|t)?\\s{1,3}(?:(?:mich|mal|bitte|doch|gern|gerne|kurz|schnell|uns|einfach|nochmal)\\s{1,3}){0,3}(?:zur${UE}ck|an|durch)(?!\\p{L})`,
    `rufen\\s{1,3}sie\\s{1,3}(?:mich|uns)\\s{1,3}(?:(?:bitte|doch|gern|gerne|kurz)\\s{1,3}){0,2}(?:zur${UE}ck|an)(?!\\p{L})`,
    `mich\\s{1,3}(?:(?:bitte|mal|kurz|doch|gern|gerne|nochmal)\\s{1,3}){0,2}(?:zur${UE}ck)?(?:an)?rufen`,
    `(?<!\\bich\\s{1,3})meld(?:e|en)?\\s{1,3}(?:(?:bitte|mal|doch|kurz)\\s{1,3}){0,2}(?:dich|sie\\s{1,3}sich)(?!\\p{L})`,
    `klingel\\s{1,3}(?:mal\\s{1,3})?durch`,
    `(?<!\\b(?:i'?ll|i\\s{1,3}will|we'?ll|we\\s{1,3}will)\\s{1,3})call\\s{1,3}(?:me\\s{1,3})?back`,
    `please\\s{1,3}(?:give\\s{1,3}me\\s{1,3}a\\s{1,3})?call`,
    `give\\s{1,3}me\\s{1,3}a\\s{1,3}(?:call|ring|buzz)`,
    `(?<!\\b(?:i'?ll|i\\s{1,3}will)\\s{1,3})(?:call|ring)\\s{1,3}me(?!\\p{L})`,
    `get\\s{1,3}back\\s{1,3}to\\s{1,3}me`,
    `return\\s{1,3}my\\s{1,3}call`,
    `can\\s{1,3}you\\s{1,3}call`,
  ].join("|"),
  "giu",
);

/**
 * Words that turn a request around: "bitte nicht zurückrufen", "no need to call back" —
 * and her own question about it ("soll ich zurückrufen?"), which nobody asked for.
 */
const NEGATION =
  /(?<!\p{L})(?:nicht|kein(?:en)?|don'?t|do\s+not|no\s+need|never|nie|(?:soll|sollte|darf|kann|k(?:ö|oe)nnte|muss)\s+ich|should\s+i|shall\s+i|can\s+i|may\s+i)(?!\p{L})/iu;
const NEGATION_REACH = 24;

/** Cheap test that rules most text out before the full pattern runs. */
const CALLBACK_HINT = /ruf|meld|klingel|call|ring|back|r(?:ü|ue)ck/iu;

export function asksForCallback(text: string): boolean {
  if (!CALLBACK_HINT.test(text)) return false;
  for (const m of text.matchAll(CALLBACK)) {
    const before = text.slice(Math.max(0, m.index - NEGATION_REACH), m.index);
    if (NEGATION.test(m[0]) || NEGATION.test(before)) continue;
    return true;
  }
  return false;
}

/** Words of an appointment question. */
const APPOINTMENT_WORDS =
  /(?<!\p{L})(?:termin\p{L}{0,2}|zeit|frei|vorbei\p{L}{0,6}|treffen|passt|klappt|geht\s{1,3}(?:es|das|bei\s{1,3}dir)|buchen|slot|appointment|available|free|book(?:ing)?|come\s{1,3}(?:by|over)|see\s{1,3}you|meet)(?!\p{L})/iu;

const MORNING = /(?<!\p{L})(?:morgens|vormittags?|fr(?:ü|ue)h|in\s+the\s+morning|a\.?m\.?)(?!\p{L})/iu;
const APPROX = /(?:gegen|ca\.?|circa|ungef(?:ä|ae)hr|etwa|so|around|about|approx\.?|roughly|ish)\s{0,2}$/iu;

const HOUR_WORDS: Readonly<Record<string, number>> = {
  eins: 1, zwei: 2, drei: 3, vier: 4, "fünf": 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, "zwölf": 12, zwoelf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const H = `(\\d{1,2}|${Object.keys(HOUR_WORDS).sort((a, b) => b.length - a.length).join("|")})`;

/** Every way of naming an appointment time; groups are read in `readTime`. */
const TIME = new RegExp(
  [
    // 1: "17:30", "17.30 Uhr", "5:30pm"
    String.raw`(?<![\d.:])(\d{1,2})[:.](\d{2})(?!\d)\s{0,2}(uhr|h(?!\p{L})|[ap]\.?\s?m\.?(?!\p{L}))?`,
    // 2: "17 Uhr", "5pm", "fünf Uhr"
    String.raw`(?<![\d.:\p{L}])${H}\s{0,2}(uhr|h(?!\p{L})|[ap]\.?\s?m\.?(?!\p{L}))`,
    // 3: "halb sechs", "half past 5"
    String.raw`(?<!\p{L})(?:halb|half\s{1,3}past)\s{1,3}${H}(?![\d\p{L}])`,
    // 4: "viertel nach 4", "quarter past 4"
    String.raw`(?<!\p{L})(?:viertel\s{1,3}nach|quarter\s{1,3}past)\s{1,3}${H}(?![\d\p{L}])`,
    // 5: "viertel vor 6", "dreiviertel 6", "quarter to 6"
    String.raw`(?<!\p{L})(?:viertel\s{1,3}vor|dreiviertel|drei\s{1,3}viertel|quarter\s{1,3}to)\s{1,3}${H}(?![\d\p{L}])`,
    // 6: "um 5", "gegen 6", "at 6", "ab 7"
    String.raw`(?<!\p{L})(?:um|gegen|ab|at|around|after)\s{1,3}${H}(?![\d:.\p{L}])`,
    // 7: "viertel sechs" (southern and eastern German): a quarter of the way to six, 5:15.
    // "drei viertel sechs" is taken by 5, which starts further left; "ein viertel" is a fraction.
    String.raw`(?<!\p{L})(?<!\b(?:ein|eine|einem)\s{1,3})viertel\s{1,3}${H}(?![\d:.\p{L}])(?!\s{0,3}(?:std|stunde|min))`,
  ].join("|"),
  "iu",
);

const DATES = new RegExp(DATE_SOURCE, "giu");

function hourOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d+$/.test(token)) return Number(token);
  return HOUR_WORDS[token.toLowerCase()];
}

/**
 * Appointment hours are normally 10–23 h, so a bare "5", "halb sechs" or "um 8" means
 * the afternoon or evening unless the caller says morning; "09:30" written with a
 * leading zero and 24-hour times stay as written.
 */
function afternoon(hour: number, morning: boolean, written: string): number {
  if (morning || hour === 0 || hour > 9 || written.startsWith("0")) return hour;
  return hour + 12;
}

/** "heute Nacht", "tonight", "nachts" — not the farewell "Gute Nacht". */
const NIGHT = /(?<!\p{L})(?<!gute\s{1,3})(?:(?:heute?|heut)\s{1,3}(?:in\s{1,3}der\s{1,3})?nacht|in\s{1,3}der\s{1,3}nacht|nachts|tonight|at\s{1,3}night)(?!\p{L})/iu;

/** At night a bare "1" is 01:00, "11" is 23:00 and "12" midnight. */
function atNight(hour: number): number {
  if (hour === 12) return 0;
  return hour >= 6 && hour <= 11 ? hour + 12 : hour;
}

const TIME_HINT = /\d|halb|half|viertel|quarter|um\s|at\s|gegen|around|ab\s|after|uhr/iu;

function readTime(text: string): AskedTime | undefined {
  if (!TIME_HINT.test(text)) return undefined;
  const m = TIME.exec(text);
  if (!m) return undefined;
  const approx = APPROX.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^(?:gegen|around)/iu.test(m[0]) || /^\s{0,2}-?ish/iu.test(text.slice(m.index + m[0].length));
  const morning = MORNING.test(text) && !/[p]\.?\s?m/iu.test(m[0]);
  const night = !morning && NIGHT.test(text);
  let hour: number | undefined;
  let minute = 0;
  let meridiem: string | undefined;
  let written = "";
  if (m[1] !== undefined) {
    written = m[1];
    hour = Number(m[1]);
    minute = Number(m[2]);
    meridiem = m[3];
  } else if (m[4] !== undefined) {
    written = m[4];
    hour = hourOf(m[4]);
    meridiem = m[5];
  } else if (m[6] !== undefined) {
    const h = hourOf(m[6]);
    hour = h === undefined ? undefined : h - 1;
    minute = 30;
  } else if (m[7] !== undefined) {
    hour = hourOf(m[7]);
    minute = 15;
  } else if (m[8] !== undefined) {
    const h = hourOf(m[8]);
    hour = h === undefined ? undefined : h - 1;
    minute = 45;
  } else if (m[9] !== undefined) {
    written = m[9];
    hour = hourOf(m[9]);
  } else if (m[10] !== undefined) {
    const h = hourOf(m[10]);
    hour = h === undefined ? undefined : h - 1;
    minute = 15;
  }
  if (hour === undefined) return undefined;
  if (hour === 0 && m[1] === undefined && m[4] === undefined) hour = 12;
  const mer = meridiem?.trim().charAt(0).toLowerCase();
  if (mer === "p" || mer === "a") {
    if (hour > 12) return undefined;
    hour = mer === "p" ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
  } else if (night && hour <= 12 && !written.startsWith("0")) {
    hour = atNight(hour);
  } else if (!(m[1] !== undefined && hour >= 10)) {
    // Unmarked times: bare hours and h:mm under 10 read as afternoon/evening.
    const explicit24 = m[1] !== undefined && written.startsWith("0");
    if (!explicit24) hour = afternoon(hour, morning, written);
  }
  if (hour < 0 || hour > 23 || minute > 59) return undefined;
  return { hour, minute, approx };
}

const DAY = new RegExp(
  String.raw`(?<!\p{L})(?:((?:heute|heut)\s{1,3}(?:in\s{1,3}der\s{1,3})?nacht|tonight)|(heute|heut|today)|((?:ü|ue)bermorgen|day\s+after\s+tomorrow)|(?<!gute[nrm]?\s{1,3})(morgen|tomorrow)|(${[...WEEKDAYS.keys()].filter((k) => k.length > 4).join("|")}))(?!\p{L})|${DATE_SOURCE}`,
  "iu",
);

/** Every DAY reading holds one of these (a weekday name holds "tag", "day" or "woch"). */
const DAY_HINT = /heut|today|tonight|morgen|tomorrow|tag|day|woch|sonnabend|thurs|\d/iu;

interface DayAsked {
  readonly day: AskedDay;
  /** Late at night, the calendar reading of a relative day word, which `day` is not. */
  readonly alternative?: AskedDay;
}

const onDate = (date: LocalDate): AskedDay => ({ kind: "date", year: date.year, month: date.month, day: date.day });

/**
 * "heute Nacht" (0), "morgen" (1) or "übermorgen" (2) said at the message's time: late at night
 * both readings as dates, else the calendar reading in the parser's usual form.
 */
function relativeDay(calendarDays: number, clock: MessageClock, usual: AskedDay): DayAsked {
  const { wall } = clock;
  const minuteOfDay = wall.hour * 60 + wall.minute;
  if (!isLateNight(minuteOfDay)) return { day: usual };
  const reading = readRelativeDay(calendarDays, { ...wall, minuteOfDay });
  return reading.alternative ? { day: onDate(reading.date), alternative: onDate(reading.alternative) } : { day: usual };
}

function readDay(text: string, clock: MessageClock): DayAsked | undefined {
  if (!DAY_HINT.test(text)) return undefined;
  const m = DAY.exec(text);
  if (!m) return undefined;
  if (m[1]) return relativeDay(0, clock, { kind: "today" });
  if (m[2]) return { day: { kind: "today" } };
  const wall = clock.wall;
  if (m[3]) return relativeDay(2, clock, onDate(dateAfter(wall, 2)));
  if (m[4]) return relativeDay(1, clock, { kind: "tomorrow" });
  if (m[5]) {
    const weekday = WEEKDAYS.get(m[5].toLowerCase());
    return weekday === undefined ? undefined : { day: { kind: "weekday", weekday } };
  }
  const written = dateOfMatch(m, 6, "de");
  const { month, day } = written;
  let year = written.year;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (year === undefined) {
    // A date without a year is the next such date, today included.
    const passed = month < wall.month || (month === wall.month && day < wall.day);
    year = passed ? wall.year + 1 : wall.year;
  }
  return { day: { kind: "date", year, month, day } };
}

/**
 * What the caller wanted, read from what they said or wrote (`content`) and from the
 * rest of the note (`around`, with the event's own date and time already blanked).
 */
export function readAsked(
  content: string,
  around: string,
  clock: MessageClock,
): Asked {
  const callback = asksForCallback(content) || asksForCallback(around);
  const source = content.trim() !== "" ? content : around;
  const wordsAsk = APPOINTMENT_WORDS.test(content) || APPOINTMENT_WORDS.test(around);
  const asked = readDay(source, clock);
  // Dates are read as days only; their digits must not come back as a clock time.
  const time = readTime(/\d/.test(source) ? blankMatches(source, DATES) : source);
  const inContent = content.trim() !== "" && (asked !== undefined || time !== undefined);
  if (!wordsAsk && !inContent) return { callback };
  const appointment = {
    ...(asked && { day: asked.day }),
    ...(asked?.alternative && { alternativeDay: asked.alternative }),
    ...(time ? { time } : {}),
  };
  return { callback, appointment };
}
