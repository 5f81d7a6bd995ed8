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
    { command: "free", description: "cmd-free-description", example: "cmd-free-example", inMenu: true },
    { command: "day", description: "cmd-day-description", example: "cmd-day-example", inMenu: true },
    { command: "book", description: "cmd-book-description", example: "cmd-book-example", inMenu: true },
    { command: "cancel", description: "cmd-cancel-description", example: "cmd-cancel-example" },
    { command: "hours", description: "cmd-hours-description", example: "cmd-hours-example" },
    { command: "off", description: "cmd-off-description", example: "cmd-off-example" },
  ],
  composer,
};
