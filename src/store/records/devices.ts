import { z } from "zod";
import { epochMs } from "./shared.js";

/**
 * A phone allowed to report calls and SMS by itself (POST /intake). Only a keyed hash of its
 * token is kept: the token itself is shown once, when the device is added.
 */
export const deviceSchema = z.object({
  /** Random, for buttons; says nothing about the device. */
  id: z.string().regex(/^[A-Za-z0-9_-]{12}$/),
  /** Her name for it, e.g. "Diensthandy". */
  label: z.string().min(1).max(40),
  /** HMAC-SHA-256 of the token under the store's index key (Vault#indexKey). */
  tokenHash: z.string().regex(/^[A-Za-z0-9_-]{32}$/),
  createdAt: epochMs,
  lastUsedAt: epochMs.optional(),
  uses: z.number().int().nonnegative().default(0),
});
export type DeviceRecord = z.infer<typeof deviceSchema>;
export const DEVICE_VERSION = 1;

/** How what her phone reports reaches the chat. */
export const ANNOUNCE_MODES = ["always", "quiet", "collect"] as const;
export type AnnounceMode = (typeof ANNOUNCE_MODES)[number];

/** The intake's own record: how to announce, and today's withheld callers (a count, nothing else). */
export const intakeSettingsSchema = z.object({
  announce: z.enum(ANNOUNCE_MODES).default("always"),
  withheld: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count: z.number().int().nonnegative() }).optional(),
});
export type IntakeSettings = z.infer<typeof intakeSettingsSchema>;
export const INTAKE_SETTINGS_VERSION = 1;
export const INTAKE_SETTINGS_ID = "intake";
