import { z } from "zod";
import { DEFAULT_GRACE_MINUTES, MAX_GRACE_MINUTES, MIN_GRACE_MINUTES } from "../../core/safety/checkin.js";
import { appointmentId } from "./appointments.js";
import { epochMs, interfaceLanguage } from "./shared.js";

const chatId = z.number().int();
const graceMinutes = z.number().int().min(MIN_GRACE_MINUTES).max(MAX_GRACE_MINUTES);

/** Her safety settings: the alert her buddy gets, her duress word (only as a keyed hash), the grace period. */
export const safetySettingsSchema = z.object({
  /** Her own words at the top of every alert; absent = the standard text in the buddy's language. */
  alertText: z.string().min(1).max(500).optional(),
  /**
   * The duress phrase as HMAC-SHA-256 under a random key kept beside it (base64url both), and how
   * many words it has: a message is compared word run by word run, the phrase itself is never stored.
   */
  duress: z
    .object({ key: z.string().regex(/^[A-Za-z0-9_-]{43}$/), hash: z.string().regex(/^[A-Za-z0-9_-]{43}$/), words: z.number().int().min(1).max(3), setAt: epochMs })
    .optional(),
  graceMinutes: graceMinutes.default(DEFAULT_GRACE_MINUTES),
});
export type SafetySettings = z.infer<typeof safetySettingsSchema>;
export const SAFETY_SETTINGS_VERSION = 1;
export const SAFETY_SETTINGS_ID = "safety";

/**
 * The one buddy: who gets alerts, and nothing else. Pending until she confirms who used her invite.
 * The record is encrypted like every other, so the buddy's chat id and address never lie in the clear.
 */
export const buddySchema = z.object({
  /** The buddy's private chat with the bot (Telegram: the user id; Signal: a keyed hash of their number). */
  chatId,
  /** What the transport needs to reach that chat again after a restart: on Signal the buddy's number or ACI. */
  address: z.string().min(1).max(100).optional(),
  /** The name their messenger shows, for her to recognise them; never sent anywhere. */
  name: z.string().max(64).optional(),
  /** The language alerts are written in. */
  language: interfaceLanguage,
  status: z.enum(["pending", "confirmed"]),
  since: epochMs,
  /** Her chat the invite was made in: where the question to confirm goes. */
  ownerChatId: chatId,
});
export type BuddyRecord = z.infer<typeof buddySchema>;
export const BUDDY_VERSION = 1;
export const BUDDY_ID = "buddy";
/** Someone who used her invite and waits for her to confirm them; the confirmed buddy stays until she does. */
export const PENDING_BUDDY_ID = "pending";

/** An open invite, stored under a keyed hash of its code: the code itself is never stored. */
export const inviteSchema = z.object({ createdAt: epochMs, expiresAt: epochMs, ownerChatId: chatId });
export type InviteRecord = z.infer<typeof inviteSchema>;
export const INVITE_VERSION = 1;

/**
 * A running check-in. Place and number are details for this appointment only, written into the
 * alert if one goes out, and deleted with the record when the check-in ends.
 */
export const checkInSchema = z
  .object({
    id: appointmentId,
    /** Her chat: where "Alles ok?" goes. */
    chatId,
    start: epochMs,
    end: epochMs,
    graceMinutes,
    phase: z.enum(["running", "asked", "nudged", "alerted"]),
    alertedAt: epochMs.optional(),
    /** The booking it belongs to, if it was started from /day. */
    bookingId: appointmentId.optional(),
    /** The booking's contact (Collection#keyOf): whose number she may add to the alert. */
    contactKey: z.string().regex(/^[A-Za-z0-9_-]{32}$/).optional(),
    place: z.string().min(1).max(200).optional(),
    number: z.string().regex(/^\+\d{6,16}$/).optional(),
    /** Her messages that carry this check-in's buttons, whose buttons go when it ends. */
    messageIds: z.array(z.number().int()).max(20),
    /** She typed her duress word, and the alert could not go out yet: the scheduler sends it first thing. */
    duressAt: epochMs.optional(),
    /** When the buddy answered the alert. */
    buddySawAt: epochMs.optional(),
    createdAt: epochMs,
  })
  .refine((c) => c.start <= c.end, "start must not be after end");
export type CheckInRecord = z.infer<typeof checkInSchema>;
export const CHECK_IN_VERSION = 1;

const generation = z.string().regex(/^[A-Za-z0-9_-]{8}$/);

/**
 * The warning list's current import. Numbers are stored only as HMAC-SHA-256 under `key`, a random
 * key of this list kept here (so key rotation and backups carry the list along), in 64 buckets
 * by the hash's first character. A new import writes a new generation and then switches this record.
 */
export const warnListMetaSchema = z.object({
  generation,
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  count: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  importedAt: epochMs,
});
export type WarnListMeta = z.infer<typeof warnListMetaSchema>;
export const WARNLIST_META_ID = "meta";

/** One bucket: [hash without its first character, reason] per listed number. */
export const warnListBucketSchema = z.object({
  generation,
  /** The first character of its hashes: with the generation, the bucket's id. */
  bucket: z.string().regex(/^[A-Za-z0-9_-]$/),
  entries: z.array(z.tuple([z.string().regex(/^[A-Za-z0-9_-]{42}$/), z.string().max(200)])),
});
export type WarnListBucket = z.infer<typeof warnListBucketSchema>;
export const WARNLIST_VERSION = 1;
