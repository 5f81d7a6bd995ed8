import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Bot } from "grammy";
import { afterAll, beforeAll } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import type { AppServices, BotContext } from "../../src/bot/context.js";
import { loadConfig } from "../../src/config.js";
import { openApp } from "../../src/runtime/app.js";
import { capturingLogger } from "./logs.js";
import { generateMasterKey } from "../../src/store/crypto.js";

export const EMULATOR_TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
export const EMULATOR_OWNER = 5001;
export const EMULATOR_STRANGER = 6002;

type Client = ReturnType<TelegramServer["getClient"]>;

/** A message the bot sent, as the emulator stored it. */
export interface EmulatedReply {
  readonly text: string;
  readonly buttons: Array<{ text: string; callback_data?: string }>;
  readonly messageId: number;
  readonly raw: Record<string, unknown>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function toReply(update: { message: Record<string, unknown>; messageId?: number }): EmulatedReply {
  const message = update.message;
  const markup = message.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined;
  const parsed = typeof markup === "string" ? (JSON.parse(markup) as typeof markup) : markup;
  return {
    text: String(message.text ?? ""),
    buttons: parsed?.inline_keyboard?.flat() ?? [],
    messageId: Number(update.messageId ?? message.message_id ?? 0),
    raw: message,
  };
}

/** Starts the emulator, returns its API root (for BOT_API_ROOT) and a stopper. */
export async function startEmulator(): Promise<{ server: TelegramServer; apiRoot: string; stop: () => Promise<void> }> {
  const port = await freePort();
  // storeTimeout is compared against milliseconds in the emulator's clean-up: keep messages for a while.
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600_000 });
  await server.start();
  return { server, apiRoot: server.config.apiURL, stop: async () => void (await server.stop()) };
}

/** The environment for the real process as her Telegram bot on the emulator: token, API root, owner, key, data folder. */
export function emulatorBotEnv(emulator: Emulator, dataDir: string, encryptionKey = generateMasterKey()): Record<string, string> {
  return { BOT_TOKEN: EMULATOR_TOKEN, BOT_API_ROOT: emulator.apiRoot, OWNER_IDS: String(EMULATOR_OWNER), ENCRYPTION_KEY: encryptionKey, DATA_DIR: dataDir };
}

/** The emulator as startEmulator returns it. */
export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/**
 * For a describe block that spawns the real process: an emulator and an empty data folder, made
 * before its tests and removed after them. Read both from the returned object inside the tests.
 */
export function emulatorAndDataDir(prefix: string): { readonly emulator: Emulator; readonly dataDir: string } {
  let emulator: Emulator | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    emulator = await startEmulator();
    dataDir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await emulator?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get emulator() {
      if (!emulator) throw new Error("the emulator starts in beforeAll");
      return emulator;
    },
    get dataDir() {
      if (!dataDir) throw new Error("the data folder is made in beforeAll");
      return dataDir;
    },
  };
}


/**
 * The emulator's own client polls in the background after a timeout and swallows replies,
 * so replies are read from the emulator's storage directly; each is returned once.
 */
const seen = new WeakSet<object>();

function chatIdOf(client: Client): number {
  return (client as unknown as { chatId: number }).chatId;
}

function serverOf(client: Client): TelegramServer {
  const server = servers.get(client);
  if (!server) throw new Error("client not created by startEmulatorBot/clientFor");
  return server;
}
const servers = new WeakMap<Client, TelegramServer>();

/** A client registered for reply collection. */
export function clientFor(server: TelegramServer, userId: number, chatId: number, type: "private" | "group"): Client {
  const client = server.getClient(EMULATOR_TOKEN, { userId, chatId, type, firstName: "Test", userName: `u${userId}`, chatTitle: "chat" });
  servers.set(client, server);
  return client;
}

