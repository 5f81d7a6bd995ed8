import type { InlineKeyboardButton } from "grammy/types";

/**
 * Buttons, for chats that have none: each becomes a numbered choice she answers by typing its
 * number. The console chat and Signal show them alike.
 */

/** The inline buttons of a reply_markup, in reading order; other markup (force_reply, …) has none. */
export function inlineButtons(markup: unknown): InlineKeyboardButton[] {
  return ((markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();
}

/** "[1] Erreicht", "[2] Mailbox", … */
export function numberedChoices(labels: readonly string[]): string[] {
  return labels.map((label, i) => `[${i + 1}] ${label}`);
}

/** The choice a typed answer names ("2", " 12 "), if it is only a number of one or two digits. */
export function typedChoice(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : undefined;
}
