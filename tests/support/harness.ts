import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/bot.js";
import type { Feature } from "../../src/bot/features/feature.js";
import type { AppServices, BotContext } from "../../src/bot/context.js";
import { ChatBridge, LOCAL_BOT_INFO, type ChatSurface, type OutgoingMessage } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch, type ApiCall } from "../../src/bot/transport/local-api.js";
import { loadConfig, type Config } from "../../src/config.js";
import { openApp } from "../../src/runtime/app.js";
import { capturingLogger } from "./logs.js";
import { generateMasterKey, decodeMasterKey } from "../../src/store/crypto.js";

export const OWNER_ID = 4242;

/** Everything the bot sent, in order, as the chat shows it. */
export class RecordingSurface implements ChatSurface {
  readonly shown: OutgoingMessage[] = [];
  readonly removedIds: number[] = [];
  readonly notices: string[] = [];
  readonly files: Array<{ name: string; content: Buffer }> = [];
  show(message: OutgoingMessage): void {
    this.shown.push(message);
  }
  removed(messageId: number): void {
    this.removedIds.push(messageId);
  }
  notice(text: string): void {
    this.notices.push(text);
  }
  file(name: string, content: Buffer): void {
    this.files.push({ name, content });
  }
}

export interface Harness {
  readonly bot: Bot<BotContext>;
  readonly services: AppServices;
  readonly surface: RecordingSurface;
  readonly bridge: ChatBridge;
  readonly dataDir: string;
  readonly masterKey: Buffer;
  readonly logLines: string[];
  readonly apiCalls: ApiCall[];
  /** Current fake time (epoch ms); move it with `setNow`/`advance`. */
  now(): number;
  setNow(epochMs: number): void;
  advance(ms: number): void;
  /** Sends her text; resolves to the messages the bot showed in reply. */
  send(text: string): Promise<OutgoingMessage[]>;
  /** Taps button n (1-based) of the latest message with buttons. */
  tap(choice: number): Promise<OutgoingMessage[]>;
  /** Taps the button whose label contains `label`. */
  tapLabel(label: string): Promise<OutgoingMessage[]>;
  /** Sends a document (backup, vCard) as she would. */
  sendDocument(name: string, content: Buffer, mimeType?: string, caption?: string): Promise<OutgoingMessage[]>;
  /** Feeds a raw update (strangers, groups, edits, …). */
  update(update: Update): Promise<OutgoingMessage[]>;
  last(): OutgoingMessage;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly env?: Record<string, string>;
  readonly now?: number;
  readonly dataDir?: string;
  readonly masterKey?: Buffer;
  /** Keep the data folder after close (for reopening it). */
  readonly keepData?: boolean;
  /** Her Telegram client's language_code in every update (default: BOT_LANGUAGE, else de). */
  readonly clientLanguage?: string;
  /** Replace the feature list (default: every feature of the app). */
  readonly features?: readonly Feature[];
  /** Answers Bot API calls for chats other than hers (her buddy's); undefined passes the call on to her chat. */
  readonly otherChats?: (call: ApiCall) => Promise<unknown> | undefined;
}

/** The real bot, with the real store in a temp folder, driven in-process through the local transport. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "quietline-test-"));
  const masterKey = options.masterKey ?? decodeMasterKey(generateMasterKey())!;
  const loaded = loadConfig({
    BOT_LANGUAGE: "de",
    BOT_TIMEZONE: "Europe/Berlin",
    PHONE_REGION: "DE",
    ...options.env,
    DATA_DIR: dataDir,
    OWNER_IDS: String(OWNER_ID),
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("; "));
  const config: Config = loaded.config;
  const { logger, lines: logLines } = capturingLogger("trace");
  let now = options.now ?? Date.UTC(2026, 10, 23, 11, 0);
  const app = await openApp(config, masterKey, logger, () => now);
  const surface = new RecordingSurface();
  const bridge = new ChatBridge(OWNER_ID, surface, () => now, options.clientLanguage ?? config.interfaceLanguage ?? "de");
  const apiCalls: ApiCall[] = [];
  const bot = createBot(app.services, {
    token: "0:test",
    botInfo: LOCAL_BOT_INFO,
    ...(options.features && { features: options.features }),
    fetch: createLocalFetch(async (call) => {
      apiCalls.push(call);
      return (await options.otherChats?.(call)) ?? bridge.handle(call);
    }, bridge.serveFile),
  });
  await bot.init();

  const run = async (update: Update | undefined): Promise<OutgoingMessage[]> => {
    if (!update) throw new Error("no button to tap");
    const before = surface.shown.length;
    await bot.handleUpdate(update);
    return surface.shown.slice(before);
  };

  return {
    bot,
    services: app.services,
    surface,
    bridge,
    dataDir,
    masterKey,
    logLines,
    apiCalls,
    now: () => now,
    setNow: (t) => void (now = t),
    advance: (ms) => void (now += ms),
    send: (text) => run(bridge.textUpdate(text)),
    tap: (choice) => run(bridge.choiceUpdate(choice)),
    tapLabel: (label) => {
      const latest = [...surface.shown].reverse().find((m) => m.choices.length > 0);
      const index = latest?.choices.findIndex((c) => c.includes(label)) ?? -1;
      return run(index >= 0 ? bridge.choiceUpdate(index + 1) : undefined);
    },
    update: (u) => run(u),
    sendDocument: (name, content, mimeType, caption) => run(bridge.documentUpdate(name, content, mimeType, caption)),
    last: () => {
      const message = surface.shown.at(-1);
      if (!message) throw new Error("the bot has shown nothing yet");
      return message;
    },
    close: async () => {
      await app.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
