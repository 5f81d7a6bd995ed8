import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { clientFor, EMULATOR_TOKEN } from "../support/emulator.js";

/** Methods the emulator lacks but `src/main.ts` calls at start-up; the proxy answers them. */
export const MISSING_EMULATOR_METHODS = { setMyCommands: true, deleteMyCommands: true, setChatMenuButton: true } as const;

export type EmulatorClient = ReturnType<typeof clientFor>;

/** Environment for `src/main.ts` in Telegram mode against `apiRoot`. */
export function botEnv(options: { apiRoot: string; owners: readonly number[]; key: string; dataDir: string }): Record<string, string> {
  return {
    BOT_TOKEN: EMULATOR_TOKEN,
    BOT_API_ROOT: options.apiRoot,
    OWNER_IDS: options.owners.join(","),
    ENCRYPTION_KEY: options.key,
    DATA_DIR: options.dataDir,
    BOT_LANGUAGE: "de",
    BOT_TIMEZONE: "Europe/Berlin",
    PHONE_REGION: "DE",
  };
}

/** What the bot has sent to one chat so far, oldest first, as the emulator stored it. */
export function repliesTo(server: TelegramServer, chatId: number): Array<{ text: string; hasButtons: boolean }> {
  return server.storage.botMessages
    .filter((u) => String((u.message as { chat_id?: unknown }).chat_id) === String(chatId))
    .map((u) => {
      const message = u.message as { text?: unknown; reply_markup?: unknown };
      const markup = typeof message.reply_markup === "string" ? message.reply_markup : JSON.stringify(message.reply_markup ?? {});
      return { text: String(message.text ?? ""), hasButtons: markup.includes("inline_keyboard") };
    });
}

export async function sendText(client: EmulatorClient, text: string): Promise<void> {
  if (text.startsWith("/")) await client.sendCommand(client.makeCommand(text));
  else await client.sendMessage(client.makeMessage(text));
}

/** Waits until `chatId` has at least `count` replies; false on timeout or once `keepWaiting` says no. */
export async function waitForReplies(
  server: TelegramServer,
  chatId: number,
  count: number,
  timeoutMs: number,
  keepWaiting: () => boolean = () => true,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && keepWaiting()) {
    if (repliesTo(server, chatId).length >= count) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return repliesTo(server, chatId).length >= count;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
