/**
 * Phased out: the two languages of interface texts that are not yet in the locale files
 * (inline `{ de, en }` tables, and the core's formatWeeklyHours). It goes away with the last
 * of them; new code uses the bot's `Translate` instead.
 */
export type LegacyTextLanguage = "de" | "en";
