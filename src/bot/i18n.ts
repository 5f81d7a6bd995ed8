import type { Lang } from "../core/lang.js";

/** A text in every language; features keep their own dictionaries next to their handlers. */
export type Localized<T = string> = Readonly<Record<Lang, T>>;

export function localize<T>(lang: Lang, texts: Localized<T>): T {
  return texts[lang];
}

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Monospace, so one tap copies it in Telegram. */
export function copyable(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
