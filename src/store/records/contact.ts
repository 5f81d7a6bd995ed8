import { z } from "zod";
import { FLAG_NAMES } from "../../core/rules/types.js";
import { draftLanguage, epochMs, weekday, weeklyHours } from "./shared.js";

const flagMark = z.object({
  at: epochMs,
  by: z.enum(["owner", "outcome", "import"]),
  reason: z.string().max(200).optional(),
});

const askedDay = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("today") }),
  z.object({ kind: z.literal("tomorrow") }),
  z.object({ kind: z.literal("weekday"), weekday }),
  z.object({ kind: z.literal("date"), year: z.number().int(), month: z.number().int(), day: z.number().int() }),
]);

export const askedSchema = z.object({
  callback: z.boolean(),
  appointment: z
    .object({
      day: askedDay.optional(),
      time: z.object({ hour: z.number().int(), minute: z.number().int(), approx: z.boolean() }).optional(),
    })
    .optional(),
});

/** An inbound event as stored on its number's card: extracted facts only, never the original text. */
export const storedEventSchema = z.object({
  kind: z.enum(["missed-call", "voicemail", "sms", "callback-request"]),
  at: epochMs,
  atSource: z.enum(["text", "message"]),
  attempts: z.number().int().min(1),
  asked: askedSchema,
  lang: draftLanguage.optional(),
  /** When she told the bot (for retention: events are deleted by this date or `at`, whichever is later). */
  recordedAt: epochMs,
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

export const outcomeSchema = z.object({
  at: epochMs,
  outcome: z.enum(["reached", "someone-else", "voicemail", "no-answer"]),
});

export const noteSchema = z.object({ at: epochMs, text: z.string().min(1).max(2000) });

export const contactSchema = z.object({
  /** E.164; the storage key is a keyed hash of it. */
  e164: z.string().regex(/^\+\d{6,16}$/),
  alias: z.string().min(1).max(40).optional(),
  flags: z.partialRecord(z.enum(FLAG_NAMES), flagMark).default({}),
  allowedHours: weeklyHours.optional(),
  notes: z.array(noteSchema).default([]),
  events: z.array(storedEventSchema).default([]),
  outcomes: z.array(outcomeSchema).default([]),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type ContactRecord = z.infer<typeof contactSchema>;
export const CONTACT_VERSION = 1;

/** alias (lower-cased) → the numbers that carry it; keyed by a hash of the alias. */
export const aliasIndexSchema = z.object({
  alias: z.string(),
  numbers: z.array(z.string()),
});
export type AliasIndexRecord = z.infer<typeof aliasIndexSchema>;