/** Sends as `client` and collects the bot's replies to that chat until it has been quiet for a moment. */
export async function say(
  client: Client,
  text: string,
  options: { expect?: number; timeoutMs?: number; quietMs?: number } = {},
): Promise<EmulatedReply[]> {
  const { expect = 1, timeoutMs = 8_000 } = options;
  // Silence is only proven by waiting the whole time.
  const quietMs = options.quietMs ?? (expect === 0 ? timeoutMs : 250);
  if (text.startsWith("/")) await client.sendCommand(client.makeCommand(text));
  else await client.sendMessage(client.makeMessage(text));
  return collect(client, expect, timeoutMs, quietMs);
}

export async function collect(client: Client, expect: number, timeoutMs = 8_000, quietMs = 250): Promise<EmulatedReply[]> {
  const server = serverOf(client);
  const chatId = String(chatIdOf(client));
  const replies: EmulatedReply[] = [];
  const deadline = Date.now() + timeoutMs;
  let lastArrival = Date.now();
  while (Date.now() < deadline) {
    const fresh = server.storage.botMessages.filter((u) => !seen.has(u) && String(u.message.chat_id) === chatId);
    for (const update of fresh) {
      seen.add(update);
      replies.push(toReply(update as unknown as { message: Record<string, unknown>; messageId?: number }));
      lastArrival = Date.now();
    }
    if (replies.length >= expect && Date.now() - lastArrival >= quietMs) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return replies;
}

/** Presses an inline button of an earlier reply. */
export async function press(
  client: Client,
  reply: EmulatedReply,
  label: string,
  options: { expect?: number; timeoutMs?: number } = {},
): Promise<EmulatedReply[]> {
  const button = reply.buttons.find((b) => b.text.includes(label));
  if (!button?.callback_data) throw new Error(`no button "${label}"`);
  await client.sendCallback(
    client.makeCallbackQuery(button.callback_data, { message: { message_id: reply.messageId } as never }),
  );
  return collect(client, options.expect ?? 1, options.timeoutMs ?? 8_000);
}

export interface EmulatorBot {
  readonly server: TelegramServer;
  readonly apiRoot: string;
  readonly bot: Bot<BotContext>;
  readonly services: AppServices;
  readonly owner: Client;
  readonly stranger: Client;
  /** The owner, writing in a group the bot was added to. */
  readonly ownerInGroup: Client;
  readonly dataDir: string;
  readonly logLines: string[];
  stop(): Promise<void>;
}

/** The real bot, long-polling the emulator over HTTP, with its encrypted store in a temp folder. */
/** `clock` replaces the bot's clock (epoch ms); without it the bot runs on the real time. */
export async function startEmulatorBot(options: { env?: Record<string, string>; clock?: () => number } = {}): Promise<EmulatorBot> {
  const emulator = await startEmulator();
  const dataDir = mkdtempSync(join(tmpdir(), "quietline-e2e-"));
  const loaded = loadConfig({
    BOT_LANGUAGE: "de",
    ...options.env,
    BOT_TOKEN: EMULATOR_TOKEN,
    BOT_API_ROOT: emulator.apiRoot,
    OWNER_IDS: String(EMULATOR_OWNER),
    ENCRYPTION_KEY: generateMasterKey(),
    DATA_DIR: dataDir,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("; "));
  const { logger, lines: logLines } = capturingLogger("debug");
  const app = await openApp(loaded.config, loaded.config.encryptionKey!, logger, options.clock);
  const bot = createBot(app.services, { token: EMULATOR_TOKEN, apiRoot: emulator.apiRoot });
  await bot.init();
  const running = bot.start({ drop_pending_updates: false });
  const client = (userId: number, chatId: number, type: "private" | "group") =>
    clientFor(emulator.server, userId, chatId, type);
  return {
    server: emulator.server,
    apiRoot: emulator.apiRoot,
    bot,
    services: app.services,
    owner: client(EMULATOR_OWNER, EMULATOR_OWNER, "private"),
    stranger: client(EMULATOR_STRANGER, EMULATOR_STRANGER, "private"),
    ownerInGroup: client(EMULATOR_OWNER, -100777, "group"),
    dataDir,
    logLines,
    stop: async () => {
      await bot.stop();
      await running.catch(() => undefined);
      await app.close();
      await emulator.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
