import type { ApiCall } from "../../src/bot/transport/local-api.js";

/**
 * Every inline keyboard the bot sent with an empty row, as "method: [buttons per row] [first
 * label per row]" — Telegram shows an empty row as a gap, and some clients refuse the message.
 */
export function keyboardsWithEmptyRows(calls: readonly ApiCall[]): string[] {
  const found: string[] = [];
  for (const { method, params } of calls) {
    const raw = params.reply_markup;
    const markup = (typeof raw === "string" ? JSON.parse(raw) : raw) as { inline_keyboard?: unknown[][] } | undefined;
    const rows = markup?.inline_keyboard;
    if (!rows?.some((row) => row.length === 0)) continue;
    const labels = rows.map((row) => (row[0] as { text?: string } | undefined)?.text ?? "");
    found.push(`${method}: ${JSON.stringify(rows.map((row) => row.length))} ${JSON.stringify(labels)}`);
  }
  return found;
}
