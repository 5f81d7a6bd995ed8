import type { Localized } from "../../i18n.js";

/** Every sentence the availability feature shows; placeholders are filled by the handlers. */
export const T = {
  hoursNow: { de: "<b>Deine Zeiten:</b> {hours}", en: "<b>Your hours:</b> {hours}" },
  hoursSaved: { de: "✅ Zeiten gespeichert: {hours}", en: "✅ Hours saved: {hours}" },
  hoursHelp: {
    de: "So geht’s:\n<code>/hours mo-fr 11:00-21:00; sa 12:00-18:00; so frei</code>\n<code>/hours fr 20:00-02:00</code> (über Mitternacht)\n<code>/hours 2026-12-23 14:00-18:00</code> (nur an diesem Tag)",
    en: "Like this:\n<code>/hours mon-fri 11:00-21:00; sat 12:00-18:00; sun off</code>\n<code>/hours fri 20:00-02:00</code> (past midnight)\n<code>/hours 2026-12-23 14:00-18:00</code> (that day only)",
  },
  overrideSaved: { de: "✅ {date}: {hours} (statt der Wochenzeiten)", en: "✅ {date}: {hours} (instead of the weekly hours)" },
  overrideOff: { de: "✅ {date} ist frei (kein Termin).", en: "✅ {date} is a day off." },
  specialDays: { de: "<b>Besondere Tage:</b>", en: "<b>Special days:</b>" },
  dayOffWord: { de: "frei", en: "off" },
  noSpecialDays: {
    de: "Keine freien Tage eingetragen. Beispiel: <code>/off 2026-12-24</code>",
    en: "No days off yet. Example: <code>/off 2026-12-24</code>",
  },
  tapToRemove: { de: "Tippe einen Tag an, um ihn zu entfernen.", en: "Tap a day to remove it." },
  overrideRemoved: { de: "✅ {date} folgt wieder den Wochenzeiten.", en: "✅ {date} follows the weekly hours again." },
  offHelp: {
    de: "Das ist kein Datum. Beispiele: <code>/off 2026-12-24</code>, <code>/off 24.12.</code>, <code>/off morgen</code>",
    en: "That is not a date. Examples: <code>/off 2026-12-24</code>, <code>/off 24.12.</code>, <code>/off tomorrow</code>",
  },
  pastDate: { de: "{date} liegt in der Vergangenheit.", en: "{date} is in the past." },

  bookHelp: {
    de: "So geht’s:\n<code>/book 17:00</code>\n<code>/book 17:00-18:30 Tom morgen</code>\n<code>/book 19:00 90 0171 2345678 2026-12-03</code>",
    en: "Like this:\n<code>/book 17:00</code>\n<code>/book 17:00-18:30 Tom tomorrow</code>\n<code>/book 19:00 90 0171 2345678 2026-12-03</code>",
  },
  bookBadTime: { de: "Die Uhrzeit kann ich nicht lesen.", en: "I can’t read that time." },
  bookBadLength: { de: "Die Dauer muss zwischen 5 Minuten und 12 Stunden liegen.", en: "The length must be between 5 minutes and 12 hours." },
  bookTwoDays: { de: "Bitte nur einen Tag angeben.", en: "Please name one day only." },
  bookPassed: {
    de: "{time} ist heute schon vorbei. Für einen anderen Tag: <code>/book {time} morgen</code>",
    en: "{time} has passed today. For another day: <code>/book {time} tomorrow</code>",
  },
  bookConflict: {
    de: "⛔ Nicht gebucht: {when} überschneidet sich (mit Puffer {before}/{after} min) mit:",
    en: "⛔ Not booked: {when} overlaps (with buffers {before}/{after} min) with:",
  },
  bookConflictHint: { de: "Freie Zeiten: <code>/free {day}</code>", en: "Free times: <code>/free {day}</code>" },
  booked: { de: "✅ Gebucht: {when}", en: "✅ Booked: {when}" },
  heldReleased: { de: "Angebot für {time} ist damit erledigt.", en: "The offer for {time} is settled with this." },
  outsideHours: { de: "Hinweis: außerhalb deiner Zeiten.", en: "Note: outside your hours." },
  unknownAlias: {
    de: "Keinen Kontakt mit diesem Alias gefunden. Nimm die Nummer oder lege den Alias zuerst an.",
    en: "No contact with that alias. Use the number, or set the alias first.",
  },
  ambiguousAlias: {
    de: "Diesen Alias tragen mehrere Nummern – nimm die Nummer.",
    en: "Several numbers carry that alias — use the number.",
  },
  notANumber: { de: "Diese Nummer kann ich nicht lesen.", en: "I can’t read that number." },

  appointment: { de: "Termin", en: "Appointment" },
  offered: { de: "angeboten, gehalten bis {until}", en: "offered, held until {until}" },
  free: { de: "Frei", en: "Free" },
  nothingFree: { de: "nichts", en: "nothing" },
  dayClosed: { de: "kein Arbeitstag", en: "not a working day" },
  dayHours: { de: "Zeiten", en: "Hours" },
  noAppointments: { de: "Keine Termine.", en: "No appointments." },
  release: { de: "✖ {time} freigeben", en: "✖ Release {time}" },
  bookHold: { de: "✔ {time} buchen", en: "✔ Book {time}" },
  holdReleased: { de: "{time} ist wieder frei.", en: "{time} is free again." },
  holdBooked: { de: "✅ Gebucht: {when}", en: "✅ Booked: {when}" },
  holdGone: { de: "Dieses Angebot gibt es nicht mehr.", en: "That offer no longer exists." },
  holdTaken: { de: "Das geht nicht mehr: {time} ist inzwischen belegt.", en: "Not possible any more: {time} is taken now." },
  stale: { de: "Dieser Knopf ist veraltet.", en: "This button is out of date." },

  cancelPick: { de: "Welchen Termin am {date} absagen?", en: "Which appointment on {date} to cancel?" },
  cancelNone: { de: "Am {date} ist nichts gebucht.", en: "Nothing booked on {date}." },
  cancelled: { de: "✅ Abgesagt: {when}", en: "✅ Cancelled: {when}" },
  cancelGone: { de: "Dieser Termin ist schon weg.", en: "That appointment is already gone." },

  freeHeader: { de: "<b>Frei {day}</b> ({date}): {slots}", en: "<b>Free {day}</b> ({date}): {slots}" },
  freeMore: { de: "({count} freie Zeiten insgesamt – alle auf /day {arg})", en: "({count} free times in all — all on /day {arg})" },
  freeNone: { de: "{date}: nichts mehr frei.", en: "{date}: nothing free." },
  freeNext: { de: "Nächster freier Tag: <b>{date}</b>: {slots}", en: "Next free day: <b>{date}</b>: {slots}" },
  freeNothingAtAll: { de: "In den nächsten 30 Tagen ist nichts frei.", en: "Nothing is free in the next 30 days." },
  draftLabel: { de: "Antwort zum Kopieren:", en: "Reply to copy:" },
  heldNote: {
    de: "{slots} bleiben {hold} für diese Antwort reserviert.",
    en: "{slots} stay reserved for this reply for {hold}.",
  },
  releaseAll: { de: "✖ Reservierung aufheben", en: "✖ Release the reservation" },
  releasedAll: { de: "Reservierung aufgehoben.", en: "Reservation released." },
  freeHelp: {
    de: "Welcher Tag? Beispiele: <code>/free</code>, <code>/free morgen</code>, <code>/free fr</code>, <code>/free 24.12.</code>",
    en: "Which day? Examples: <code>/free</code>, <code>/free tomorrow</code>, <code>/free fri</code>, <code>/free 2026-12-24</code>",
  },
  today: { de: "heute", en: "today" },
  tomorrow: { de: "morgen", en: "tomorrow" },
  onDate: { de: "am", en: "on" },
  dayArgHelp: {
    de: "Das ist kein Tag. Beispiele: <code>heute</code>, <code>morgen</code>, <code>fr</code>, <code>24.12.</code>, <code>2026-12-24</code>",
    en: "That is not a day. Examples: <code>today</code>, <code>tomorrow</code>, <code>fri</code>, <code>2026-12-24</code>",
  },
} satisfies Record<string, Localized>;

/** Fills {name} placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
