import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import type { Context, MiddlewareFn } from "grammy";
import type { LegacyTextLanguage } from "../core/legacy-text-language.js";
import { INTERFACE_LANGUAGES, REFERENCE_LANGUAGE, type InterfaceLanguage } from "../interface-language.js";

/**
 * Values for a message's variables. Numbers are formatted by Fluent in the message's language
 * ("1.000" in German) and select plural forms; pass a string where digits must appear verbatim.
 * Values that carry her input are HTML-escaped by the caller.
 */
export type TranslationVariables = Readonly<Record<string, string | number>>;
/** A message by id, in one language: `ctx.t` in handlers, `translatorFor(lang)` where there is no context. */
export type Translate = (key: string, variables?: TranslationVariables) => string;

/**
 * The `locales` folder, found by walking up from this module: from `src/bot/` under tsx and
 * vitest, and from `dist/` in the bundle `npm start` runs.
 */
export function findLocalesDir(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = join(dir, "locales");
    if (existsSync(join(candidate, `${REFERENCE_LANGUAGE}.ftl`))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No locales folder with ${REFERENCE_LANGUAGE}.ftl above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

/** The interface languages' messages, read once per process; they never change while it runs. */
let loaded: I18n<Context & InterfaceFlavor> | undefined;

function i18n(): I18n<Context & InterfaceFlavor> {
  if (loaded) return loaded;
  const dir = findLocalesDir();
  const instance = new I18n<Context & InterfaceFlavor>({
    defaultLocale: REFERENCE_LANGUAGE,
    // Without this Fluent wraps every value in invisible isolation marks (U+2068 … U+2069).
    fluentBundleOptions: { useIsolating: false },
    // The locale tests prove every key exists in every file; a miss would fall back to German.
    fluentOptions: { warningHandler: () => undefined },
    localeNegotiator: (ctx) => ctx.interfaceLanguage,
  });
  for (const lang of INTERFACE_LANGUAGES) {
    instance.loadLocaleSync(lang, { source: readFileSync(join(dir, `${lang}.ftl`), "utf8") });
  }
  loaded = instance;
  return instance;
}

const translators = new Map<InterfaceLanguage, Translate>();

/** A Translate for code without a context: views given a language, jobs, the console surface. */
export function translatorFor(lang: InterfaceLanguage): Translate {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18n();
    t = (key, variables) => instance.t(lang, key, variables);
    translators.set(lang, t);
  }
  return t;
}

/** What the app middleware settles before the i18n middleware runs. */
export interface InterfaceFlavor {
  /** Her interface language for this update (see negotiateInterfaceLanguage). */
  interfaceLanguage: InterfaceLanguage;
}

export type TranslationFlavor = I18nFlavor;

/** Installs `ctx.t` in her interface language; runs after the app middleware, outside and inside conversations. */
export function i18nMiddleware(): MiddlewareFn<Context & InterfaceFlavor> {
  return i18n().middleware() as MiddlewareFn<Context & InterfaceFlavor>;
}

/** After she chose another interface language: the rest of this update speaks it already. */
export function switchInterfaceLanguage(
  ctx: InterfaceFlavor & TranslationFlavor & { lang: LegacyTextLanguage },
  lang: InterfaceLanguage,
): void {
  ctx.interfaceLanguage = lang;
  ctx.lang = legacyTextLanguage(lang);
  ctx.i18n.useLocale(lang);
}

/**
 * Phased out with the inline tables: the language those tables have for an interface language.
 * Romanian falls back to English there until each area is in the locale files.
 */
export function legacyTextLanguage(lang: InterfaceLanguage): LegacyTextLanguage {
  return lang === "de" ? "de" : "en";
}

/** Phased out: an inline text in German and English. New texts go into locales/*.ftl (docs/i18n.md). */
export type Localized<T = string> = Readonly<Record<LegacyTextLanguage, T>>;

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Monospace, so one tap copies it in Telegram. */
export function copyable(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
