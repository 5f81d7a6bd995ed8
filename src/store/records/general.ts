import { z } from "zod";
import { lang } from "./shared.js";

/** Her general settings; other areas keep their own settings records. */
export const generalSettingsSchema = z.object({
  /** Overrides BOT_LANGUAGE once she chose in setup. */
  lang: lang.optional(),
  /** false until the first-run setup finished (or was skipped). */
  setupDone: z.boolean().default(false),
  /** Her own words for /lint to flag, lower-cased. */
  lintWords: z.array(z.string().min(1).max(40)).max(500).optional(),
});
export type GeneralSettings = z.infer<typeof generalSettingsSchema>;
export const GENERAL_SETTINGS_VERSION = 1;
export const GENERAL_ID = "general";
