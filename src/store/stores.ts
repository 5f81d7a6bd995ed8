import { z } from "zod";
import { aliasIndexSchema, CONTACT_VERSION, contactSchema, type AliasIndexRecord, type ContactRecord } from "./records/contact.js";
import { GENERAL_SETTINGS_VERSION, generalSettingsSchema, migrateGeneralSettings, type GeneralSettings } from "./records/general.js";
import { RULES_VERSION, rulesRecordSchema, type RulesRecord } from "./records/rules.js";
import { migrateVerdictLog, VERDICT_LOG_VERSION, verdictLogSchema, type VerdictLogRecord } from "./records/verdict-log.js";
import { AVAILABILITY_VERSION, availabilitySchema, type AvailabilityRecord } from "./records/availability.js";
import { BOOKING_MONTH_VERSION, bookingMonthSchema, BOOKING_VERSION, bookingSchema, HOLD_VERSION, holdSchema, type BookingMonthRecord, type BookingRecord, type HoldRecord } from "./records/appointments.js";
import { CHAT_MESSAGE_VERSION, chatMessageSchema, PRIVACY_SETTINGS_VERSION, privacySettingsSchema, type ChatMessageRecord, type PrivacySettings } from "./records/privacy.js";
import { DEVICE_VERSION, deviceSchema, INTAKE_SETTINGS_VERSION, intakeSettingsSchema, type DeviceRecord, type IntakeSettings } from "./records/devices.js";
import {
  BUDDY_VERSION,
  buddySchema,
  CHECK_IN_VERSION,
  checkInSchema,
  INVITE_VERSION,
  inviteSchema,
  SAFETY_SETTINGS_VERSION,
  safetySettingsSchema,
  WARNLIST_VERSION,
  warnListBucketSchema,
  warnListMetaSchema,
  type BuddyRecord,
  type CheckInRecord,
  type InviteRecord,
  type SafetySettings,
  type WarnListBucket,
  type WarnListMeta,
} from "./records/safety.js";
import type { Collection, Vault } from "./vault.js";

/**
 * Every collection the app uses, opened once at start-up. Settings (with which warning list is in
 * force) and conversation state are read on nearly every update and kept decoded until written,
 * and so is the (normally empty) listing of bookings stored one a record; cards, aliases, booking
 * months, holds and verdict histories are decoded once per update at most.
 */
export interface Stores {
  readonly privacy: Collection<PrivacySettings>;
  /** Ids of chat messages the bot may still delete (self-cleaning, wipe); never their text. */
  readonly chatMessages: Collection<ChatMessageRecord>;
  readonly general: Collection<GeneralSettings>;
  readonly contacts: Collection<ContactRecord>;
  readonly availability: Collection<AvailabilityRecord>;
  /** One booking a record, as stores before month records held them; read only to move them over (src/store/appointments.ts). */
  readonly bookings: Collection<BookingRecord>;
  readonly bookingMonths: Collection<BookingMonthRecord>;
  readonly holds: Collection<HoldRecord>;
  readonly aliases: Collection<AliasIndexRecord>;
  /** State of interrupted conversations; it holds raw messages, so it is encrypted like everything else. */
  readonly conversations: Collection<unknown>;
  readonly rules: Collection<RulesRecord>;
  readonly verdictLog: Collection<VerdictLogRecord>;
  /** Phones that report calls and SMS by themselves (POST /intake): a keyed hash of each token, never the token. */
  readonly devices: Collection<DeviceRecord>;
  /** How intakes are announced, and today's count of withheld callers. */
  readonly intake: Collection<IntakeSettings>;
  /** Her alert text, duress word (hashed) and grace period. */
  readonly safety: Collection<SafetySettings>;
  /** The one buddy who gets her alerts. */
  readonly buddy: Collection<BuddyRecord>;
  /** Open buddy invites, under a keyed hash of their code. */
  readonly invites: Collection<InviteRecord>;
  readonly checkIns: Collection<CheckInRecord>;
  readonly warnList: Collection<WarnListMeta>;
  readonly warnListBuckets: Collection<WarnListBucket>;
}

export async function openStores(vault: Vault): Promise<Stores> {
  return {
    privacy: await vault.collection("privacy", { schema: privacySettingsSchema, version: PRIVACY_SETTINGS_VERSION, caching: "kept" }),
    chatMessages: await vault.collection("chat_messages", { schema: chatMessageSchema, version: CHAT_MESSAGE_VERSION, hashIds: true }),
    general: await vault.collection("general", {
      schema: generalSettingsSchema,
      version: GENERAL_SETTINGS_VERSION,
      migrate: migrateGeneralSettings,
      caching: "kept",
    }),
    contacts: await vault.collection("contacts", { schema: contactSchema, version: CONTACT_VERSION, hashIds: true, caching: "per-update" }),
    availability: await vault.collection("availability", { schema: availabilitySchema, version: AVAILABILITY_VERSION, caching: "kept" }),
    bookings: await vault.collection("bookings", { schema: bookingSchema, version: BOOKING_VERSION, caching: "kept", cacheListing: true }),
    bookingMonths: await vault.collection("booking_months", { schema: bookingMonthSchema, version: BOOKING_MONTH_VERSION, hashIds: true, caching: "per-update", cacheListing: true }),
    holds: await vault.collection("holds", { schema: holdSchema, version: HOLD_VERSION, caching: "per-update", cacheListing: true }),
    aliases: await vault.collection("aliases", { schema: aliasIndexSchema, version: 1, hashIds: true, caching: "per-update" }),
    conversations: await vault.collection("conversations", { schema: z.unknown(), version: 1, hashIds: true, caching: "kept" }),
    rules: await vault.collection("rules", { schema: rulesRecordSchema, version: RULES_VERSION, caching: "kept" }),
    verdictLog: await vault.collection("verdict_log", {
      schema: verdictLogSchema,
      version: VERDICT_LOG_VERSION,
      migrate: migrateVerdictLog,
      hashIds: true,
      caching: "per-update",
    }),
    // Read seldom (her own commands, the intake desk, timers), or holding places and numbers of
    // running check-ins and the warning list's entries: nothing of them is kept.
    devices: await vault.collection("devices", { schema: deviceSchema, version: DEVICE_VERSION }),
    intake: await vault.collection("intake", { schema: intakeSettingsSchema, version: INTAKE_SETTINGS_VERSION }),
    safety: await vault.collection("safety", { schema: safetySettingsSchema, version: SAFETY_SETTINGS_VERSION }),
    buddy: await vault.collection("buddy", { schema: buddySchema, version: BUDDY_VERSION }),
    invites: await vault.collection("invites", { schema: inviteSchema, version: INVITE_VERSION, hashIds: true }),
    checkIns: await vault.collection("check_ins", { schema: checkInSchema, version: CHECK_IN_VERSION }),
    // Which list is in force and its hashing key, asked by every verdict: a setting, kept. Its entries are not.
    warnList: await vault.collection("warn_list", { schema: warnListMetaSchema, version: WARNLIST_VERSION, caching: "kept" }),
    warnListBuckets: await vault.collection("warn_list_buckets", { schema: warnListBucketSchema, version: WARNLIST_VERSION }),
  };
}
