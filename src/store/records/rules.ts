import { z } from "zod";
import { epochMs, timeRange, weekday } from "./shared.js";

/** Her settings for the default practice; the shape of RuleSettings (src/core/rules/types.ts). */
export const ruleSettingsSchema = z.object({
  quietHours: timeRange.nullable(),
  freshnessHours: z.number().int().min(1).max(24 * 14),
  missedCallText: z.enum(["never", "after-request", "always"]),
  mobileOrLandlineIsLandline: z.boolean(),
  cautionForeign: z.boolean(),
  cautionSpecial: z.boolean(),
  callDays: z.array(weekday).max(7),
  repeatedCalls: z.object({ count: z.number().int().min(0).max(50), minutes: z.number().int().min(1).max(24 * 60) }),
  voicemailReminder: z.boolean(),
});

/**
 * One of her own rules as she wrote it. The JSON is checked again by the engine's parser each
 * time it is loaded, so a rule the current version no longer accepts is shown, not applied.
 */
export const storedCustomRuleSchema = z.object({
  id: z.string().min(1).max(40),
  json: z.unknown(),
  enabled: z.boolean(),
  addedAt: epochMs,
});
export type StoredCustomRule = z.infer<typeof storedCustomRuleSchema>;

/** Everything she tuned about the rules, in one record: settings, her rules, defaults switched off. */
export const rulesRecordSchema = z.object({
  /** Only what she changed; the rest comes from DEFAULT_RULE_SETTINGS, so new defaults reach her. */
  settings: ruleSettingsSchema.partial().default({}),
  custom: z.array(storedCustomRuleSchema).max(100).default([]),
  /** Ids of default rules she switched off. */
  disabledDefaults: z.array(z.string().max(40)).default([]),
  updatedAt: epochMs,
});
export type RulesRecord = z.infer<typeof rulesRecordSchema>;
export const RULES_VERSION = 1;
/** The single record's id in the "rules" collection. */
export const RULES_RECORD_ID = "rules";
