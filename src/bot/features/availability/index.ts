import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { Feature } from "../feature.js";
import { bookComposer } from "./book.js";
import { dayComposer } from "./day.js";
import { freeComposer } from "./free.js";
import { hoursComposer } from "./hours.js";

const composer = new Composer<BotContext>();
composer.use(hoursComposer, bookComposer, dayComposer, freeComposer);

/** Working hours, days off, bookings, holds and free slots. */
export const availabilityFeature: Feature = {
  name: "availability",
  commands: [
    {
      command: "free",
      description: { de: "Freie Zeiten mit Antwort zum Kopieren", en: "Free slots with a reply to copy" },
      example: { de: "/free morgen", en: "/free tomorrow" },
      inMenu: true,
    },
    {
      command: "day",
      description: { de: "Tagesplan: Termine, Angebote, Lücken", en: "Day plan: bookings, offers, gaps" },
      example: { de: "/day morgen", en: "/day tomorrow" },
      inMenu: true,
    },
    {
      command: "book",
      description: { de: "Termin eintragen (Zeit, Dauer, Nummer/Alias, Tag)", en: "Record a booking (time, length, number/alias, day)" },
      example: { de: "/book 17:00-18:30 Tom morgen", en: "/book 17:00-18:30 Tom tomorrow" },
      inMenu: true,
    },
    {
      command: "cancel",
      description: { de: "Termin eines Tages absagen", en: "Cancel a booking of a day" },
      example: { de: "/cancel morgen", en: "/cancel tomorrow" },
    },
    {
      command: "hours",
      description: { de: "Arbeitszeiten ansehen oder setzen", en: "Show or set working hours" },
      example: { de: "/hours mo-fr 11:00-21:00; sa 12:00-18:00; so frei", en: "/hours mon-fri 11:00-21:00; sat 12:00-18:00; sun off" },
    },
    {
      command: "off",
      description: { de: "Freien Tag eintragen; ohne Datum: Liste", en: "Add a day off; without a date: list" },
      example: { de: "/off 2026-12-24", en: "/off 2026-12-24" },
    },
  ],
  composer,
};
