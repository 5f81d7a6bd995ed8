import { z } from "zod";
import { epochMs } from "./shared.js";

/** The choices /privacy offers for the self-cleaning chat, in minutes; 0 = off. */
export const CLEANUP_CHOICES = [0, 5, 30, 120, 1440] as const;
export type CleanupMinutes = (typeof CLEANUP_CHOICES)[number];

export const RETENTION_LIMITS = { min: 1, max: 365 } as const;
const retentionDays = z.number().int().min(RETENTION_LIMITS.min).max(RETENTION_LIMITS.max);

export const DEFAULT_RETENTION = { eventsDays: 30, verdictsDays: 30, appointmentsDays: 14 } as const;
export const DEFAULT_CLEANUP_MINUTES: CleanupMinutes = 30;

/** Her privacy settings: how soon the chat cleans itself, how long history is kept. */
export const privacySettingsSchema = z.object({
  cleanupMinutes: z.union(CLEANUP_CHOICES.map((m) => z.literal(m)) as unknown as [z.ZodLiteral<CleanupMinutes>, ...z.ZodLiteral<CleanupMinutes>[]]).default(DEFAULT_CLEANUP_MINUTES),
  retention: z
    .object({
      eventsDays: retentionDays.default(DEFAULT_RETENTION.eventsDays),
      verdictsDays: retentionDays.default(DEFAULT_RETENTION.verdictsDays),
      appointmentsDays: retentionDays.default(DEFAULT_RETENTION.appointmentsDays),
    })
    .default({ ...DEFAULT_RETENTION }),
  /** When the retention sweep last finished; the sweep runs again once a day has passed. */
  lastSweepAt: epochMs.optional(),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;
export const PRIVACY_SETTINGS_VERSION = 1;
export const PRIVACY_SETTINGS_ID = "privacy";

export function defaultPrivacySettings(): PrivacySettings {
  return { cleanupMinutes: DEFAULT_CLEANUP_MINUTES, retention: { ...DEFAULT_RETENTION } };
}

/**
 * One message in her chat the bot may still delete. Only ids and times: never the text.
 * Tracked even with self-cleaning off, so a panic wipe can still take messages back.
 */
export const chatMessageSchema = z.object({
  chatId: z.number().int(),
  messageId: z.number().int().positive(),
  from: z.enum(["bot", "owner"]),
  /** When the message was sent; Telegram lets bots delete it for 48 hours after that. */
  sentAt: epochMs,
  /** When self-cleaning deletes it; absent = kept (self-cleaning off, or she pinned it with /keep). */
  deleteAt: epochMs.optional(),
});
export type ChatMessageRecord = z.infer<typeof chatMessageSchema>;
export const CHAT_MESSAGE_VERSION = 1;

export function chatMessageId(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}
