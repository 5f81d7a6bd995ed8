import { z } from "zod";
import { draftLanguage, interfaceLanguage } from "./shared.js";

/** Her general settings; other areas keep their own settings records. */
export const generalSettingsSchema = z.object({
  /** Her interface language once she chose one (setup, /settings); overrides BOT_LANGUAGE. */
  interfaceLanguage: interfaceLanguage.optional(),
  /** The language of client drafts once she chose one; overrides DRAFT_LANGUAGE. A client who wrote in another language still gets theirs. */
  draftLanguage: draftLanguage.optional(),
  /** false until the first-run setup finished (or was skipped). */
  setupDone: z.boolean().default(false),
  /** Her own words for /lint to flag, lower-cased. */
  lintWords: z.array(z.string().min(1).max(40)).max(500).optional(),
});
export type GeneralSettings = z.infer<typeof generalSettingsSchema>;
export const GENERAL_SETTINGS_VERSION = 2;
export const GENERAL_ID = "general";

/**
 * Version 1 had one `lang` for her replies and the drafts alike; it becomes both settings, so
 * nothing changes for her until she sets them apart.
 */
export function migrateGeneralSettings(fromVersion: number, data: unknown): unknown {
  if (fromVersion !== 1 || typeof data !== "object" || data === null) return data;
  const { lang, ...rest } = data as Record<string, unknown>;
  return lang === undefined ? rest : { ...rest, interfaceLanguage: lang, draftLanguage: lang };
}
