import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { I18n, type I18nFlavor, type TranslateFunction } from "@grammyjs/i18n";
import type { Context, MiddlewareFn } from "grammy";
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

/** Without this Fluent wraps every value in invisible isolation marks (U+2068 … U+2069). */
const BUNDLE_OPTIONS = { useIsolating: false };

interface Loaded {
  readonly plugin: I18n<Context & InterfaceFlavor>;
  readonly translators: ReadonlyMap<InterfaceLanguage, Translate>;
}

/** The interface languages' messages, read once per process; they never change while it runs. */
let loaded: Loaded | undefined;

/**
 * Looks a message up in one language, else in German, else shows its id: what the plugin's
 * translate does, with the bundles matched once. The plugin matches the locale on every call,
 * about 15 µs a message; bound once it is under 1 µs, which views with many lines feel.
 */
function boundTo(bundle: FluentBundle, reference: FluentBundle): Translate {
  return (key, variables) => {
    const own = bundle.getMessage(key)?.value;
    if (own) return bundle.formatPattern(own, variables);
    const fallback = reference.getMessage(key)?.value;
    return fallback ? reference.formatPattern(fallback, variables) : `{${key}}`;
  };
}

function load(): Loaded {
  if (loaded) return loaded;
  const dir = findLocalesDir();
  const plugin = new I18n<Context & InterfaceFlavor>({
    defaultLocale: REFERENCE_LANGUAGE,
    fluentBundleOptions: BUNDLE_OPTIONS,
    // The locale tests prove every key exists in every file; a miss falls back to German.
    fluentOptions: { warningHandler: () => undefined },
    localeNegotiator: (ctx) => ctx.interfaceLanguage,
  });
  const bundles = new Map<InterfaceLanguage, FluentBundle>();
  for (const lang of INTERFACE_LANGUAGES) {
    const source = readFileSync(join(dir, `${lang}.ftl`), "utf8");
    // The plugin refuses a file with syntax errors, so the bundle below reads a valid one.
    plugin.loadLocaleSync(lang, { source });
    const bundle = new FluentBundle(lang, BUNDLE_OPTIONS);
    bundle.addResource(new FluentResource(source));
    bundles.set(lang, bundle);
  }
  const reference = bundles.get(REFERENCE_LANGUAGE)!;
  const translators = new Map([...bundles].map(([lang, bundle]) => [lang, boundTo(bundle, reference)] as const));
  loaded = { plugin, translators };
  return loaded;
}

/** A Translate for code without a context: views given a language, jobs, the console surface. */
export function translatorFor(lang: InterfaceLanguage): Translate {
  return load().translators.get(lang)!;
}

/** What the app middleware settles before the i18n middleware runs. */
export interface InterfaceFlavor {
  /** Her interface language for this update (see negotiateInterfaceLanguage). */
  interfaceLanguage: InterfaceLanguage;
}

export type TranslationFlavor = I18nFlavor;

/** `ctx.t` (and `ctx.translate`) bound to one language's messages. */
function bindTranslator(ctx: TranslationFlavor, lang: InterfaceLanguage): void {
  const t = translatorFor(lang) as TranslateFunction;
  ctx.t = t;
  ctx.translate = t;
}

/**
 * The plugin's middleware (ctx.i18n, its negotiator reading the language the app middleware
 * settled), with `ctx.t` bound once per update. Runs after the app middleware, outside and inside
 * conversations.
 */
export function i18nMiddleware(): MiddlewareFn<Context & InterfaceFlavor & TranslationFlavor> {
  const plugin = load().plugin.middleware();
  return (ctx, next) =>
    plugin(ctx, async () => {
      bindTranslator(ctx, ctx.interfaceLanguage);
      await next();
    });
}

/** After she chose another interface language: the rest of this update speaks it already. */
export function switchInterfaceLanguage(
  ctx: InterfaceFlavor & TranslationFlavor,
  lang: InterfaceLanguage,
): void {
  ctx.interfaceLanguage = lang;
  ctx.i18n.useLocale(lang);
  bindTranslator(ctx, lang);
}

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Monospace, so one tap copies it in Telegram. */
export function copyable(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
