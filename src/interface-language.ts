/**
 * Her interface languages, each one Fluent file `locales/<code>.ftl`; German is the reference.
 * A new language is its file plus its code here: config, store, setup and /settings take it from this list.
 */
export const INTERFACE_LANGUAGES = ["de", "en", "ro"] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const REFERENCE_LANGUAGE: InterfaceLanguage = "de";

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === "string" && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/** A Telegram client's language_code ("ro", "en-GB", "de-AT") as one of ours, if we have it. */
export function interfaceLanguageOfCode(code: string | undefined): InterfaceLanguage | undefined {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  return isInterfaceLanguage(primary) ? primary : undefined;
}

export interface LanguageSources {
  /** What she chose in setup or /settings. */
  readonly stored?: InterfaceLanguage | undefined;
  /** BOT_LANGUAGE. */
  readonly configured?: InterfaceLanguage | undefined;
  /** Her Telegram client's language_code (in the console chat: the terminal's locale). */
  readonly client?: string | undefined;
}

/** Her setting wins; else BOT_LANGUAGE; else her Telegram client's language when we have it; else German. */
export function negotiateInterfaceLanguage({ stored, configured, client }: LanguageSources): InterfaceLanguage {
  return stored ?? configured ?? interfaceLanguageOfCode(client) ?? REFERENCE_LANGUAGE;
}
